import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET_COLUMNS } from '../../src/access-log/columns';
import { decisionSetOf } from '../../src/access-log/decision-set';
import type { RecordDraft } from '../../src/access-log/entry';
import { Migration20261209010000 } from '../../migrations/audit/Migration20261209010000';
import { asSuperuser, type AuditHub, cloneDatabase, draft, RECORDS, startAuditHub, tamperWith, testSettings, verifyThrough } from './support';

/**
 * Log format 4: the records of one request that differ in their subject alone are one row of the
 * chain. Everything an auditor or a resident reads must still come per record, and every tampering
 * with a row must still be found — including rows of format 3, written before the upgrade.
 */

const CASELOAD = `query Caseload($numbers: [ID!]!) { residents(residentNumbers: $numbers, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName publicHousingTenancies { estateName } } }`;
const SEARCH = `query Search($filter: AccessLogFilter, $first: Int, $after: String) {
  accessLog(filter: $filter, first: $first, after: $after) { entries { seq item subject requestId category decision hash } endCursor hasNextPage totalCount }
}`;

const settings = testSettings({ checkpointEvery: 7 });
let databaseUrl: string;
let hub: AuditHub;
let numbers: string[];
/** Records written as the previous version wrote them (format 3), before any of format 4. */
let format3: { seq: number; subject: string }[];
let caseloadRequest: string;

const tamper = (work: (db: Client) => Promise<unknown>) => tamperWith(databaseUrl, work);
const verify = () => verifyThrough(hub);

/**
 * Appends the drafts with the append function of the previous version (migration
 * audit/20261209010000), renamed: one format-3 row per record, as a log holds them from before
 * the upgrade.
 */
async function appendAsPreviousVersion(drafts: RecordDraft[]): Promise<void> {
  const previous = new Migration20261209010000(undefined as never, undefined as never);
  await previous.up();
  const set = decisionSetOf(drafts[0].items);
  const content = SET_COLUMNS.map(([, column], j) => `"${column}":${set.columns[j]}`).join(',');
  const sets = `[{"id":${JSON.stringify(set.id)},${content},"has_denial":${set.hasDenial},"has_exceptional_basis":${set.hasExceptionalBasis}}]`;
  const { subject: _, items: __, ...header } = drafts[0];
  const headerJson = JSON.stringify({
    request_id: header.requestId, action: header.action, operation: header.operation, actor_code: header.actorCode, actor_role: header.actorRole,
    unit_code: header.unitCode, organisation_code: header.organisationCode, purpose: header.purpose, withheld_from_subject: header.withheldFromSubject,
  });
  await asSuperuser(databaseUrl, async (db) => {
    for (const sql of previous.getQueries()) await db.query(String(sql).replace('"audit"."append_batch"', '"audit"."append_batch_format3"'));
    await db.query('SELECT * FROM audit.append_batch_format3($1::json, $2::json, $3::int[], $4::text[], $5::int[], $6::json, $7::json)', [
      sets, `[${headerJson}]`, drafts.map(() => 1), drafts.map((d) => d.subject), drafts.map(() => 1), '{}', '[]',
    ]);
    await db.query('DROP FUNCTION audit.append_batch_format3(json, json, int[], text[], int[], json, json)');
  });
}

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  numbers = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT resident_number FROM resident.resident ORDER BY resident_number LIMIT 12')).rows.map((r) => r.resident_number));
  const requestId = crypto.randomUUID();
  await appendAsPreviousVersion(numbers.slice(0, 3).map((subject) => draft({ requestId, subject, action: 'READ', basis: 'WITHIN_PURPOSE' })));
  format3 = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT seq::int, subject FROM audit.access_log_record WHERE format = 3 ORDER BY seq')).rows);
  expect(format3.map((r) => r.seq)).toEqual([1, 2, 3]);

  hub = await startAuditHub(databaseUrl, { settings });
  const response = await hub.query('housing-officer', CASELOAD, { numbers });
  expect(response.status).toBe(200);
  caseloadRequest = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT request_id FROM audit.access_log_record WHERE operation = 'Caseload'`)).rows[0].request_id);
});
afterAll(() => hub?.close());

describe('a caseload in the log', () => {
  it('is stored as one row per decision set, not one per resident, numbered on from the rows before it', async () => {
    const rows = await asSuperuser(databaseUrl, async (db) =>
      (await db.query(`SELECT seq::int, format, cardinality(subjects) AS n, decision_set FROM audit.access_log_record WHERE request_id = $1 ORDER BY seq`, [caseloadRequest])).rows,
    );
    expect(rows.length).toBeLessThan(numbers.length);
    expect(rows.every((r) => r.format === 4)).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(numbers.length);
    expect(rows[0].seq).toBe(format3.length + 1);
    rows.slice(1).forEach((r, i) => expect(r.seq).toBe(rows[i].seq + rows[i].n));
    expect(new Set(rows.map((r) => r.decision_set)).size).toBe(rows.length);
  });

  it('answers a search for one of its residents with that resident’s entries alone, one record each, numbered apart', async () => {
    const records = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT seq::int, subject FROM ${RECORDS} WHERE request_id = $1`, [caseloadRequest])).rows);
    expect(new Set(records.map((r) => r.seq)).size).toBe(numbers.length);
    for (const subject of numbers.slice(4, 8)) {
      const response = await hub.query('privacy-officer', SEARCH, { filter: { subject, requestId: caseloadRequest } });
      expect(response.errors).toBeUndefined();
      const { entries, totalCount } = response.data.accessLog;
      expect(entries.length).toBeGreaterThan(0);
      expect(totalCount).toBe(entries.length);
      expect(entries.every((e: any) => e.subject === subject)).toBe(true);
      expect(new Set(entries.map((e: any) => e.seq))).toEqual(new Set([records.find((r) => r.subject === subject)!.seq]));
    }
  });

  it('pages one resident’s entries across rows of both formats, newest first, without gaps or repeats', async () => {
    const subject = format3[0].subject;
    // Reads only: each search is logged too, and names the resident searched for.
    const filter = { subject, actions: ['READ'] };
    const all = (await hub.query('privacy-officer', SEARCH, { filter, first: 500 })).data.accessLog.entries;
    expect(all.some((e: any) => e.seq === format3[0].seq)).toBe(true);
    expect(all.some((e: any) => e.requestId === caseloadRequest)).toBe(true);
    const paged: any[] = [];
    let after: string | null = null;
    do {
      const page: any = (await hub.query('privacy-officer', SEARCH, { filter, first: 2, after })).data.accessLog;
      paged.push(...page.entries);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(paged.map((e) => [e.seq, e.item])).toEqual(all.map((e: any) => [e.seq, e.item]));
    const order = all.map((e: any) => e.seq);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('counts each resident once in the summary, and shows in a resident’s disclosure report', async () => {
    const period = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const summary = await hub.query('privacy-officer', `query($f: AccessLogFilter!) { accessLogSummary(filter: $f) { actorCode category decision entries subjects } }`, {
      f: { ...period, actorCode: 'housing-officer', categories: ['person.identity'] },
    });
    expect(summary.errors).toBeUndefined();
    const identity = summary.data.accessLogSummary.find((r: any) => r.decision === 'ALLOWED');
    expect(identity).toMatchObject({ actorCode: 'housing-officer', category: 'person.identity', entries: numbers.length, subjects: numbers.length });

    const report = await hub.query('privacy-officer', `query($n: ID!) { disclosureReport(residentNumber: $n) { lines { unitName categories { code } } } }`, { n: numbers[6] });
    expect(report.errors).toBeUndefined();
    expect(report.data.disclosureReport.lines).toEqual([{ unitName: '住宅課（公営住宅担当）', categories: expect.arrayContaining([{ code: 'person.identity' }]) }]);
  });
});

describe('verification across both formats', () => {
  it('finds the chain intact: format-3 rows, then the caseload’s rows', async () => {
    const records = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT count(*)::int AS n FROM ${RECORDS}`)).rows[0].n);
    expect(await verify()).toMatchObject({ intact: true, headSeq: records, checkedRecords: records, firstBad: null });
  });

  it('catches a resident swapped for another inside a row, and one taken out of it', async () => {
    const row = await asSuperuser(databaseUrl, async (db) =>
      (await db.query(`SELECT seq::int, subjects FROM audit.access_log_record WHERE request_id = $1 ORDER BY cardinality(subjects) DESC LIMIT 1`, [caseloadRequest])).rows[0],
    );
    expect(row.subjects.length).toBeGreaterThan(2);
    const setSubjects = (subjects: string[]) => tamper((db) => db.query('UPDATE audit.access_log_record SET subjects = $2 WHERE seq = $1', [row.seq, subjects]));

    await setSubjects([row.subjects[0], '1999999999', ...row.subjects.slice(2)]);
    expect((await verify()).firstBad).toMatchObject({ seq: row.seq, problem: 'ALTERED' });
    await setSubjects(row.subjects.slice(1));
    expect((await verify()).firstBad).toMatchObject({ seq: row.seq, problem: 'ALTERED' });
    await setSubjects(row.subjects);
    expect((await verify()).intact).toBe(true);
  });

  it('checks a row whole when a range starts or ends inside it', async () => {
    const row = await asSuperuser(databaseUrl, async (db) =>
      (await db.query(`SELECT seq::int, subjects FROM audit.access_log_record WHERE request_id = $1 ORDER BY cardinality(subjects) DESC LIMIT 1`, [caseloadRequest])).rows[0],
    );
    const middle = row.seq + 1;
    const verifyMiddle = async () =>
      (await hub.query('privacy-officer', 'query($s: SafeInt) { verifyAccessLog(fromSeq: $s, toSeq: $s) { intact checkedRecords firstBad { seq problem } } }', { s: middle })).data.verifyAccessLog;
    expect(await verifyMiddle()).toMatchObject({ intact: true, checkedRecords: 1 });
    await tamper((db) => db.query('UPDATE audit.access_log_record SET subjects = $2 WHERE seq = $1', [row.seq, [...row.subjects.slice(0, -1), '1999999999']]));
    expect((await verifyMiddle()).firstBad).toMatchObject({ seq: row.seq, problem: 'ALTERED' });
    await tamper((db) => db.query('UPDATE audit.access_log_record SET subjects = $2 WHERE seq = $1', [row.seq, row.subjects]));
    expect((await verify()).intact).toBe(true);
  });

  it('catches an edited format-3 row, hashed as it was written', async () => {
    const { seq, subject } = format3[1];
    await tamper((db) => db.query(`UPDATE audit.access_log_record SET subject = '1999999999' WHERE seq = $1`, [seq]));
    expect((await verify()).firstBad).toMatchObject({ seq, problem: 'ALTERED' });
    await tamper((db) => db.query('UPDATE audit.access_log_record SET subject = $2 WHERE seq = $1', [seq, subject]));
    expect((await verify()).intact).toBe(true);
  });

  it('catches a row renumbered into the records of the row before it', async () => {
    const rows = await asSuperuser(databaseUrl, async (db) =>
      (await db.query(`SELECT seq::int, cardinality(subjects) AS n FROM audit.access_log_record WHERE request_id = $1 ORDER BY seq`, [caseloadRequest])).rows,
    );
    const [first, second] = rows;
    expect(first.n).toBeGreaterThan(1);
    await tamper((db) => db.query('UPDATE audit.access_log_record SET seq = $2 WHERE seq = $1', [second.seq, second.seq - 1]));
    expect((await verify()).firstBad).toMatchObject({ seq: second.seq - 1, problem: 'BROKEN_LINK' });
    await tamper((db) => db.query('UPDATE audit.access_log_record SET seq = $2 WHERE seq = $1', [second.seq - 1, second.seq]));
    expect((await verify()).intact).toBe(true);
  });

  it('refuses a format-4 row that also names a single subject, and one with no subjects', async () => {
    const seq = format3.length + 1;
    for (const change of [`SET subject = '1000000001'`, `SET subjects = '{}'`, 'SET subjects = NULL']) {
      await expect(tamper((db) => db.query(`UPDATE audit.access_log_record ${change} WHERE seq = $1`, [seq]))).rejects.toThrow(/access_log_record_format_check/);
    }
  });
});
