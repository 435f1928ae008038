import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/access-log/cli/export-command';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { appendTo, type AuditHub, cloneDatabase, draft, startAuditHub } from './support';

const R = DEMO_RESIDENTS.fallingBetween;
const OTHER = DEMO_RESIDENTS.ordinaryTaxpayer;
const TAX = ['tax.assessment', 'tax.arrears', 'nhi.arrears'];

let databaseUrl: string;
let hub: AuditHub;
const lastMonth = { from: new Date(Date.now() - 30 * 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };

const readTax = (actor: string, purpose: string, n: string = R) =>
  hub.query(actor, `query TaxLookup($n: ID!) { resident(residentNumber: $n, purpose: ${purpose}) { familyName taxArrears { amountYen } taxAssessments { fiscalYear } } }`, { n });

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hub = await startAuditHub(databaseUrl);
  expect((await readTax('tax-officer', 'TAX_ASSESSMENT_AND_COLLECTION')).data.resident.taxArrears).not.toBeNull();
  expect((await readTax('housing-officer', 'PUBLIC_HOUSING_MANAGEMENT')).data.resident.taxArrears).toBeNull();
  await readTax('tax-officer', 'TAX_ASSESSMENT_AND_COLLECTION', OTHER);
  // A read under a consent, as the policy engine will log it; and one withheld from the resident.
  await appendTo(databaseUrl, hub.settings, [draft({ subject: R, category: 'tax.arrears', holder: 'tax.taxation', basisRecordId: 'consent-0001', fields: ['Resident.taxArrears', 'TaxArrears.amountYen'] })]);
  await appendTo(databaseUrl, hub.settings, [
    draft({ subject: R, actorCode: 'tax-officer', actorRole: 'TAX_OFFICER', unitCode: 'tax.taxation', organisationCode: 'tsunagu-city', purpose: 'TAX_ASSESSMENT_AND_COLLECTION', category: 'tax.assessment', holder: 'tax.taxation', basis: 'WITHIN_PURPOSE', withheldFromSubject: true }),
  ]);
});
afterAll(() => hub?.close());

const SEARCH = `query Search($filter: AccessLogFilter, $first: Int, $after: String) {
  accessLog(filter: $filter, first: $first, after: $after) {
    entries { seq item recordedAt requestId action operation actorCode actorRole unitCode organisationCode purpose subject category holder fields decision basis basisRecordId citation citationJa reason withheldFromSubject hash }
    endCursor hasNextPage totalCount
  }
}`;

describe('who looked at resident R’s tax data last month, and on what basis', () => {
  it('answers from the API alone: each access with actor, organisation, purpose, decision, basis, record and citation', async () => {
    const response = await hub.query('privacy-officer', SEARCH, { filter: { subject: R, categories: TAX, actions: ['READ'], ...lastMonth } });
    expect(response.errors).toBeUndefined();
    const entries = response.data.accessLog.entries;
    const summary = entries.map((e: any) => [e.actorCode, e.organisationCode, e.category, e.decision, e.basis, e.basisRecordId, e.citation]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['tax-officer', 'tsunagu-city', 'tax.arrears', 'ALLOWED', 'WITHIN_PURPOSE', null, 'APPI art. 69(1)'],
        ['tax-officer', 'tsunagu-city', 'tax.assessment', 'ALLOWED', 'WITHIN_PURPOSE', null, 'APPI art. 69(1)'],
        ['housing-officer', 'tsunagu-city', 'tax.arrears', 'DENIED', null, null, null],
        ['caseworker', 'tsunagu-csw', 'tax.arrears', 'ALLOWED', 'CONSENT', 'consent-0001', 'APPI art. 69(2)(i)'],
      ]),
    );
    expect(entries.every((e: any) => e.subject === R && TAX.includes(e.category))).toBe(true);
    expect(entries.map((e: any) => e.seq)).toEqual([...entries.map((e: any) => e.seq)].sort((a: number, b: number) => b - a));
    const denied = entries.find((e: any) => e.decision === 'DENIED' && e.category === 'tax.arrears');
    expect(denied).toMatchObject({ purpose: 'PUBLIC_HOUSING_MANAGEMENT', operation: 'TaxLookup', fields: ['Resident.taxArrears'] });
    expect(denied.reason).toMatch(/tax\.arrears/);
    expect(response.data.accessLog.totalCount).toBe(entries.length);
  });

  it('finds nothing in a month when nobody looked', async () => {
    const response = await hub.query('privacy-officer', SEARCH, { filter: { subject: R, categories: TAX, from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' } });
    expect(response.data.accessLog).toMatchObject({ entries: [], hasNextPage: false, totalCount: 0 });
  });

  it('filters by actor, organisation, basis, decision and basis record', async () => {
    const run = async (filter: object) => (await hub.query('privacy-officer', SEARCH, { filter: { actions: ['READ'], ...filter } })).data.accessLog.entries;
    expect((await run({ actorCode: 'housing-officer' })).every((e: any) => e.actorCode === 'housing-officer')).toBe(true);
    expect((await run({ organisationCode: 'tsunagu-csw' })).map((e: any) => e.actorCode)).toEqual(['caseworker']);
    expect((await run({ bases: ['CONSENT'] })).map((e: any) => e.basisRecordId)).toEqual(['consent-0001']);
    expect((await run({ basisRecordId: 'consent-0001' })).length).toBe(1);
    const denied = await run({ decision: 'DENIED' });
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((e: any) => e.decision === 'DENIED' && e.basis === null)).toBe(true);
    expect((await run({ subject: OTHER })).every((e: any) => e.subject === OTHER && e.actorCode === 'tax-officer')).toBe(true);
  });

  it('pages with a cursor, newest first, without gaps or repeats', async () => {
    const all = (await hub.query('privacy-officer', SEARCH, { first: 1000 })).data.accessLog;
    const position = (e: { seq: number; item: number }) => `${e.seq}.${e.item}`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await hub.query('privacy-officer', SEARCH, { first: 3, after })).data.accessLog;
      seen.push(...page.entries.map(position));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    // Searching is itself logged, so entries appear while paging; the pages cover what existed at the start.
    expect(seen.slice(seen.length - all.entries.length)).toEqual(all.entries.map(position));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses bad paging and filters clearly', async () => {
    for (const variables of [{ first: 0 }, { first: 1001 }, { after: 'bm90LWEtY3Vyc29y' }, { filter: { from: lastMonth.to, to: lastMonth.from } }]) {
      const response = await hub.query('privacy-officer', SEARCH, variables);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    // A page far over the maximum costs more than a request may: refused before it runs.
    const huge = await hub.query('privacy-officer', SEARCH, { first: 5000 });
    expect(huge.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
  });

  it('logs the auditor’s own search of R', async () => {
    const response = await hub.query('privacy-officer', SEARCH, { filter: { subject: R, actions: ['ACCESS_LOG_SEARCHED'] } });
    expect(response.data.accessLog.entries.length).toBeGreaterThan(0);
    expect(response.data.accessLog.entries[0]).toMatchObject({ actorCode: 'privacy-officer', purpose: 'AUDIT', decision: 'ALLOWED' });
  });
});

describe('summary over a period', () => {
  it('groups accesses by organisation, unit, actor, category, basis and decision, with counts of residents', async () => {
    const response = await hub.query(
      'privacy-officer',
      `query Summary($filter: AccessLogFilter!) { accessLogSummary(filter: $filter) { organisationName unitName actorCode category basis decision entries subjects } }`,
      { filter: { categories: ['tax.arrears'], ...lastMonth } },
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data.accessLogSummary;
    expect(rows).toContainEqual({ organisationName: 'つなぐ市', unitName: '税務課', actorCode: 'tax-officer', category: 'tax.arrears', basis: 'WITHIN_PURPOSE', decision: 'ALLOWED', entries: 2, subjects: 2 });
    expect(rows).toContainEqual(expect.objectContaining({ actorCode: 'housing-officer', category: 'tax.arrears', basis: null, decision: 'DENIED', entries: 1, subjects: 1 }));
    expect(rows).toContainEqual(expect.objectContaining({ actorCode: 'caseworker', basis: 'CONSENT', decision: 'ALLOWED' }));
  });

  it('needs a period', async () => {
    const response = await hub.query('privacy-officer', `{ accessLogSummary(filter: { subject: "${R}" }) { entries } }`);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('disclosure report for resident R (本人開示)', () => {
  const REPORT = `query Report($n: ID!, $first: Int, $after: String) {
    disclosureReport(residentNumber: $n, first: $first, after: $after) {
      residentNumber hasNextPage endCursor
      lines { accessedAt organisationCode organisationName unitName purpose purposeName { ja en } basis basisName { ja } categories { code name { ja } } description { ja en } }
    }
  }`;

  it('lists who (organisation and department) looked at which categories, when and on what basis, newest first', async () => {
    const response = await hub.query('privacy-officer', REPORT, { n: R });
    expect(response.errors).toBeUndefined();
    const lines = response.data.disclosureReport.lines;
    expect(lines[0]).toMatchObject({ organisationName: '社会福祉法人つなぐ市社会福祉協議会', unitName: 'つなぐ市自立相談支援センター', basis: 'CONSENT', categories: [{ code: 'tax.arrears', name: { ja: '税の滞納情報' } }] });
    const tax = lines.find((l: any) => l.unitName === '税務課');
    expect(tax).toMatchObject({ organisationName: 'つなぐ市', purpose: 'TAX_ASSESSMENT_AND_COLLECTION', basis: 'WITHIN_PURPOSE' });
    expect(tax.categories.map((c: any) => c.code)).toEqual(['person.identity', 'tax.arrears', 'tax.assessment']);
    expect(tax.description.ja).toContain('税務課');
    const housing = lines.find((l: any) => l.unitName === '住宅課（公営住宅担当）');
    expect(housing.categories.map((c: any) => c.code)).toEqual(['person.identity']);
    const times = lines.map((l: any) => l.accessedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('names organisations and departments, never the staff member, and leaves out withheld entries and refusals', async () => {
    const response = await hub.query('privacy-officer', REPORT, { n: R });
    const body = JSON.stringify(response.data);
    for (const staff of ['tax-officer', 'housing-officer', 'caseworker', '税所', '住田', '支援 さくら']) expect(body).not.toContain(staff);
    const taxLines = response.data.disclosureReport.lines.filter((l: any) => l.unitName === '税務課');
    expect(taxLines).toHaveLength(1); // the withheld tax.assessment entry is not there
    const housing = response.data.disclosureReport.lines.find((l: any) => l.unitName === '住宅課（公営住宅担当）');
    expect(housing.categories.map((c: any) => c.code)).not.toContain('tax.arrears'); // refused: nothing was seen
    const audit = await hub.query('privacy-officer', SEARCH, { filter: { subject: R, actions: ['READ'], actorCode: 'tax-officer' } });
    expect(audit.data.accessLog.entries.some((e: any) => e.withheldFromSubject)).toBe(true); // auditors still see it
  });

  it('pages', async () => {
    const first = (await hub.query('privacy-officer', REPORT, { n: R, first: 1 })).data.disclosureReport;
    expect(first.lines).toHaveLength(1);
    expect(first.hasNextPage).toBe(true);
    const second = (await hub.query('privacy-officer', REPORT, { n: R, first: 1, after: first.endCursor })).data.disclosureReport;
    expect(second.lines).toHaveLength(1);
    expect(second.lines[0]).not.toEqual(first.lines[0]);
  });
});

describe('CSV export', () => {
  it('writes the matching entries with their hashes, oldest first, and logs the export', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tsunagu-export-')), 'r.csv');
    const env = { DATABASE_URL: databaseUrl, AUDIT_SIGNING_KEY: hub.settings.signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const messages: string[] = [];
    const io = { out: (t: string) => messages.push(t), err: (t: string) => messages.push(t), progressStream: process.stderr };
    expect(await runExport(['--out', out, '--subject', R, '--action', 'READ', '--category', TAX.join(',')], env, io)).toBe(0);

    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFseq,item,recorded_at,request_id,action')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    const header = lines[0].split(',');
    const rows = lines.slice(1);
    const expected = (await hub.query('privacy-officer', SEARCH, { filter: { subject: R, actions: ['READ'], categories: TAX }, first: 1000 })).data.accessLog.entries;
    expect(rows).toHaveLength(expected.length);
    const oldestFirst = [...expected].sort((a: any, b: any) => a.seq - b.seq || a.item - b.item);
    expect(rows.map((r) => r.split(',').slice(0, 2).join('.'))).toEqual(oldestFirst.map((e: any) => `${e.seq}.${e.item}`));
    expect(header).toContain('hash');
    expect(rows.every((r) => r.includes(R))).toBe(true);
    expect(messages.join('')).toContain(`Wrote ${rows.length} entries`);

    const logged = await hub.query('privacy-officer', SEARCH, { filter: { actions: ['ACCESS_LOG_EXPORTED'] } });
    expect(logged.data.accessLog.entries[0]).toMatchObject({ subject: R, actorRole: 'OPERATOR', operation: 'log:export' });
  });
});
