import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaseworkerDashboard } from '../../src/examples/caseworker-dashboard';
import { hubClient } from '../../src/examples/hub-client';
import { RecordConsentDocument } from '../../src/generated/graphql';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

async function run(env: Record<string, string>) {
  const lines: string[] = [];
  const code = await runCaseworkerDashboard(env, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

describe('the caseworker dashboard example, on the generated client', () => {
  it('runs its typed operations against a hub and prints what the caseworker may see, and why not', async () => {
    const { code, output } = await run({ HUB_URL: hub.url, TOKEN: await hub.token('caseworker') });
    expect(code, output).toBe(0);
    expect(output).toContain('Signed in as 支援 さくら (caseworker), SELF_RELIANCE_CASEWORKER');
    expect(output).toContain('Caseload under SELF_RELIANCE_SUPPORT (2 residents)');
    // Her own support case, within purpose; tax data withheld whatever she consented to at intake (地方税法 §22).
    expect(output).toMatch(new RegExp(`• ${DEMO_RESIDENTS.singleMother} \\S+ \\S+\\n    support case: SR-\\d{4}-\\d+ `));
    expect(output).toMatch(/tax\.arrears held by tax\.taxation: not allowed; Obtain written or electronic consent/);
    // The man nobody has connected yet: every other department's record withheld, with its category.
    const fallingBetween = output.slice(output.indexOf(`• ${DEMO_RESIDENTS.fallingBetween}`), output.indexOf('Before asking'));
    expect(fallingBetween).toContain('rent arrears: withheld [ACCESS_DENIED housing.arrears]');
    expect(fallingBetween).toContain('tax arrears: withheld [ACCESS_DENIED tax.arrears]');
    // As many consents as the hub holds for her at the caseworker's unit, one line each.
    const held = await hub.query('caseworker', 'query($n: ID!) { consents(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { id } }', { n: DEMO_RESIDENTS.singleMother });
    const ids: string[] = held.data.consents.map((c: { id: string }) => c.id);
    expect(output).toContain(`Consents your unit controls for ${DEMO_RESIDENTS.singleMother}: ${ids.length}`);
    for (const id of ids) expect(output).toContain(`  ${id}: `);
  });

  it('shows what a recorded consent opens (recorded through the generated mutation)', async () => {
    const token = await hub.token('caseworker');
    const env = { HUB_URL: hub.url, TOKEN: token, RESIDENTS: DEMO_RESIDENTS.fallingBetween };
    const before = await run(env);
    expect(before.output).toContain('rent arrears: withheld [ACCESS_DENIED housing.arrears]');
    const consentsBefore = Number(/Consents your unit controls for \d+: (\d+)/.exec(before.output)?.[1]);

    const recorded = await hubClient(hub.url, token).execute(RecordConsentDocument, {
      purpose: 'SELF_RELIANCE_SUPPORT',
      input: {
        residentNumber: DEMO_RESIDENTS.fallingBetween,
        recipients: ['welfare.self-reliance'],
        dataControllers: ['housing.public-housing'],
        categories: ['housing.arrears'],
        purposes: ['SELF_RELIANCE_SUPPORT'],
        method: 'WRITTEN',
        form: 'INTAKE_FORM',
        evidenceReference: 'intake/2026/0001',
        explanationGiven: true,
        validFrom: '2020-04-01',
      },
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordConsent.categories).toEqual(['housing.arrears']);

    const { code, output } = await run(env);
    expect(code, output).toBe(0);
    expect(output).toContain('rent arrears: 6 months, ¥');
    expect(output).toContain('tax arrears: withheld [ACCESS_DENIED tax.arrears]');
    expect(output).toMatch(/housing\.arrears held by housing\.public-housing: allowed \(CONSENT, /);
    expect(output).toContain(`Consents your unit controls for ${DEMO_RESIDENTS.fallingBetween}: ${consentsBefore + 1}`);
    expect(output).toContain(`  ${recorded.data?.recordConsent.id}: housing.arrears for SELF_RELIANCE_SUPPORT, WRITTEN, from 2020-04-01`);
  });

  it('says what is wrong without a token, with a bad token, and with a purpose the unit may not declare', async () => {
    expect(await run({ HUB_URL: hub.url })).toMatchObject({ code: 2, output: expect.stringContaining('Set TOKEN') });
    const bad = await run({ HUB_URL: hub.url, TOKEN: 'not.a.token' });
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/me failed \(HTTP 401\): \[UNAUTHENTICATED\]/);
    const housing = await run({ HUB_URL: hub.url, TOKEN: await hub.token('housing-officer') });
    expect(housing.code).toBe(1);
    expect(housing.output).toContain('residents failed (HTTP 200): [PURPOSE_NOT_PERMITTED]');
  });

  it('says so when no hub answers', async () => {
    await expect(run({ HUB_URL: 'http://127.0.0.1:9/', TOKEN: 'token' })).rejects.toThrow(/Cannot reach the hub at http:\/\/127\.0\.0\.1:9\/ \(.*\)\. Is it running/);
  });
});

describe('the generated client is typed', () => {
  const tsconfig = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.json', ts.sys.readFile).config, ts.sys, process.cwd());
  const diagnosticsOf = (files: string[]) =>
    ts.getPreEmitDiagnostics(ts.createProgram(files, { ...tsconfig.options, noEmit: true })).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));

  it('the example programs compile against it', () => {
    expect(diagnosticsOf(['src/examples/cli/caseworker-dashboard.ts'])).toEqual([]);
  });

  it('refuses wrong variables and unknown result fields at compile time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-client-'));
    try {
      const file = join(dir, 'misuse.ts');
      const generated = resolve('src/generated/graphql');
      const client = resolve('src/examples/hub-client');
      writeFileSync(
        file,
        `import { CaseloadDocument } from ${JSON.stringify(generated)};
         import { hubClient } from ${JSON.stringify(client)};
         export async function misuse() {
           const hub = hubClient('http://localhost:4000/', 'token');
           await hub.execute(CaseloadDocument, { residentNumbers: ['1000000001'] });
           const ok = await hub.execute(CaseloadDocument, { residentNumbers: ['1000000001'], purpose: 'CURIOSITY' });
           return ok.data?.residents[0]?.salary;
         }`,
      );
      const problems = diagnosticsOf([file]).join('\n');
      expect(problems).toMatch(/Property 'purpose' is missing/);
      expect(problems).toMatch(/"CURIOSITY"' is not assignable to type 'Purpose'/);
      expect(problems).toMatch(/Property 'salary' does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
