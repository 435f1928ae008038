import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { setImmediate } from 'node:timers/promises';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Queryable } from './append-connection';
import type { CarriedCheckpoints } from './carried-checkpoints';
import { type Checkpoint, signCheckpoint } from './checkpoint';
import { type AppendedRow, checkpointsJson, numberedBatch, setsJson } from './batch';
import type { ChainHead } from './chain-head';
import { chainRuns, FORMAT, GENESIS_HASH, lastSeqSql, RECORD_COLUMNS } from './chain-hash';
import { HEADER_COLUMNS, SET_COLUMNS } from './columns';
import { copyArray, copyField } from './copy-format';
import { arrayLiteral } from '../db/array-literal';
import { type DecisionSet, DecisionSets } from './decision-set';
import type { RecordDraft } from './entry';
import { appendHashed } from './hashed-append';
import { runsOf } from './runs';
import type { CheckpointSigner } from './signing-key';
import { type StoredSets, UNKNOWN_SET_STATE } from './stored-sets';

/**
 * The chain lock: every hub process writing to the audit database extends the same single chain,
 * so appends (append_runs, and the hub's hashed append: hashed-append.ts) and on-demand checkpoints
 * serialise on one transaction-scoped advisory lock, released at COMMIT or ROLLBACK.
 */
const LOCK_AND_READ_HEAD = `BEGIN;
SET LOCAL statement_timeout = '10s';
SELECT pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
SELECT clock_timestamp() AS now, head.seq, head.hash
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (SELECT ${lastSeqSql('l')} AS seq, l.hash FROM audit.access_log_record l ORDER BY l.seq DESC LIMIT 1) AS head ON true;`;

const STORED = ['seq', 'recorded_at', ...HEADER_COLUMNS.map(([, column]) => column), 'format', 'subjects', ...RECORD_COLUMNS, 'prev_hash', 'hash'];

/** The batch's records, streamed in COPY text format (copy-format.ts). */
const COPY_RECORDS = `COPY audit.access_log_record (${STORED.join(', ')}) FROM STDIN`;

/** The decision sets the records name (JSON: `json`), unless already stored (their id is their content's hash). */
function insertSets(json: string): string {
  return `INSERT INTO audit.decision_set (id, ${SET_COLUMNS.map(([, column]) => column).join(', ')})
SELECT s.id, ${SET_COLUMNS.map(([, column]) => `s.${column}`).join(', ')}
  FROM json_to_recordset(${json}::json) AS s(id text, ${SET_COLUMNS.map(([, column]) => `${column} text[]`).join(', ')})
ON CONFLICT (id) DO NOTHING`;
}

/** A row's place in the chain once appended: the number of its last record, and its hash. */
export interface ChainLink {
  seq: number;
  hash: string;
}

/** Rows placed in the chain (their links), and the same as COPY text. */
export interface ChainedBatch {
  links: ChainLink[];
  copy: string;
}

/** Inserts chained rows (the caller owns the log: bench/fill-log.ts), the decision sets they name first. */
export async function insertRecords(client: ClientBase, sets: readonly DecisionSet[], copy: string): Promise<void> {
  // In id order, so that two writers storing the same sets take their locks alike.
  await client.query(insertSets('$1'), [setsJson([...sets].sort((a, b) => (a.id < b.id ? -1 : 1)))]);
  await copyRecords(client, [copy]);
}

/**
 * Streams the COPY text chunk by chunk. The chunks may be produced lazily (appendRecords hashes
 * each as it is pulled), and the event loop gets a turn after each, so the database works on one
 * chunk while the hub prepares the next.
 */
async function copyRecords(client: ClientBase, chunks: Iterable<string>): Promise<void> {
  const copy = client.query(copyFrom(COPY_RECORDS));
  const done = finished(copy);
  done.catch(() => undefined); // awaited below; a failure meanwhile must not count as unhandled
  for (const chunk of chunks) {
    if (!copy.write(chunk)) await Promise.race([once(copy, 'drain'), done]);
    else await setImmediate();
  }
  copy.end();
  await done;
}

export interface AppendResult {
  range: ChainRange;
  checkpoint?: Checkpoint;
}

interface Head {
  now: Date;
  seq: number;
  hash: string;
}

/** Runs `work` holding the chain lock, with the current head; commits, or rolls back on error. */
async function underChainLock<T>(pool: Pool, work: (client: PoolClient, head: Head) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const results = (await client.query(LOCK_AND_READ_HEAD)) as unknown as { rows: { now: Date; seq: string | null; hash: string | null }[] }[];
    const row = results[results.length - 1].rows[0];
    const result = await work(client, { now: row.now, seq: row.seq === null ? 0 : Number(row.seq), hash: row.hash ?? GENESIS_HASH });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = error as Error;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    // A client whose transaction failed is discarded rather than reused.
    client.release(broken);
  }
}

/**
 * The append hashed in the database — a process's first, one whose head moved or whose lock was
 * taken, and every one-off append: audit.append_runs (migration audit/20261210010000) numbers and
 * hashes the batch's runs (runs.ts) under the chain lock, one row each, in the canonical form
 * verification recomputes.
 * One statement in autocommit, its values bound as parameters of a prepared statement: one round
 * trip, the lock released at the implicit commit, nothing in the hub while it is held. The
 * writer's connections carry a statement timeout (openAuditPool), so a stuck database fails the
 * append — and closes the response — rather than hanging the request.
 */
const APPEND = {
  name: 'tsunagu.audit.append_runs',
  // Of the batch's rows only the last and those a checkpoint is due at (`due`: their records pass
  // a multiple of $9 = AUDIT_CHECKPOINT_EVERY) come back.
  // And the database's clock after the rows' time, for the hub's next hashed append (chain-head.ts).
  text: `SELECT seq, last_seq, hash, due, clock_timestamp() AS database_now FROM (
    SELECT a.seq, a.last_seq, a.hash, a.last_seq = max(a.last_seq) OVER () AS last, a.last_seq / $9 > (a.seq - 1) / $9 AS due
      FROM audit.append_runs($1::json, $2::json, $3::int[], $4::int[], $5::int[], $6::text[], $7::json, $8::json) AS a
  ) AS appended WHERE last OR due ORDER BY seq`,
};

/** Where a batch went in the chain: its first and last record (an unbroken run). */
export interface ChainRange {
  first: number;
  last: number;
}

/** What this process remembers between appends (the hub's log; one-off appends have none of it). */
export interface WriterMemory {
  /** Checkpoints signed after earlier appends, stored by this one's statement (carried-checkpoints.ts). */
  carried?: CarriedCheckpoints;
  /** Decision sets seen committed, sent by id alone (stored-sets.ts). */
  stored?: StoredSets;
  /** The head this process last wrote: the runs are hashed here, after it (hashed-append.ts). */
  head?: ChainHead;
}

/**
 * Places the drafts after the current head in one statement, and signs a checkpoint where a row
 * passes a multiple of `checkpointEvery`. With a `head` (the hub's log), the runs are hashed here
 * and the database only checks the head they follow (hashed-append.ts); should that not be the head
 * any more, or the chain lock be taken, or without a head (a process's first append, and one-off
 * appends: commands, imports), the database numbers and hashes them (APPEND, audit.append_runs).
 * With `carried`, the checkpoints of earlier appends are stored by this statement and this one's
 * wait for the next; without, they are stored at once. With `stored`, a decision set seen committed goes by its id alone; if the
 * database no longer holds it, the statement fails as a whole and is sent again with every set whole.
 */
export async function appendRecords(db: Queryable, drafts: RecordDraft[], signer: CheckpointSigner, checkpointEvery: number, memory: WriterMemory = {}): Promise<AppendResult> {
  if (drafts.length === 0) throw new Error('appendRecords: no records to append');
  const { carried, stored, head } = memory;
  const riding = carried?.take() ?? [];
  const append = async (known?: StoredSets): Promise<{ rows: AppendedRow[]; sets: DecisionSet[] }> => {
    if (head?.current) {
      const appended = await appendHashed(db, drafts, riding, checkpointEvery, head, known);
      if (appended) return appended;
    }
    const { databaseNow, ...appended } = await appendRuns(db, drafts, riding, checkpointEvery, known);
    const last = appended.rows[appended.rows.length - 1];
    // The rows' time is the database's, at most databaseNow: the next rows are dated no earlier.
    head?.clockFrom(databaseNow);
    head?.advance({ seq: last.lastSeq, hash: last.hash, at: databaseNow });
    return appended;
  };
  let rows: AppendedRow[];
  try {
    let sets: DecisionSet[];
    try {
      ({ rows, sets } = await append(stored));
    } catch (error) {
      if (!stored || (error as { code?: string }).code !== UNKNOWN_SET_STATE) throw error;
      stored.forget();
      ({ rows, sets } = await append());
    }
    stored?.add(sets.map((set) => set.id));
  } catch (error) {
    // Whether a failed statement committed is not always known (a connection lost at COMMIT).
    head?.forget();
    carried?.carry(riding);
    throw error;
  }
  const last = rows[rows.length - 1].lastSeq;
  // A checkpoint at the end of every row whose records pass a multiple of checkpointEvery — a
  // checkpoint vouches for whole rows — signed after the commit, outside the lock.
  const due = rows.filter((row) => row.due).map((row) => signCheckpoint(signer, row.lastSeq, row.hash, new Date()));
  if (carried) carried.carry(due);
  else await storeCheckpoints(db, due);
  return { range: { first: last - drafts.length + 1, last }, checkpoint: due.at(-1) };
}

/** The append hashed in the database (APPEND); of its rows, the last and those a checkpoint is due at. */
async function appendRuns(db: Queryable, drafts: RecordDraft[], riding: readonly Checkpoint[], checkpointEvery: number, stored?: StoredSets): Promise<{ rows: AppendedRow[]; sets: DecisionSet[]; databaseNow: Date }> {
  const { values, sets } = batchValues(drafts, stored);
  // A connection whose statement fails is discarded (pg-pool; AppendConnection).
  const { rows } = await db.query<{ last_seq: string; hash: string; due: boolean; database_now: Date }>({ ...APPEND, values: [...values, checkpointsJson(riding), checkpointEvery] });
  return { rows: rows.map((row) => ({ lastSeq: Number(row.last_seq), hash: row.hash, due: row.due })), sets, databaseNow: rows[0].database_now };
}

/** The batch as append_runs takes it (batch.ts), the subjects of all runs in order and each run's length beside. */
function batchValues(drafts: RecordDraft[], stored?: StoredSets): { values: unknown[]; sets: DecisionSet[] } {
  const batch = numberedBatch(drafts);
  const runLengths = batch.runs.map((run) => run.subjects.length);
  const subjects = batch.runs.flatMap((run) => run.subjects);
  return {
    values: [setsJson(batch.sets, stored), batch.headersJson, arrayLiteral(batch.runHeaders), arrayLiteral(batch.runSets), arrayLiteral(runLengths), arrayLiteral(subjects), batch.basisIdsJson],
    sets: batch.sets,
  };
}

/** Stores checkpoints in one statement however many; one already there (an on-demand checkpoint at the same record) is kept. */
export async function storeCheckpoints(db: Queryable, checkpoints: Checkpoint[]): Promise<void> {
  if (checkpoints.length === 0) return;
  const rows = checkpoints.map((_, i) => `($${5 * i + 1}, $${5 * i + 2}, $${5 * i + 3}, $${5 * i + 4}, $${5 * i + 5})`);
  await db.query({
    text: `INSERT INTO audit.checkpoint (seq, hash, created_at, key_id, signature) VALUES ${rows.join(', ')} ON CONFLICT (seq) DO NOTHING`,
    values: checkpoints.flatMap((c) => [c.seq, c.hash, c.createdAt, c.keyId, c.signature]),
  });
}

/** A checkpoint at the current head (on demand); the existing one when the head already has one. */
export async function checkpointHead(pool: Pool, signer: CheckpointSigner): Promise<Checkpoint | undefined> {
  return underChainLock(pool, async (client, head) => {
    if (head.seq === 0) return undefined;
    const existing = await client.query('SELECT seq, hash, created_at, key_id, signature FROM audit.checkpoint WHERE seq = $1', [head.seq]);
    if (existing.rows.length > 0) return checkpointFromRow(existing.rows[0]);
    const checkpoint = signCheckpoint(signer, head.seq, head.hash, head.now);
    await storeCheckpoints(client, [checkpoint]);
    return checkpoint;
  });
}

export function checkpointFromRow(r: { seq: string; hash: string; created_at: Date; key_id: string; signature: string }): Checkpoint {
  return { seq: Number(r.seq), hash: r.hash, createdAt: r.created_at, keyId: r.key_id, signature: r.signature };
}

/** The drafts' runs numbered and hashed after `head` (format 4), each row naming its predecessor's hash. */
export function chainAfter(head: { seq: number; hash: string; now: Date }, drafts: RecordDraft[], sets = new DecisionSets()): ChainedBatch {
  const recordedAt = copyField(head.now);
  let copy = '';
  const links = chainRuns(head, head.now, runsOf(drafts, sets)).map(({ run, seq, prevHash, content, hash }): ChainLink => {
    const ids = content[HEADER_COLUMNS.length + 1];
    const basisIds = ids === 'null' ? '\\N' : copyArray(ids, () => run.basisIds!);
    const header = HEADER_COLUMNS.map(([key]) => (key === 'subject' ? '\\N' : copyField(run.draft[key])));
    // A row as one line of COPY text, its columns in the order of STORED.
    copy += `${seq}\t${recordedAt}\t${header.join('\t')}\t${FORMAT}\t${copyField(run.subjects)}\t${run.set.id}\t${basisIds}\t${copyField(run.set.hasDenial)}\t${copyField(run.set.hasExceptionalBasis)}\t${prevHash}\t${hash}\n`;
    return { seq: seq + run.subjects.length - 1, hash };
  });
  return { links, copy };
}
