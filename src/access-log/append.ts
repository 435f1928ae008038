import type { Pool, PoolClient } from 'pg';
import { type Checkpoint, signCheckpoint } from './checkpoint';
import { entryHash, GENESIS_HASH } from './chain-hash';
import type { ChainedEntry, EntryDraft } from './entry';
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
  LEFT JOIN LATERAL (SELECT seq, hash FROM audit.access_log_entry ORDER BY seq DESC LIMIT 1) AS head ON true;`;

/** One statement for the whole batch: each column travels as one array parameter. */
const INSERT_ENTRIES = `INSERT INTO audit.access_log_entry
  (seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
   subject, category, holder, fields, decision, basis, basis_record_id, citation, citation_ja, reason, reason_ja,
   withheld_from_subject, prev_hash, hash)
SELECT u.seq, $2, u.request_id, u.action, u.operation, u.actor_code, u.actor_role, u.unit_code, u.organisation_code, u.purpose,
   u.subject, u.category, u.holder, u.fields::text[], u.decision, u.basis, u.basis_record_id, u.citation, u.citation_ja, u.reason, u.reason_ja,
   u.withheld_from_subject, u.prev_hash, u.hash
FROM unnest($1::int8[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
            $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[],
            $20::text[], $21::text[], $22::bool[], $23::text[], $24::text[])
  AS u(seq, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
       subject, category, holder, fields, decision, basis, basis_record_id, citation, citation_ja, reason, reason_ja,
       withheld_from_subject, prev_hash, hash)`;

const INSERT_CHECKPOINT = 'INSERT INTO audit.checkpoint (seq, hash, created_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)';

export interface AppendResult {
  entries: ChainedEntry[];
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

/** Places the drafts after the current head, inserts them in one statement and checkpoints every N entries. */
export async function appendEntries(pool: Pool, drafts: EntryDraft[], signer: CheckpointSigner, checkpointEvery: number): Promise<AppendResult> {
  if (drafts.length === 0) return { entries: [] };
  return underChainLock(pool, async (client, head) => {
    let prevHash = head.hash;
    const entries = drafts.map((draft, i) => {
      const unhashed = { ...draft, seq: head.seq + i + 1, recordedAt: head.now, prevHash };
      const entry = { ...unhashed, hash: entryHash(unhashed) };
      prevHash = entry.hash;
      return entry;
    });
    await client.query(INSERT_ENTRIES, insertParameters(entries, head.now));
    const last = entries[entries.length - 1];
    let checkpoint: Checkpoint | undefined;
    if (Math.floor(last.seq / checkpointEvery) > Math.floor(head.seq / checkpointEvery)) {
      checkpoint = signCheckpoint(signer, last.seq, last.hash, head.now);
      await insertCheckpoint(client, checkpoint);
    }
    return { entries, checkpoint };
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

function insertParameters(entries: ChainedEntry[], recordedAt: Date): unknown[] {
  const column = <K extends keyof ChainedEntry>(key: K) => entries.map((e) => e[key]);
  return [
    column('seq'),
    recordedAt,
    column('requestId'),
    column('action'),
    column('operation'),
    column('actorCode'),
    column('actorRole'),
    column('unitCode'),
    column('organisationCode'),
    column('purpose'),
    column('subject'),
    column('category'),
    column('holder'),
    entries.map((e) => arrayLiteral(e.fields)),
    column('decision'),
    column('basis'),
    column('basisRecordId'),
    column('citation'),
    column('citationJa'),
    column('reason'),
    column('reasonJa'),
    column('withheldFromSubject'),
    column('prevHash'),
    column('hash'),
  ];
}

/** A PostgreSQL array literal, so that a ragged list of field lists fits in one text[] parameter. */
function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}
