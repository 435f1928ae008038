import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { setImmediate } from 'node:timers/promises';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CarriedCheckpoints } from './carried-checkpoints';
import { type Checkpoint, signCheckpoint } from './checkpoint';
import { basisRecordIds, contentColumns, GENESIS_HASH, hashAt, RECORD_COLUMNS } from './chain-hash';
import { HEADER_COLUMNS, SET_COLUMNS } from './columns';
import { copyArray, copyField } from './copy-format';
import { arrayLiteral } from '../db/array-literal';
import { type DecisionSet, DecisionSets } from './decision-set';
import type { RecordDraft } from './entry';
import type { CheckpointSigner } from './signing-key';
import { type StoredSets, UNKNOWN_SET_STATE } from './stored-sets';

/**
 * The chain lock: every hub process writing to the audit database extends the same single chain,
 * so appends (audit.append_batch takes the same lock) and on-demand checkpoints serialise on one
 * transaction-scoped advisory lock, released at COMMIT or ROLLBACK.
 */
const LOCK_AND_READ_HEAD = `BEGIN;
SET LOCAL statement_timeout = '10s';
SELECT pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
SELECT clock_timestamp() AS now, head.seq, head.hash
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (SELECT seq, hash FROM audit.access_log_record ORDER BY seq DESC LIMIT 1) AS head ON true;`;

const STORED = ['seq', 'recorded_at', ...HEADER_COLUMNS.map(([, column]) => column), ...RECORD_COLUMNS, 'prev_hash', 'hash'];

/** The batch's records, streamed in COPY text format (copy-format.ts). */
const COPY_RECORDS = `COPY audit.access_log_record (${STORED.join(', ')}) FROM STDIN`;

/** The decision sets the records name (JSON: `json`), unless already stored (their id is their content's hash). */
function insertSets(json: string): string {
  return `INSERT INTO audit.decision_set (id, ${SET_COLUMNS.map(([, column]) => column).join(', ')})
SELECT s.id, ${SET_COLUMNS.map(([, column]) => `s.${column}`).join(', ')}
  FROM json_to_recordset(${json}::json) AS s(id text, ${SET_COLUMNS.map(([, column]) => `${column} text[]`).join(', ')})
ON CONFLICT (id) DO NOTHING`;
}

/** A record's place in the chain once appended: its number and its hash. */
export interface ChainLink {
  seq: number;
  hash: string;
}

/** Records placed in the chain (their links), and the same as COPY text. */
export interface ChainedBatch {
  links: ChainLink[];
  copy: string;
}

/** Inserts chained records (the caller owns the log: bench/fill-log.ts), the decision sets they name first. */
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
 * The append: audit.append_batch (migrations audit/20261206020000 … 20261209010000) numbers and
 * hashes the records under the chain lock, in the canonical form verification recomputes. One
 * statement in autocommit, its values bound as parameters of a prepared statement: one round trip,
 * the lock released at the implicit commit, nothing in the hub while it is held. The writer's
 * connections carry a statement timeout (openAuditPool), so a stuck database fails the append — and
 * closes the response — rather than hanging the request.
 */
const APPEND = {
  name: 'tsunagu.audit.append_batch',
  // Of the batch's links only those a checkpoint needs ($8 = AUDIT_CHECKPOINT_EVERY) and the last
  // come back: a 5,000-record append returned 5,000 rows the hub did not use.
  text: `SELECT seq, hash FROM (
    SELECT a.seq, a.hash, a.seq = max(a.seq) OVER () AS last
      FROM audit.append_batch($1::json, $2::json, $3::int[], $4::text[], $5::int[], $6::json, $7::json) AS a
  ) AS appended WHERE last OR seq % $8 = 0 ORDER BY seq`,
};

/** Where a batch went in the chain: its first and last record (an unbroken run). */
export interface ChainRange {
  first: number;
  last: number;
}

/**
 * Places the drafts after the current head in one statement (APPEND), and signs a checkpoint at
 * each multiple of `checkpointEvery` the batch reaches. With `carried` (the hub's log), the
 * checkpoints of earlier appends are stored by this statement and this one's wait for the next
 * (carried-checkpoints.ts); without (one-off appends: commands, imports), they are stored at once.
 * With `stored` (the hub's log), a decision set seen committed goes by its id alone; if the database
 * no longer holds it, the statement fails as a whole and is sent again with every set whole.
 */
export async function appendRecords(
  pool: Pool,
  drafts: RecordDraft[],
  signer: CheckpointSigner,
  checkpointEvery: number,
  carried?: CarriedCheckpoints,
  stored?: StoredSets,
): Promise<AppendResult> {
  if (drafts.length === 0) throw new Error('appendRecords: no records to append');
  const riding = carried?.take() ?? [];
  const append = (known?: StoredSets) => {
    const { values, sets } = batchValues(drafts, known);
    // pg-pool discards the connection if the statement fails.
    return pool.query<{ seq: string; hash: string }>({ ...APPEND, values: [...values, checkpointsJson(riding), checkpointEvery] }).then(({ rows }) => ({ rows, sets }));
  };
  let rows: { seq: string; hash: string }[];
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
    carried?.carry(riding);
    throw error;
  }
  const last = Number(rows[rows.length - 1].seq);
  // A checkpoint at every multiple of checkpointEvery the batch reached — one for each, even when a
  // group of requests carries the chain past two at once — signed after the commit, outside the lock.
  const due = rows.filter((row) => Number(row.seq) % checkpointEvery === 0).map((row) => signCheckpoint(signer, Number(row.seq), row.hash, new Date()));
  if (carried) carried.carry(due);
  else await storeCheckpoints(pool, due);
  return { range: { first: last - drafts.length + 1, last }, checkpoint: due.at(-1) };
}

/**
 * The batch as append_batch takes it. A request's records differ only in subject, decision set and
 * basis record ids, so what they share goes once: the distinct headers and sets as JSON; per
 * record the number (from 1) of its header and of its set, and its subject; the basis record ids
 * of the few records that have any, keyed by the record's index. Exported for the append's own
 * benchmark (bench/append-function.ts), which sends exactly this.
 */
export function batchValues(drafts: RecordDraft[], stored?: StoredSets): { values: unknown[]; sets: DecisionSet[] } {
  const sets = new DecisionSets();
  const setNumbers = new Map<DecisionSet, number>();
  const headers: string[] = [];
  const headerNumbers: number[] = [];
  const subjects: (string | null)[] = [];
  const recordSets: number[] = [];
  const basisIds: Record<number, (string | null)[]> = {};
  let previous: RecordDraft | undefined;
  drafts.forEach((draft, i) => {
    if (!previous || !sameHeader(previous, draft)) headers.push(headerJson(draft));
    previous = draft;
    headerNumbers.push(headers.length);
    subjects.push(draft.subject);
    const set = sets.of(draft.items);
    let number = setNumbers.get(set);
    if (number === undefined) setNumbers.set(set, (number = setNumbers.size + 1));
    recordSets.push(number);
    const ids = basisRecordIds(draft);
    if (ids) basisIds[i] = ids;
  });
  const named = [...setNumbers.keys()];
  return { values: [setsJson(named, stored), `[${headers.join(',')}]`, arrayLiteral(headerNumbers), arrayLiteral(subjects), arrayLiteral(recordSets), JSON.stringify(basisIds)], sets: named };
}

function sameHeader(a: RecordDraft, b: RecordDraft): boolean {
  return HEADER_COLUMNS.every(([key]) => key === 'subject' || a[key] === b[key]);
}

/** A record's header columns but its subject, as the JSON append_batch reads (json_populate_record). */
function headerJson(draft: RecordDraft): string {
  return `{${HEADER_COLUMNS.filter(([key]) => key !== 'subject').map(([key, column]) => `"${column}":${JSON.stringify(draft[key]) ?? 'null'}`).join(',')}}`;
}

/** Stores checkpoints in one statement however many; one already there (an on-demand checkpoint at the same record) is kept. */
export async function storeCheckpoints(db: Pool | ClientBase, checkpoints: Checkpoint[]): Promise<void> {
  if (checkpoints.length === 0) return;
  const rows = checkpoints.map((_, i) => `($${5 * i + 1}, $${5 * i + 2}, $${5 * i + 3}, $${5 * i + 4}, $${5 * i + 5})`);
  await db.query(
    `INSERT INTO audit.checkpoint (seq, hash, created_at, key_id, signature) VALUES ${rows.join(', ')} ON CONFLICT (seq) DO NOTHING`,
    checkpoints.flatMap((c) => [c.seq, c.hash, c.createdAt, c.keyId, c.signature]),
  );
}

/** Checkpoints as the JSON append_batch stores (json_populate_recordset of audit.checkpoint). */
function checkpointsJson(checkpoints: Checkpoint[]): string {
  return JSON.stringify(checkpoints.map((c) => ({ seq: c.seq, hash: c.hash, created_at: c.createdAt.toISOString(), key_id: c.keyId, signature: c.signature })));
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

/** The drafts numbered and hashed after `head`, each naming its predecessor's hash. */
export function chainAfter(head: { seq: number; hash: string; now: Date }, drafts: RecordDraft[], sets = new DecisionSets()): ChainedBatch {
  const headers = new HeaderTexts();
  const recordedAt = copyField(head.now);
  let prevHash = head.hash;
  let copy = '';
  const links = drafts.map((draft, i): ChainLink => {
    const seq = head.seq + i + 1;
    const set = sets.of(draft.items);
    const header = headers.of(draft);
    const content = contentColumns(draft, set, header.json);
    const hash = hashAt({ seq, recordedAt: head.now, prevHash }, content);
    const ids = content[HEADER_COLUMNS.length + 1];
    const basisIds = ids === 'null' ? '\\N' : copyArray(ids, () => basisRecordIds(draft)!);
    // A record as one line of COPY text, its columns in the order of STORED.
    copy += `${seq}\t${recordedAt}\t${header.copy.join('\t')}\t${set.id}\t${basisIds}\t${copyField(set.hasDenial)}\t${copyField(set.hasExceptionalBasis)}\t${prevHash}\t${hash}\n`;
    prevHash = hash;
    return { seq, hash };
  });
  return { links, copy };
}

/**
 * The JSON (for the hash) and COPY text of each header column, recomputed only where the value
 * differs from the previous record's: a request's records differ in their subject alone.
 */
class HeaderTexts {
  private readonly values: unknown[] = [];
  readonly json: string[] = [];
  readonly copy: string[] = [];

  of(draft: RecordDraft): this {
    HEADER_COLUMNS.forEach(([key], j) => {
      const value = draft[key];
      if (j < this.values.length && this.values[j] === value) return;
      this.values[j] = value;
      this.json[j] = JSON.stringify(value) ?? 'null';
      this.copy[j] = copyField(value);
    });
    return this;
  }
}

/**
 * The sets as JSON (insertSets, append_batch): each array column parsed back from its JSON text, and
 * the set's two flags; a set in `stored` by its id and flags alone.
 */
function setsJson(sets: readonly DecisionSet[], stored?: StoredSets): string {
  const columns = SET_COLUMNS.map(([, column]) => JSON.stringify(column));
  const content = (set: DecisionSet) => (stored?.has(set.id) ? '' : `${set.columns.map((text, j) => `${columns[j]}:${text}`).join(',')},`);
  const json = (set: DecisionSet) => `{"id":${JSON.stringify(set.id)},${content(set)}"has_denial":${set.hasDenial},"has_exceptional_basis":${set.hasExceptionalBasis}}`;
  return `[${sets.map(json).join(',')}]`;
}
