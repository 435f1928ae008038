import { describe, expect, it } from 'vitest';
import type { QueryConfig, QueryResult } from 'pg';
import { openAuditPool } from '../../src/access-log/access-log';
import type { Queryable } from '../../src/access-log/append-connection';
import { appendRecords, type WriterMemory } from '../../src/access-log/append';
import { ChainHead } from '../../src/access-log/chain-head';
import { DecisionSets } from '../../src/access-log/decision-set';
import type { RecordDraft } from '../../src/access-log/entry';
import { StoredSets, UNKNOWN_SET_STATE } from '../../src/access-log/stored-sets';
import { asSuperuser, auditDatabase, draft, testSettings, verifyDatabase } from './support';

const settings = testSettings({ checkpointEvery: 10 });
const audit = auditDatabase();

/** The pool, recording which append function each append statement called (not checkpoints'); `before` runs ahead of each. */
function recording(before?: (config: QueryConfig) => Promise<unknown>): { db: Queryable; calls: string[] } {
  const calls: string[] = [];
  const db: Queryable = {
    query: async (config: QueryConfig): Promise<QueryResult<any>> => {
      if (/append_hashed_runs/.test(config.text)) calls.push('hashed');
      else if (/append_runs/.test(config.text)) calls.push('runs');
      await before?.(config);
      return audit.pool.query(config);
    },
  };
  return { db, calls };
}

/** One request's records about `residents` residents decided alike. */
function request(action: string, residents = 2): RecordDraft[] {
  const requestId = crypto.randomUUID();
  return Array.from({ length: residents }, (_, i) => draft({ requestId, action, subject: String(1000000100 + i) }));
}

const append = (db: Queryable, drafts: RecordDraft[], memory: WriterMemory) => appendRecords(db, drafts, settings.signer, settings.checkpointEvery, memory);
const writer = (clock?: () => number): WriterMemory => ({ stored: new StoredSets(), head: new ChainHead(clock) });

const head = () =>
  asSuperuser(audit.url, async (db) => {
    const { rows } = await db.query('SELECT seq + coalesce(cardinality(subjects), 1) - 1 AS seq, hash, recorded_at FROM audit.access_log_record ORDER BY seq DESC LIMIT 1');
    return { seq: Number(rows[0].seq), hash: rows[0].hash as string, at: rows[0].recorded_at as Date };
  });
const rowCount = () => asSuperuser(audit.url, async (db) => Number((await db.query('SELECT count(*) FROM audit.access_log_record')).rows[0].count));
const times = () => asSuperuser(audit.url, async (db) => (await db.query('SELECT recorded_at FROM audit.access_log_record ORDER BY seq')).rows.map((r) => (r.recorded_at as Date).getTime()));

/**
 * audit.append_hashed_runs called directly with one run of one resident, of `lengths` records,
 * hashed (wrongly, but nothing reads it if refused) after `after` at `at`.
 */
function callDirectly(after: { seq: number; hash: string }, at: Date | string, setId: string, lengths = '{1}') {
  return audit.pool.query(
    `SELECT * FROM audit.append_hashed_runs(NULL, NULL, '[{"request_id":"direct","action":"HASHED_PROBE","withheld_from_subject":false}]'::json, '{1}', $1::text[], '{f}', '{f}', $6::int[], '{"1000000013"}', '{}'::json, $2::text[], $3, $4, $5)`,
    [`{${setId}}`, `{${'a'.repeat(64)}}`, after.seq, after.hash, at, lengths],
  );
}

describe('the hub hashing its appends after the head it last wrote', () => {
  it('appends in one statement each, once it knows the head, and the chain verifies', async () => {
    const memory = writer();
    const { db, calls } = recording();
    const ranges = [];
    for (let i = 0; i < 5; i++) ranges.push((await append(db, request('HASHED_PROBE', 1 + i), memory)).range);

    // The first append has no head to go by: the database hashes it, and tells the head.
    expect(calls).toEqual(['runs', 'hashed', 'hashed', 'hashed', 'hashed']);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].first).toBe(ranges[i - 1].last + 1);
    expect(memory.head!.current).toMatchObject({ seq: ranges[4].last, hash: (await head()).hash });
    const verification = await verifyDatabase(audit.url, settings);
    expect(verification.firstBad).toBeNull();
    expect(verification.headSeq).toBe(ranges[4].last);
  });

  it('follows a head another process moved, with one more try, the chain unbroken', async () => {
    const [a, b] = [writer(), writer()];
    await append(audit.pool, request('HASHED_PROBE'), a);
    await append(audit.pool, request('HASHED_PROBE'), b);
    const { db, calls } = recording();
    for (let i = 0; i < 4; i++) await append(db, request('HASHED_PROBE', 3), i % 2 === 0 ? a : b);

    // Each writer's head is stale after the other's append: refused, told the head, then stored.
    expect(calls).toEqual(['hashed', 'hashed', 'hashed', 'hashed', 'hashed', 'hashed', 'hashed', 'hashed']);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('has the database hash the batch when the head moves under both tries', async () => {
    const memory = writer();
    await append(audit.pool, request('HASHED_PROBE'), memory);
    const other = request('HASHED_PROBE', 1);
    // Another process appends just before each hashed try reaches the database.
    const { db, calls } = recording(async (config) => {
      if (/append_hashed_runs/.test(config.text)) await append(audit.pool, other, {});
    });
    const { range } = await append(db, request('HASHED_PROBE', 4), memory);

    expect(calls).toEqual(['hashed', 'hashed', 'runs']);
    expect(range.last).toBe((await head()).seq);
    expect(range.last - range.first + 1).toBe(4);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('keeps one chain under 200 appends racing from two writers on two pools', async () => {
    const pools = [openAuditPool(audit.url), openAuditPool(audit.url)];
    try {
      const writers = [writer(), writer()];
      const before = (await verifyDatabase(audit.url, settings)).headSeq;
      const sizes = Array.from({ length: 200 }, (_, i) => 1 + (i % 4));
      await Promise.all(sizes.map((size, i) => append(pools[i % 2], request('HASHED_RACE', size), writers[i % 2])));
      const verification = await verifyDatabase(audit.url, settings);
      expect(verification.firstBad).toBeNull();
      expect(verification.headSeq - before).toBe(sizes.reduce((sum, size) => sum + size, 0));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('appends at the database time, not its own, when its clock is an hour off, and learns the difference', async () => {
    for (const offsetMs of [3_600_000, -3_600_000]) {
      const memory = writer(() => Date.now() + offsetMs);
      await append(audit.pool, request('CLOCK_PROBE'), memory);
      const { db, calls } = recording();
      const asked = Date.now();
      await append(db, request('CLOCK_PROBE'), memory);
      await append(db, request('CLOCK_PROBE'), memory);

      // Refused once for its time, then in one statement each.
      expect(calls).toEqual(['hashed', 'hashed', 'hashed']);
      expect(Math.abs((await head()).at.getTime() - asked)).toBeLessThan(2000);
    }
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('never puts a row before the head in time: a writer whose clock is behind appends at the head\'s time', async () => {
    const ahead = writer(() => Date.now() + 1500);
    const behind = writer(() => Date.now() - 1500);
    await append(audit.pool, request('CLOCK_PROBE'), behind);
    await append(audit.pool, request('CLOCK_PROBE'), ahead);
    await append(audit.pool, request('CLOCK_PROBE'), ahead);
    await append(audit.pool, request('CLOCK_PROBE'), behind);
    await append(audit.pool, request('CLOCK_PROBE'), behind);

    const all = await times();
    for (let i = 1; i < all.length; i++) expect(all[i]).toBeGreaterThanOrEqual(all[i - 1]);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('sends a set whole again when the database does not hold one it believed stored', async () => {
    const requestId = crypto.randomUUID();
    const drafts = ['1000000101', '1000000102'].map((subject) => draft({ requestId, subject, action: 'HASHED_SET_PROBE', citation: 'art. 69(1) — hashed set probe' }));
    const memory = writer();
    await append(audit.pool, request('HASHED_PROBE'), memory);
    memory.stored!.add([new DecisionSets().of(drafts[0].items).id]); // believed, never stored
    const { db, calls } = recording();
    const { range } = await append(db, drafts, memory);

    expect(calls).toEqual(['hashed', 'hashed']);
    expect(range.last - range.first + 1).toBe(2);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  describe('audit.append_hashed_runs, called directly', () => {
    const setId = () => new DecisionSets().of(draft({ action: 'HASHED_PROBE' }).items).id;

    it('stores nothing after a head that is not the head, and answers with the head and its clock', async () => {
      await append(audit.pool, request('HASHED_PROBE'), {});
      const current = await head();
      const rows = await rowCount();
      const { rows: [answer] } = await callDirectly({ seq: current.seq - 1, hash: current.hash }, new Date(), setId());

      expect(answer).toMatchObject({ appended: false, head_seq: String(current.seq), head_hash: current.hash, head_at: current.at });
      expect(Math.abs(answer.database_now.getTime() - Date.now())).toBeLessThan(2000);
      expect(await rowCount()).toBe(rows);
    });

    it('stores nothing at a time before the head\'s, or more than 2 seconds from its clock', async () => {
      const current = await head();
      const rows = await rowCount();
      for (const at of [new Date(current.at.getTime() - 1), new Date(Date.now() + 5000), new Date(Date.now() - 3_600_000)]) {
        const { rows: [answer] } = await callDirectly(current, at, setId());
        expect(answer.appended).toBe(false);
      }
      expect(await rowCount()).toBe(rows);
    });

    it('refuses a time finer than the canonical form\'s milliseconds, a set it does not hold, and runs that do not add up', async () => {
      const current = await head();
      const rows = await rowCount();
      const finer = await callDirectly(current, new Date().toISOString().replace('Z', '456Z'), setId()).catch((e: Error) => e);
      expect(String(finer)).toMatch(/whole milliseconds/);
      await expect(callDirectly(current, new Date(), 'f'.repeat(64))).rejects.toMatchObject({ code: UNKNOWN_SET_STATE });
      const uneven = await callDirectly(current, new Date(), setId(), '{2}').catch((e: Error) => e);
      expect(String(uneven)).toMatch(/do not match/);
      expect(await rowCount()).toBe(rows);
    });
  });
});
