import { describe, expect, it } from 'vitest';
import type { QueryConfig, QueryResult } from 'pg';
import { openAuditPool } from '../../src/access-log/access-log';
import type { Queryable } from '../../src/access-log/append-connection';
import { appendRecords, type WriterMemory } from '../../src/access-log/append';
import { ChainHead } from '../../src/access-log/chain-head';
import { GENESIS_HASH } from '../../src/access-log/chain-hash';
import { DecisionSets } from '../../src/access-log/decision-set';
import type { RecordDraft } from '../../src/access-log/entry';
import { APPEND_HASHED, appendHashed } from '../../src/access-log/hashed-append';
import { StoredSets, UNKNOWN_SET_STATE } from '../../src/access-log/stored-sets';
import { asSuperuser, auditDatabase, draft, testSettings, verifyDatabase } from './support';

const settings = testSettings({ checkpointEvery: 10 });
const audit = auditDatabase();

/** The pool, recording which append each append statement was (not checkpoints'); `before` may answer instead of the database. */
function recording(before?: (config: QueryConfig) => Promise<QueryResult<any> | undefined>): { db: Queryable; calls: string[] } {
  const calls: string[] = [];
  const db: Queryable = {
    query: async (config: QueryConfig): Promise<QueryResult<any>> => {
      if (config.name === APPEND_HASHED.name) calls.push('hashed');
      else if (/append_runs/.test(config.text)) calls.push('runs');
      return (await before?.(config)) ?? audit.pool.query(config);
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
const timesOf = (action: string) =>
  asSuperuser(audit.url, async (db) => (await db.query('SELECT recorded_at FROM audit.access_log_record WHERE action = $1 ORDER BY seq', [action])).rows.map((r) => (r.recorded_at as Date).getTime()));

/** Holds the chain lock from another connection while `work` runs. */
const withChainLockHeld = <T>(work: () => Promise<T>) =>
  asSuperuser(audit.url, async (holder) => {
    await holder.query('BEGIN');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0))`);
    try {
      return await work();
    } finally {
      await holder.query('ROLLBACK');
    }
  });

describe('the hub hashing its appends after the head it last wrote', () => {
  it('appends in one statement each, once it knows the head, and the chain verifies', async () => {
    const memory = writer();
    const { db, calls } = recording();
    const ranges = [];
    for (let i = 0; i < 5; i++) ranges.push((await append(db, request('HASHED_PROBE', 1 + i), memory)).range);

    // The first append has no head to go by: the database hashes it, and the hub keeps its head.
    expect(calls).toEqual(['runs', 'hashed', 'hashed', 'hashed', 'hashed']);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i].first).toBe(ranges[i - 1].last + 1);
    expect(memory.head!.current).toMatchObject({ seq: ranges[4].last, hash: (await head()).hash });
    const verification = await verifyDatabase(audit.url, settings);
    expect(verification.firstBad).toBeNull();
    expect(verification.headSeq).toBe(ranges[4].last);
  });

  it('has the database hash the batch when another process moved the head, the chain unbroken', async () => {
    const [a, b] = [writer(), writer()];
    await append(audit.pool, request('HASHED_PROBE'), a);
    await append(audit.pool, request('HASHED_PROBE'), b);
    const { db, calls } = recording();
    for (let i = 0; i < 4; i++) await append(db, request('HASHED_PROBE', 3), i % 2 === 0 ? a : b);

    // Each writer's head is stale after the other's append: not stored, then hashed by the database.
    expect(calls).toEqual(['hashed', 'runs', 'hashed', 'runs', 'hashed', 'runs', 'hashed', 'runs']);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('does not wait for a chain lock another writer holds: the database appends once it is free', async () => {
    const memory = writer();
    await append(audit.pool, request('HASHED_PROBE'), memory);
    const { db, calls } = recording();
    let settled = false;
    const { pending, settledWhileHeld, callsWhileHeld } = await withChainLockHeld(async () => {
      const pending = append(db, request('LOCK_PROBE', 2), memory).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { pending, settledWhileHeld: settled, callsWhileHeld: [...calls] };
    });
    expect(callsWhileHeld).toEqual(['hashed', 'runs']); // the hashed try did not wait; append_runs did
    expect(settledWhileHeld).toBe(false);
    const appended = await pending;

    expect(appended.range.last).toBe((await head()).seq);
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

  it('appends at the database time, not its own, when its clock is an hour off: its first append tells it the difference', async () => {
    for (const offsetMs of [3_600_000, -3_600_000]) {
      const memory = writer(() => Date.now() + offsetMs);
      await append(audit.pool, request('CLOCK_PROBE'), memory);
      const { db, calls } = recording();
      await append(db, request('CLOCK_PROBE'), memory);
      const asked = Date.now();
      await append(db, request('CLOCK_PROBE'), memory);

      expect(calls).toEqual(['hashed', 'hashed']);
      expect(Math.abs((await head()).at.getTime() - asked)).toBeLessThan(2000);
    }
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('never dates its rows before its previous ones, even when its clock steps back', async () => {
    let now = Date.now();
    const memory = writer(() => (now -= 700)); // each reading 0.7 s before the last
    await append(audit.pool, request('STEP_BACK_PROBE'), memory);
    for (let i = 0; i < 3; i++) await append(audit.pool, request('STEP_BACK_PROBE'), memory);

    const times = await timesOf('STEP_BACK_PROBE');
    expect(times).toHaveLength(4);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]);
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

  it('has the database hash the batch when its rows collide with another writer\'s on seq (23505)', async () => {
    const memory = writer();
    await append(audit.pool, request('HASHED_PROBE'), memory);
    const { db, calls } = recording(async (config) => {
      if (config.name === APPEND_HASHED.name) throw Object.assign(new Error('duplicate key value violates unique constraint "access_log_record_pkey"'), { code: '23505' });
      return undefined;
    });
    const { range } = await append(db, request('COLLISION_PROBE', 3), memory);

    expect(calls).toEqual(['hashed', 'runs']);
    expect(range.last).toBe((await head()).seq);
    expect(memory.head!.current?.seq).toBe(range.last);
  });

  describe('the statement itself stores nothing', () => {
    const one = () => [draft({ action: 'HASHED_PROBE', subject: '1000000013' })];
    const guessing = (guess: { seq: number; hash: string }, clock?: () => number) => {
      const chainHead = new ChainHead(clock);
      chainHead.advance(guess);
      return chainHead;
    };

    it('after a head that is not the head, and forgets that head', async () => {
      await append(audit.pool, request('HASHED_PROBE'), {});
      const current = await head();
      const rows = await rowCount();
      for (const guess of [{ seq: current.seq - 1, hash: current.hash }, { seq: current.seq, hash: GENESIS_HASH }]) {
        const chainHead = guessing(guess);
        expect(await appendHashed(audit.pool, one(), [], settings.checkpointEvery, chainHead)).toBeNull();
        expect(chainHead.current).toBeUndefined();
      }
      expect(await rowCount()).toBe(rows);
    });

    it('at a time more than 2 seconds from the database\'s clock, which it then tells', async () => {
      const current = await head();
      const rows = await rowCount();
      const chainHead = guessing(current, () => Date.now() + 5000);
      expect(await appendHashed(audit.pool, one(), [], settings.checkpointEvery, chainHead)).toBeNull();
      expect(await rowCount()).toBe(rows);
      expect(Math.abs(chainHead.nextTime().getTime() - Date.now())).toBeLessThan(1000);
    });

    it('while another writer holds the chain lock, without waiting for it', async () => {
      const current = await head();
      const rows = await rowCount();
      const chainHead = guessing(current);
      const started = performance.now();
      expect(await withChainLockHeld(() => appendHashed(audit.pool, one(), [], settings.checkpointEvery, chainHead))).toBeNull();
      expect(performance.now() - started).toBeLessThan(2000);
      expect(await rowCount()).toBe(rows);
    });

    it('naming a set by id that the database does not hold, and says so (TS001)', async () => {
      const current = await head();
      const rows = await rowCount();
      const drafts = [draft({ action: 'HASHED_PROBE', citation: 'art. 69(1) — never stored' })];
      const believed = new StoredSets();
      believed.add([new DecisionSets().of(drafts[0].items).id]);
      await expect(appendHashed(audit.pool, drafts, [], settings.checkpointEvery, guessing(current), believed)).rejects.toMatchObject({ code: UNKNOWN_SET_STATE });
      expect(await rowCount()).toBe(rows);
    });

    it('when its runs do not add up to the subjects', async () => {
      const current = await head();
      const rows = await rowCount();
      const setId = new DecisionSets().of(one()[0].items).id;
      const { rows: [answer] } = await audit.pool.query({
        ...APPEND_HASHED,
        values: [null, null, '[{"request_id":"direct","action":"HASHED_PROBE","withheld_from_subject":false}]', '{1}', `{${setId}}`, '{f}', '{f}', '{2}', '{"1000000013"}', '{}', `{${'a'.repeat(64)}}`, current.seq, current.hash, new Date(), GENESIS_HASH],
      });
      expect(answer).toMatchObject({ appended: false, well_formed: false });
      expect(await rowCount()).toBe(rows);
    });
  });
});
