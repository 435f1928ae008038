import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const ROOT = join(__dirname, '..', '..');
/** Screenshots and PDFs the browser tests write (git-ignored). */
export const OUTPUT_DIR = join(ROOT, 'test', '.output', 'console');

/** Debian's chromium (README set-up: `apt-get install -y chromium fonts-noto-cjk`), or CHROMIUM_PATH. Missing, the tests fail: never skipped. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium for the console's browser tests (looked at ${candidates.join(', ')}). Install it: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH.`);
  return found;
}

/** Builds the console into dist/console if its sources changed (npm run build's console step). */
export function buildConsole() {
  execFileSync(process.execPath, [join(ROOT, 'src', 'console', 'build.mjs')], { stdio: 'inherit' });
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Every GraphQL answer the page received, as text. */
export function recordGraphQLAnswers(page: Page, hubUrl: string): string[] {
  const answers: string[] = [];
  page.on('response', async (response) => {
    if (response.request().method() !== 'POST' || response.url() !== hubUrl) return;
    try {
      answers.push(await response.text());
    } catch {
      answers.push('<unreadable>');
    }
  });
  return answers;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string) {
  if (!(await page.evaluate('typeof window.axe'))?.toString().includes('object')) await page.evaluate(`${AXE}\n;0`);
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })))`)) as { id: string; impact: string }[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${name}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** The whole page as `<name>.png`, and what the window shows as `<name>.window.png` (README's pictures). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.window.png`) });
}

/** Signs in through the demo-actor picker. */
export async function signInAs(page: Page, hubUrl: string, actor: string) {
  await page.goto(new URL('/console/', hubUrl).href);
  await page.locator(`button[data-actor="${actor}"]`).click();
  await page.locator('nav .who').waitFor();
}

/** Runs a trusted document by its manifest id (the hub under test requires trusted documents). */
export async function runTrusted(hub: { token(actor: string): Promise<string>; post(body: unknown, headers?: Record<string, string>): Promise<{ data?: any; errors?: any[] }> }, actor: string, document: { __meta__?: Record<string, any> }, variables: Record<string, unknown>) {
  const documentId = document.__meta__?.hash;
  if (!documentId) throw new Error('not a trusted document');
  return hub.post({ documentId, variables }, { authorization: `Bearer ${await hub.token(actor)}` });
}
