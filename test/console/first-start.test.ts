import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingKey } from '../../src/identity/signing-key';
import { readDemoCast } from '../../src/synthetic/demo-accesses';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { buildConsole, launchBrowser, signInAs } from '../support/browser';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let browser: Browser;

beforeAll(async () => {
  buildConsole();
  // The hub as `npm start` configures it: no TRUSTED_DOCUMENTS set, the demo's first-start reads done.
  [hub, browser] = await Promise.all([startTestHub(), launchBrowser()]);
  await readDemoCast(hub.url, { key: signingKey(hub.config), issuer: hub.config.jwt.issuer, audience: hub.config.jwt.audience });
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

describe('the README’s first minute, on the default settings', () => {
  it('the privacy officer finds who looked at 1000000001, and on what basis', async () => {
    expect(hub.config.trustedDocuments).toBe('allow');
    const page = await browser.newPage({ locale: 'ja-JP' });
    await signInAs(page, hub.url, 'privacy-officer');
    await page.getByLabel('住民（宛名番号）').fill(DEMO_RESIDENTS.fallingBetween);
    await page.getByRole('button', { name: '検索' }).click();
    const rows = page.locator('table.log tbody tr').filter({ hasText: 'housing-officer' });
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().textContent()).toContain('利用目的の範囲内');
    await page.close();
  });
});
