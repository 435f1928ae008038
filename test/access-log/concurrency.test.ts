import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAuditPool } from '../../src/access-log/access-log';
import { appendRecords } from '../../src/access-log/append';
import { MAX_RUN_LENGTH } from '../../src/access-log/runs';
import { asSuperuser, type AuditHub, cloneDatabase, draft, RECORDS, startAuditHub, testSettings, verifyDatabase } from './support';

const READ = `query Concurrent($numbers: [ID!]!) {
  residents(residentNumbers: $numbers, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName publicHousingTenancies { estateName } taxArrears { amountYen } }
}`;

let databaseUrl: string;
let replicas: AuditHub[];
const settings = testSettings({ checkpointEvery: 25 });

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  // Two replicas behind a load balancer: separate servers, separate connection pools, one database.
  replicas = [await startAuditHub(databaseUrl, { settings }), await startAuditHub(databaseUrl, { settings })];
});
afterAll(() => Promise.all(replicas.map((r) => r.close())));

async function requestRuns() {
  return asSuperuser(databaseUrl, async (db) => {
    const runs = await db.query(`SELECT request_id, count(*)::int AS n, min(seq) AS first, max(seq) AS last FROM ${RECORDS} GROUP BY request_id`);
    return runs.rows.map((r) => ({ requestId: r.request_id, n: r.n, first: Number(r.first), last: Number(r.last) }));
  });
}

describe('concurrent writers', () => {
  it('keeps one valid chain when two replicas serve many requests at once, each request in one unbroken run', async () => {
    const numbers = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT resident_number FROM resident.resident ORDER BY resident_number LIMIT 40')).rows.map((r) => r.resident_number));
    const requests = Array.from({ length: 60 }, (_, i) => replicas[i % 2].query('housing-officer', READ, { numbers: numbers.slice(i % 30, (i % 30) + 1 + (i % 7)) }));
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));

    const runs = await requestRuns();
    expect(runs).toHaveLength(60);
    for (const run of runs) expect(run.last - run.first + 1).toBe(run.n);

    // Each replica stores the checkpoints its last appends signed when it next appends, or idles.
    await Promise.all(replicas.map((r) => r.flushCheckpoints()));
    const verification = await verifyDatabase(databaseUrl, settings);
    expect(verification.firstBad).toBeNull();
    expect(verification.checkedRecords).toBe(runs.reduce((sum, r) => sum + r.n, 0));
    // One checkpoint at every multiple of 25 the chain reached, however the requests were grouped.
    expect(verification.checkedCheckpoints).toBe(Math.floor(verification.headSeq / 25));
  });

  it('keeps one chain under 400 direct appends racing from two connection pools', async () => {
    const pools = [openAuditPool(databaseUrl), openAuditPool(databaseUrl)];
    try {
      const before = (await verifyDatabase(databaseUrl, settings)).headSeq;
      const batch = (size: number) => Array.from({ length: size }, (_, i) => draft({ action: 'CONCURRENCY_PROBE', subject: String(1000000000 + i) }));
      await Promise.all(Array.from({ length: 400 }, (_, i) => appendRecords(pools[i % 2], batch(1 + (i % 5)), settings.signer, settings.checkpointEvery)));
      const verification = await verifyDatabase(databaseUrl, settings);
      expect(verification.firstBad).toBeNull();
      expect(verification.headSeq - before).toBe(Array.from({ length: 400 }, (_, i) => 1 + (i % 5)).reduce((a, b) => a + b, 0));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('chains a large batch, racing small appends, as one unbroken run', async () => {
    const pools = [openAuditPool(databaseUrl), openAuditPool(databaseUrl)];
    try {
      const before = (await verifyDatabase(databaseUrl, settings)).headSeq;
      const requestId = crypto.randomUUID();
      const large = Array.from({ length: 1234 }, (_, i) => draft({ requestId, action: 'CHUNK_PROBE', subject: String(1000000000 + i) }));
      const [result] = await Promise.all([
        appendRecords(pools[0], large, settings.signer, settings.checkpointEvery),
        ...Array.from({ length: 20 }, () => appendRecords(pools[1], [draft({ action: 'CONCURRENCY_PROBE' })], settings.signer, settings.checkpointEvery)),
      ]);
      const stored = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT min(seq)::int AS first, max(seq)::int AS last, count(*)::int AS n FROM ${RECORDS} WHERE action = 'CHUNK_PROBE'`)).rows[0]);
      expect(stored).toEqual({ first: result.range.first, last: result.range.last, n: 1234 });
      expect(result.range.last - result.range.first + 1).toBe(1234);
      const verification = await verifyDatabase(databaseUrl, settings);
      expect(verification.firstBad).toBeNull();
      expect(verification.headSeq - before).toBe(1234 + 20);
      // The large batch is a few rows: a signed checkpoint at the end of each row that passed a
      // multiple of 25, however many it passed.
      const [checkpoints, rowEnds] = await asSuperuser(databaseUrl, async (db) => [
        (await db.query('SELECT seq::int FROM audit.checkpoint WHERE seq BETWEEN $1 AND $2 ORDER BY seq', [result.range.first, result.range.last])).rows.map((r) => r.seq),
        (await db.query(`SELECT (seq + cardinality(subjects) - 1)::int AS last FROM audit.access_log_record WHERE action = 'CHUNK_PROBE' ORDER BY seq`)).rows.map((r) => r.last),
      ]);
      expect(rowEnds).toHaveLength(Math.ceil(1234 / MAX_RUN_LENGTH));
      expect(checkpoints).toEqual(rowEnds.filter((last: number, i: number) => Math.floor(last / 25) > Math.floor((i === 0 ? result.range.first - 1 : rowEnds[i - 1]) / 25)));
      expect(verification.checkedCheckpoints).toBeGreaterThanOrEqual(checkpoints.length);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
