import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleDeclareEmergencyDocument, ConsoleEmergencyQueueDocument, ConsoleRecordIntakeConsentDocument, ConsoleResidentDocument } from '../../src/generated/graphql';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { DEFAULT_POLICY } from '../../src/policy/settings/policy-settings';
import { changePolicy } from '../../src/policy/settings/policy-store';
import { buildConsole, expectAccessible, launchBrowser, OUTPUT_DIR, runTrusted, screenshot, signInAs } from '../support/browser';
import { startTestHub, type TestHub } from '../support/test-hub';

const R = DEMO_RESIDENTS.fallingBetween;
const MOTHER = DEMO_RESIDENTS.singleMother;

let hub: TestHub;
let browser: Browser;
let page: Page;
let emergencyId: string;
let consentId: string;
const requestedHosts = new Set<string>();

beforeAll(async () => {
  buildConsole();
  [hub, browser] = await Promise.all([startTestHub({ trustedDocuments: 'require' }), launchBrowser()]);
  // What the privacy officer will find: the housing officer read 1000000001 within purpose, and a
  // caseworker declared an emergency for 1000000002 and read her under it.
  for (let i = 0; i < 3; i++) await runTrusted(hub, 'housing-officer', ConsoleResidentDocument, { residentNumber: R, purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
  const housing = await runTrusted(hub, 'housing-officer', ConsoleResidentDocument, { residentNumber: R, purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
  expect(housing.data?.resident?.rentArrears).toHaveLength(1);
  const declared = await runTrusted(hub, 'caseworker', ConsoleDeclareEmergencyDocument, {
    purpose: 'PROTECTION_OF_LIFE_BODY_PROPERTY',
    input: { residentNumber: MOTHER, categories: ['person.identity', 'housing.arrears'], hours: 24, reason: 'ガスが止まり、子どもと連絡が取れない', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '電話・訪問とも応答なし' },
  });
  emergencyId = declared.data!.declareEmergency.id;
  await runTrusted(hub, 'caseworker', ConsoleResidentDocument, { residentNumber: MOTHER, purpose: 'PROTECTION_OF_LIFE_BODY_PROPERTY' });
  const consent = await runTrusted(hub, 'caseworker', ConsoleRecordIntakeConsentDocument, {
    purpose: 'SELF_RELIANCE_SUPPORT',
    input: { residentNumber: MOTHER, method: 'WRITTEN', evidenceReference: '相談受付・申込票 No.0077', validFrom: new Date().toISOString().slice(0, 10), dataControllers: ['tsunagu-city'] },
  });
  expect(consent.errors).toBeUndefined();
  consentId = consent.data!.recordIntakeConsent.id;
  page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page.on('request', (request) => requestedHosts.add(new URL(request.url()).host));
  page.on('pageerror', (e) => console.error('console page error:', e.message));
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('the console, as the privacy officer (TRUSTED_DOCUMENTS=require)', () => {
  it('finds who looked at 1000000001 in the last week, and on what basis', async () => {
    await signInAs(page, hub.url, 'privacy-officer');
    await page.getByLabel('住民（宛名番号）').fill(R);
    await page.getByRole('button', { name: '検索' }).click();
    const rows = page.locator('table.log tbody tr');
    await expect.poll(() => rows.filter({ hasText: 'housing-officer' }).count()).toBeGreaterThan(0);
    const row = rows.filter({ hasText: 'housing-officer' }).filter({ hasText: '許可' }).first();
    expect(await row.textContent()).toContain('利用目的の範囲内');
    expect(await row.textContent()).toMatch(/APPI art\. 69|個人情報保護法/);
    expect(await row.textContent()).toMatch(/令和\d+年/);
    // Categories by their Japanese names, the code beneath.
    expect(await row.textContent()).toMatch(/(本人識別情報|住所|世帯構成|公営住宅の入居情報|家賃滞納)/);
    await expectAccessible(page, 'access-log');
    await screenshot(page, 'access-log');
  });

  it('pages through the log and exports the search as CSV', async () => {
    const residentCount = await page.locator('.count').textContent();
    await page.getByLabel('住民（宛名番号）').fill('');
    await page.getByRole('button', { name: '検索' }).click();
    await expect.poll(() => page.locator('.count').textContent()).not.toBe(residentCount);
    expect(Number((await page.locator('.count').textContent())?.replace(/[^\d]/g, ''))).toBeGreaterThan(50);
    await expect.poll(() => page.getByRole('button', { name: '次へ' }).isEnabled()).toBe(true);
    const firstPage = await page.locator('table.log tbody').textContent();
    await page.getByRole('button', { name: '次へ' }).click();
    await expect.poll(() => page.locator('table.log tbody').textContent()).not.toBe(firstPage);
    const secondPage = await page.locator('table.log tbody').textContent();
    await page.getByRole('button', { name: '前へ' }).click();
    // Back on the first page (which has grown: the officer's own searches are logged too).
    await expect.poll(() => page.getByRole('button', { name: '前へ' }).isDisabled()).toBe(true);
    await expect.poll(() => page.locator('table.log tbody').textContent()).not.toBe(secondPage);

    await page.getByLabel('住民（宛名番号）').fill(R);
    await page.getByRole('button', { name: '検索' }).click();
    await page.locator('table.log tbody tr').filter({ hasText: 'housing-officer' }).first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 書き出し' }).click()]);
    const path = join(OUTPUT_DIR, 'access-log.csv');
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('seq,recordedAt,action,actorCode');
    expect(csv).toContain(`housing-officer`);
    expect(csv.split('\r\n').slice(1, -1).every((line) => line.includes(R))).toBe(true);
  });

  it('signs off an emergency access, a comment required', async () => {
    await page.locator('a[href="/console/review"]').click();
    const card = page.locator(`li[data-review-key="${emergencyId}"]`);
    await card.waitFor();
    await expectAccessible(page, 'review-queue');
    await screenshot(page, 'review-queue');
    await card.getByRole('button', { name: '確認済みにする' }).click();
    await card.getByText('コメントを入力してください。').waitFor();
    await card.getByLabel('確認コメント（必須）').fill('生命の危険があり、同意を得られない状況を記録で確認した。');
    await card.getByRole('button', { name: '確認済みにする' }).click();
    await card.waitFor({ state: 'detached' });
    const queue = await runTrusted(hub, 'privacy-officer', ConsoleEmergencyQueueDocument, { statuses: ['SIGNED_OFF'] });
    expect(queue.data.emergencyReviewQueue.find((i: { reviewKey: string }) => i.reviewKey === emergencyId)).toMatchObject({ status: 'SIGNED_OFF', lastReview: { outcome: 'SIGNED_OFF', reviewerCode: 'privacy-officer' } });
  });

  it('opens a consent’s history in the review queue', async () => {
    const card = page.locator(`li[data-review-key="${consentId}"]`);
    await card.waitFor();
    await card.getByText('同意の履歴').first().click();
    const events = card.getByRole('list', { name: '同意の履歴' }).locator('li');
    await expect.poll(() => events.count()).toBe(1);
    expect(await events.first().textContent()).toMatch(/同意の記録 — caseworker/);
    await expectAccessible(page, 'review-queue-consent');
  });

  it('shows the chain intact and its last checkpoint', async () => {
    await page.locator('a[href="/console/chain"]').click();
    await page.getByText('改ざんは検出されませんでした。').waitFor();
    await expectAccessible(page, 'chain');
    await screenshot(page, 'chain');
  });

  it('prints a resident’s disclosure report (本人開示)', async () => {
    await page.locator('a[href="/console/disclosure"]').click();
    await page.getByLabel('住民（宛名番号）').fill(R);
    await page.getByRole('button', { name: '作成' }).click();
    await page.locator('article.disclosure tbody tr').first().waitFor();
    expect(await page.locator('article.disclosure').textContent()).toContain('住宅課');
    await expectAccessible(page, 'disclosure');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await page.locator('article.disclosure table').isVisible()).toBe(true);
    await screenshot(page, 'disclosure-print');
    const pdf = await page.pdf({ path: join(OUTPUT_DIR, 'disclosure.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('compares policy versions, differences marked, in English with Western dates on request', async () => {
    // Two versions, as the privacy officer's changePolicy records them: the emergency limit shortened.
    await changePolicy(hub.databases.em('core'), DEFAULT_POLICY, 'privacy-officer', '条例施行に伴う初版');
    await changePolicy(hub.databases.em('core'), { ...DEFAULT_POLICY, emergencyMaxHours: 48 }, 'privacy-officer', '緊急時の利用期間を48時間に短縮');
    await page.locator('a[href="/console/policy"]').click();
    await page.getByRole('heading', { name: '運用方針の版の比較' }).waitFor();
    const limit = page.locator('table.compare tbody tr').filter({ hasText: '緊急時の利用の上限（時間）' });
    await expect.poll(() => limit.getAttribute('class')).toBe('changed');
    expect(await limit.textContent()).toMatch(/72.*48/);
    expect(await page.locator('table.compare tbody tr').filter({ hasText: '国保の賦課方式' }).getAttribute('class')).toBeNull();
    await expectAccessible(page, 'policy');
    await page.getByLabel('表示言語').selectOption('en');
    await page.getByLabel('Dates').selectOption('western');
    await page.getByRole('heading', { name: 'Policy versions side by side' }).waitFor();
    await page.locator('a[href="/console/log"]').click();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('table.log tbody tr').first().textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await screenshot(page, 'access-log-en');
  });

  it('asked nothing of any host but the hub', () => {
    expect([...requestedHosts]).toEqual([new URL(hub.url).host]);
  });
});

describe('GraphiQL at the landing page', () => {
  it('is bundled (no CDN) and prefills the Authorization header from the demo picker', async () => {
    const explorer = await browser.newPage();
    const hosts = new Set<string>();
    explorer.on('request', (request) => hosts.add(new URL(request.url()).host));
    await explorer.goto(hub.url);
    await explorer.locator('.graphiql-container').waitFor();
    await explorer.getByLabel('Demo actor / デモ利用者').selectOption('privacy-officer');
    await expect.poll(() => explorer.locator('.graphiql-container').evaluate(() => document.body.innerText.includes('Bearer ') || [...document.querySelectorAll('.CodeMirror')].some((e) => (e as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue().includes('Bearer ')))).toBe(true);
    await screenshot(explorer, 'graphiql');
    expect([...hosts]).toEqual([new URL(hub.url).host]);
    await explorer.close();
  });
});
