import type { Pool, PoolClient } from 'pg';
import { type Checkpoint, signCheckpoint } from './checkpoint';
import { GENESIS_HASH, recordHash } from './chain-hash';
import { HEADER_COLUMNS, ITEM_COLUMNS, storedItemValue } from './columns';
import type { ChainedRecord, RecordDraft } from './entry';
import { sharedReasons } from './reason-texts';
import type { CheckpointSigner } from './signing-key';

/**
 * Appends serialise on one transaction-scoped advisory lock, so that every hub process writing to
 * the audit database extends the same single chain. The lock is released at COMMIT or ROLLBACK, and
 * the statement timeout turns a stuck database into a failed write (and so a closed response)
 * rather than a hung request.
 */
const LOCK_AND_READ_HEAD = `BEGIN;
SET LOCAL statement_timeout = '10s';
SELECT pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
SELECT clock_timestamp() AS now, head.seq, head.hash
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (SELECT seq, hash FROM audit.access_log_record ORDER BY seq DESC LIMIT 1) AS head ON true;`;

const STORED = [...HEADER_COLUMNS.map(([, column]) => column), ...ITEM_COLUMNS.map(([, column]) => column)];
const ARRAYS = new Set(ITEM_COLUMNS.map(([, column]) => column));
const typeOf = (column: string) => (column === 'withheld_from_subject' ? 'bool' : ARRAYS.has(column) ? 'text[]' : 'text');

/**
 * One statement for the whole batch: the records travel as one JSON parameter, which PostgreSQL
 * unpacks into rows (JSON arrays into text[] columns), and the shared reasons they name as another,
 * inserted unless already stored.
 */
const INSERT_RECORDS = `WITH texts AS (
  INSERT INTO audit.reason_text (id, en, ja)
  SELECT t.id, t.en, t.ja FROM json_to_recordset($2::json) AS t(id text, en text, ja text)
  ON CONFLICT (id) DO NOTHING
)
INSERT INTO audit.access_log_record (seq, recorded_at, ${STORED.join(', ')}, prev_hash, hash)
SELECT r.seq, r.recorded_at, ${STORED.map((c) => `r.${c}`).join(', ')}, r.prev_hash, r.hash
FROM json_to_recordset($1::json) AS r(seq int8, recorded_at timestamptz, ${STORED.map((c) => `${c} ${typeOf(c)}`).join(', ')}, prev_hash text, hash text)`;

/** Inserts chained records in one statement (the caller holds the chain lock or owns the log). */
export function insertRecords(client: Pick<PoolClient, 'query'>, records: ChainedRecord[]): Promise<unknown> {
  const texts = sharedReasons(records.flatMap((record) => record.items));
  return client.query(INSERT_RECORDS, [JSON.stringify(records.map(storedRow)), JSON.stringify(texts)]);
}

const INSERT_CHECKPOINT = 'INSERT INTO audit.checkpoint (seq, hash, created_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)';

export interface AppendResult {
  records: ChainedRecord[];
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

/** Places the drafts after the current head, inserts them in one statement and checkpoints every N records. */
export async function appendRecords(pool: Pool, drafts: RecordDraft[], signer: CheckpointSigner, checkpointEvery: number): Promise<AppendResult> {
  if (drafts.length === 0) return { records: [] };
  return underChainLock(pool, async (client, head) => {
    const records = chainAfter(head, drafts);
    await insertRecords(client, records);
    const last = records[records.length - 1];
    let checkpoint: Checkpoint | undefined;
    if (Math.floor(last.seq / checkpointEvery) > Math.floor(head.seq / checkpointEvery)) {
      checkpoint = signCheckpoint(signer, last.seq, last.hash, head.now);
      await insertCheckpoint(client, checkpoint);
    }
    return { records, checkpoint };
  });
}

/** A checkpoint at the current head (on demand); the existing one when the head already has one. */
export async function checkpointHead(pool: Pool, signer: CheckpointSigner): Promise<Checkpoint | undefined> {
  return underChainLock(pool, async (client, head) => {
    if (head.seq === 0) return undefined;
    const existing = await client.query('SELECT seq, hash, created_at, key_id, signature FROM audit.checkpoint WHERE seq = $1', [head.seq]);
    if (existing.rows.length > 0) return checkpointFromRow(existing.rows[0]);
    const checkpoint = signCheckpoint(signer, head.seq, head.hash, head.now);
    await insertCheckpoint(client, checkpoint);
    return checkpoint;
  });
}

export function checkpointFromRow(r: { seq: string; hash: string; created_at: Date; key_id: string; signature: string }): Checkpoint {
  return { seq: Number(r.seq), hash: r.hash, createdAt: r.created_at, keyId: r.key_id, signature: r.signature };
}

function insertCheckpoint(client: PoolClient, c: Checkpoint) {
  return client.query(INSERT_CHECKPOINT, [c.seq, c.hash, c.createdAt, c.keyId, c.signature]);
}

/** The drafts numbered and hashed after `head`, each naming its predecessor's hash. */
export function chainAfter(head: { seq: number; hash: string; now: Date }, drafts: RecordDraft[]): ChainedRecord[] {
  let prevHash = head.hash;
  return drafts.map((draft, i) => {
    const unhashed = { ...draft, seq: head.seq + i + 1, recordedAt: head.now, prevHash };
    const record = { ...unhashed, hash: recordHash(unhashed) };
    prevHash = record.hash;
    return record;
  });
}

/** A record as one object of the INSERT's JSON parameter, keyed by stored column. */
function storedRow(record: ChainedRecord): Record<string, unknown> {
  const row: Record<string, unknown> = { seq: record.seq, recorded_at: record.recordedAt.toISOString(), prev_hash: record.prevHash, hash: record.hash };
  for (const [key, column] of HEADER_COLUMNS) row[column] = record[key];
  for (const [key, column] of ITEM_COLUMNS) row[column] = record.items.map((item) => storedItemValue(item, key));
  return row;
}
