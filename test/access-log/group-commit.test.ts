import { describe, expect, it } from 'vitest';
import { openAuditPool } from '../../src/access-log/access-log';
import { appendRecords, type ChainRange, storeCheckpoints } from '../../src/access-log/append';
import { CarriedCheckpoints } from '../../src/access-log/carried-checkpoints';
import { AccessDecision, type RecordDraft } from '../../src/access-log/entry';
import { GroupCommit } from '../../src/access-log/group-commit';
import { MAX_RUN_LENGTH } from '../../src/access-log/runs';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { asSuperuser, auditDatabase, cloneDatabase, draft, RECORDS, startAuditHub, testSettings, verifyDatabase } from './support';

const settings = testSettings({ checkpointEvery: 10 });
const audit = auditDatabase();

function seqsOf({ first, last }: ChainRange): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function request(action: string, size: number): RecordDraft[] {
  const requestId = crypto.randomUUID();
  return Array.from({ length: size }, (_, i) => draft({ requestId, action, subject: String(1000000000 + i) }));
}

describe('group commit', () => {
  it('writes requests that arrive together in one transaction, each request an unbroken run, the chain intact', async () => {
    const group = new GroupCommit(async (drafts) => (await appendRecords(audit.pool, drafts, settings.signer, settings.checkpointEvery)).range);
    const requests = Array.from({ length: 30 }, (_, i) => request('GROUP_PROBE', 1 + (i % 4)));
    const ranges = await Promise.all(requests.map((drafts) => group.append(drafts)));

    ranges.forEach((mine, i) => expect(mine!.last - mine!.first + 1).toBe(requests[i].length));
    const stored = await asSuperuser(audit.url, async (db) => {
      const result = await db.query(`SELECT request_id, seq, hash, tx FROM ${RECORDS} WHERE action = 'GROUP_PROBE'`);
      return result.rows as { request_id: string; seq: string; hash: string; tx: string }[];
    });
    expect(stored).toHaveLength(requests.flat().length);
    // The first request goes alone; the other 29 wait for it and go in together.
    expect(new Set(stored.map((row) => row.tx)).size).toBeLessThanOrEqual(2);
    const bySeq = new Map(stored.map((row) => [Number(row.seq), row]));
    ranges.forEach((mine, i) => {
      for (let seq = mine!.first; seq <= mine!.last; seq++) expect(bySeq.get(seq)).toMatchObject({ request_id: requests[i][0].requestId });
    });
    const verification = await verifyDatabase(audit.url, settings);
    expect(verification.firstBad).toBeNull();
    expect(verification.checkedCheckpoints).toBeGreaterThan(0);
  });

  it('stores every column of a mixed batch as drafted — requests interleaved, events without a subject, basis record ids with gaps — and the chain verifies', async () => {
    const requestA = crypto.randomUUID();
    const requestB = crypto.randomUUID();
    const withGap = draft({ requestId: requestA, action: 'MIXED_PROBE', subject: '1000000007', basisRecordId: 'consent-7' });
    withGap.items.unshift({ ...withGap.items[0], category: 'person.identity', basis: 'WITHIN_PURPOSE', basisRecordId: null });
    const drafts = [
      draft({ requestId: requestA, action: 'MIXED_PROBE', subject: '1000000005' }),
      withGap,
      draft({ requestId: requestB, action: 'MIXED_PROBE', subject: '1000000005', purpose: 'PUBLIC_ASSISTANCE', operation: null }),
      draft({ requestId: requestA, action: 'MIXED_EVENT_PROBE', subject: null, decision: AccessDecision.DENIED, basis: null }),
      draft({ requestId: requestA, action: 'MIXED_PROBE', subject: '1000000006', basisRecordId: 'emergency-6', basis: 'LIFE_BODY_PROPERTY' }),
      // An event's subject is free text: what an array literal must quote.
      draft({ requestId: requestA, action: 'MIXED_EVENT_PROBE', subject: 'a "b" \\ c, {d} NULL 住所' }),
    ];
    const { range } = await appendRecords(audit.pool, drafts, settings.signer, settings.checkpointEvery);
    const stored = await asSuperuser(audit.url, async (db) =>
      (await db.query(`SELECT seq, request_id, action, operation, purpose, subject, basis_record_ids, has_denial, has_exceptional_basis FROM ${RECORDS} WHERE seq BETWEEN $1 AND $2 ORDER BY seq`, [range.first, range.last])).rows,
    );
    expect(stored.map((row) => [row.request_id, row.action, row.operation, row.purpose, row.subject, row.basis_record_ids, row.has_denial, row.has_exceptional_basis])).toEqual([
      [requestA, 'MIXED_PROBE', 'TestOperation', 'SELF_RELIANCE_SUPPORT', '1000000005', null, false, true],
      [requestA, 'MIXED_PROBE', 'TestOperation', 'SELF_RELIANCE_SUPPORT', '1000000007', [null, 'consent-7'], false, true],
      [requestB, 'MIXED_PROBE', null, 'PUBLIC_ASSISTANCE', '1000000005', null, false, true],
      [requestA, 'MIXED_EVENT_PROBE', 'TestOperation', 'SELF_RELIANCE_SUPPORT', null, null, true, false],
      [requestA, 'MIXED_PROBE', 'TestOperation', 'SELF_RELIANCE_SUPPORT', '1000000006', ['emergency-6'], false, true],
      [requestA, 'MIXED_EVENT_PROBE', 'TestOperation', 'SELF_RELIANCE_SUPPORT', 'a "b" \\ c, {d} NULL 住所', null, false, true],
    ]);
    const verification = await verifyDatabase(audit.url, settings);
    expect(verification.firstBad).toBeNull();
  });

  it('stores a caseload-sized batch as few rows — two requests, three decision sets, basis record ids on some — each record as drafted, each request one unbroken run, and the chain verifies', async () => {
    const requests = [crypto.randomUUID(), crypto.randomUUID()];
    const drafts = Array.from({ length: 2400 }, (_, i) => {
      const subject = String(2000000000 + i);
      const requestId = requests[i < 1500 ? 0 : 1];
      if (i % 7 === 0) return draft({ requestId, action: 'CASELOAD_PROBE', subject, basisRecordId: `consent-${i}` });
      if (i % 5 === 0) return draft({ requestId, action: 'CASELOAD_PROBE', subject, decision: AccessDecision.DENIED, basis: null, citation: null, citationJa: null, reason: 'no basis' });
      return draft({ requestId, action: 'CASELOAD_PROBE', subject, basis: 'WITHIN_PURPOSE' });
    });
    const { range } = await appendRecords(audit.pool, drafts, settings.signer, settings.checkpointEvery);
    expect(range.last - range.first + 1).toBe(drafts.length);
    const stored = await asSuperuser(audit.url, async (db) =>
      (await db.query(`SELECT seq, row_seq, request_id, subject, basis_record_ids, has_denial FROM ${RECORDS} WHERE seq BETWEEN $1 AND $2 ORDER BY seq`, [range.first, range.last])).rows,
    );
    const asStored = (row: Record<string, any>) => [row.request_id, row.subject, row.basis_record_ids, row.has_denial];
    const asDrafted = (d: RecordDraft) => [d.requestId, d.subject, d.items[0].basisRecordId ? [d.items[0].basisRecordId] : null, d.items[0].decision === AccessDecision.DENIED];
    const bySubject = (a: unknown[], b: unknown[]) => String(a[1]).localeCompare(String(b[1]));
    expect(stored.map(asStored).sort(bySubject)).toEqual(drafts.map(asDrafted).sort(bySubject));
    expect(stored.map((row) => Number(row.seq))).toEqual(seqsOf(range));
    expect(stored.slice(0, 1500).every((row) => row.request_id === requests[0])).toBe(true);
    // A row per consent (each names its own); per request, the refused and the rest in rows of at most MAX_RUN_LENGTH.
    const consents = drafts.filter((d) => d.items[0].basisRecordId).length;
    const alike = requests.flatMap((requestId) =>
      [AccessDecision.DENIED, AccessDecision.ALLOWED].map((decision) => drafts.filter((d) => d.requestId === requestId && !d.items[0].basisRecordId && d.items[0].decision === decision).length),
    );
    expect(Math.max(...alike)).toBeGreaterThan(MAX_RUN_LENGTH);
    expect(new Set(stored.map((row) => row.row_seq)).size).toBe(consents + alike.reduce((sum, n) => sum + Math.ceil(n / MAX_RUN_LENGTH), 0));
    const verification = await verifyDatabase(audit.url, settings);
    expect(verification.firstBad).toBeNull();
  });

  it('fails every request of a group whose write fails, and serves the next group', async () => {
    let writes = 0;
    const group = new GroupCommit(async (drafts): Promise<ChainRange> => {
      writes++;
      if (drafts.some((d) => d.action === 'POISON')) throw new Error('disk full');
      return { first: 1, last: drafts.length };
    });
    const first = group.append(request('FIRST', 1));
    const joined = [group.append(request('POISON', 1)), group.append(request('INNOCENT', 2))];
    await expect(first).resolves.toEqual({ first: 1, last: 1 });
    const outcomes = await Promise.allSettled(joined);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    await expect(group.append(request('LATER', 3))).resolves.toEqual({ first: 1, last: 3 });
    expect(writes).toBe(3);
  });

  describe('the join window, while the process is busy', () => {
    /** A group commit whose writes are recorded (each call's drafts' actions) and held until released. */
    function recorded(window: { ms: number; whenInProgress: number }, inProgress: number) {
      const writes: string[][] = [];
      const group = new GroupCommit(async (drafts): Promise<ChainRange> => {
        writes.push(drafts.map((d) => d.action));
        return { first: 1, last: drafts.length };
      }, window);
      group.inProgress = () => inProgress;
      return { group, writes };
    }

    it('starts an append at once while fewer requests than the threshold are in progress — a sequential caseload waits for nothing', async () => {
      const { group, writes } = recorded({ ms: 10_000, whenInProgress: 4 }, 3);
      const appended = group.append(request('ALONE', 2));
      expect(writes).toEqual([['ALONE', 'ALONE']]);
      await expect(appended).resolves.toEqual({ first: 1, last: 2 });
    });

    it('waits for the others in progress, and starts the append as soon as all have joined', async () => {
      const { group, writes } = recorded({ ms: 10_000, whenInProgress: 2 }, 3);
      const started = performance.now();
      const appended = [group.append(request('A', 1)), group.append(request('B', 2))];
      expect(writes).toEqual([]);
      appended.push(group.append(request('C', 1)));
      expect(writes).toEqual([['A', 'B', 'B', 'C']]);
      expect(await Promise.all(appended)).toEqual([
        { first: 1, last: 1 },
        { first: 2, last: 3 },
        { first: 4, last: 4 },
      ]);
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it('holds a request no longer than the window when the others never join', async () => {
      const { group, writes } = recorded({ ms: 40, whenInProgress: 2 }, 5);
      const started = performance.now();
      await expect(group.append(request('WAITED', 1))).resolves.toEqual({ first: 1, last: 1 });
      const waited = performance.now() - started;
      expect(writes).toEqual([['WAITED']]);
      expect(waited).toBeGreaterThanOrEqual(35);
      expect(waited).toBeLessThan(1000);
    });

    it('is wired to the hub’s requests in progress: a response waits for a request still under way, for the window at most', async () => {
      const databaseUrl = await cloneDatabase();
      const hub = await startAuditHub(databaseUrl, { settings: testSettings({ joinWindow: { ms: 400, whenInProgress: 2 } }) });
      const read = () => hub.query('housing-officer', `query { resident(residentNumber: "${DEMO_RESIDENTS.fallingBetween}", purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName } }`);
      const timedRead = async () => {
        const started = performance.now();
        const answer = await read();
        expect(answer.data?.resident.familyName).toEqual(expect.any(String));
        return performance.now() - started;
      };
      try {
        await read(); // warm: the first request's set goes to the database whole
        expect(await timedRead()).toBeLessThan(350); // alone: no wait
        // A second request in progress: its body is in, and its resolver waits for a table held locked.
        const stalled = await asSuperuser(databaseUrl, async (locker) => {
          await locker.query('BEGIN');
          await locker.query('LOCK TABLE housing.public_housing_tenancy IN ACCESS EXCLUSIVE MODE');
          const tenancies = hub.query('housing-officer', `query { resident(residentNumber: "${DEMO_RESIDENTS.fallingBetween}", purpose: PUBLIC_HOUSING_MANAGEMENT) { publicHousingTenancies { estateName } } }`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          const held = await timedRead();
          await locker.query('ROLLBACK');
          return { held, tenancies: await tenancies };
        });
        expect(stalled.held).toBeGreaterThanOrEqual(380);
        expect(stalled.held).toBeLessThan(3000);
        expect(stalled.tenancies.errors).toBeUndefined();
        expect(await timedRead()).toBeLessThan(350); // the finished request is no longer counted
      } finally {
        await hub.close();
      }
    });

    it('has no window when it is 0 ms, however busy the process', () => {
      const { group, writes } = recorded({ ms: 0, whenInProgress: 1 }, 50);
      void group.append(request('NOW', 1));
      expect(writes).toEqual([['NOW']]);
    });
  });

  it('fails an append that cannot take the chain lock in time, writes none of its records, and appends again once the lock is free', async () => {
    const impatient = openAuditPool(audit.url, 1, 300);
    try {
      const outcome = await asSuperuser(audit.url, async (holder) => {
        await holder.query('BEGIN');
        await holder.query(`SELECT pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0))`);
        const started = performance.now();
        const result = await appendRecords(impatient, request('STUCK_PROBE', 3), settings.signer, settings.checkpointEvery).then(
          () => 'appended',
          (error: Error) => error.message,
        );
        await holder.query('ROLLBACK');
        return { result, seconds: (performance.now() - started) / 1000 };
      });
      expect(outcome.result).toMatch(/statement timeout/);
      expect(outcome.seconds).toBeLessThan(5);
      const stuck = await asSuperuser(audit.url, (db) => db.query(`SELECT count(*)::int AS n FROM audit.access_log_record WHERE action = 'STUCK_PROBE'`));
      expect(stuck.rows[0].n).toBe(0);
      await expect(appendRecords(impatient, request('AFTER_STUCK', 2), settings.signer, settings.checkpointEvery)).resolves.toMatchObject({ range: { first: expect.any(Number) } });
    } finally {
      await impatient.end();
    }
  });

  it('gives the writer’s connections a statement timeout, and verification none', async () => {
    const client = await audit.pool.connect();
    try {
      expect((await client.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('10s');
    } finally {
      client.release();
    }
    const verifier = openAuditPool(audit.url, 1, 0);
    try {
      expect((await verifier.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('0');
    } finally {
      await verifier.end();
    }
  });

  it('carries a hub’s checkpoints in its next append, stores them alone when no append follows, and keeps them if that append fails', async () => {
    const stored = async (seqs: number[]) =>
      (await asSuperuser(audit.url, (db) => db.query('SELECT seq::int FROM audit.checkpoint WHERE seq = ANY($1) ORDER BY seq', [seqs]))).rows.map((r) => r.seq);
    const carried = new CarriedCheckpoints((due) => storeCheckpoints(audit.pool, due), 60_000);
    // 25 records decided alike are one row, passing two multiples of 10: one checkpoint, at its end.
    const first = await appendRecords(audit.pool, request('CARRY_PROBE', 25), settings.signer, settings.checkpointEvery, { carried });
    expect(seqsOf(first.range).filter((seq) => seq % settings.checkpointEvery === 0).length).toBeGreaterThanOrEqual(2);
    const due = [first.range.last];
    expect(await stored(due)).toEqual([]);

    const broken = openAuditPool(audit.url, 1);
    await broken.end();
    await expect(appendRecords(broken, request('CARRY_PROBE', 1), settings.signer, settings.checkpointEvery, { carried })).rejects.toThrow();
    expect(await stored(due)).toEqual([]);

    const second = await appendRecords(audit.pool, request('CARRY_PROBE', 1), settings.signer, settings.checkpointEvery, { carried });
    expect(await stored(due)).toEqual(due);
    expect(second.checkpoint).toBeUndefined();

    const idle = new CarriedCheckpoints((due) => storeCheckpoints(audit.pool, due), 50);
    const third = await appendRecords(audit.pool, request('CARRY_PROBE', 12), settings.signer, settings.checkpointEvery, { carried: idle });
    expect(seqsOf(third.range).filter((seq) => seq % settings.checkpointEvery === 0).length).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stored([third.range.last])).toEqual([third.range.last]);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });
});
