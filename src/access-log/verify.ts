import type { Pool } from 'pg';
import { checkpointFromRow } from './append';
import { type Checkpoint, checkpointSignatureValid } from './checkpoint';
import { GENESIS_HASH, lastSeqSql, RECORD_HASH_SQL } from './chain-hash';
import { SET_ID_SQL } from './decision-set';
import type { TrustedKey } from './signing-key';

export enum ChainProblem {
  /** A record is absent: the sequence has a gap (deleted). */
  MISSING = 'MISSING',
  /** A row does not name its predecessor's hash, or overlaps it (reordered, inserted, or removed and renumbered). */
  BROKEN_LINK = 'BROKEN_LINK',
  /** A row's content no longer matches its hash (edited). */
  ALTERED = 'ALTERED',
  /** The decision set a row names (audit.decision_set) was edited or removed. */
  DECISION_SET_ALTERED = 'DECISION_SET_ALTERED',
  /** The chain is self-consistent but disagrees with a signed checkpoint (rewritten with new hashes). */
  REWRITTEN = 'REWRITTEN',
  /** A checkpoint's signature is invalid or made with an untrusted key. */
  CHECKPOINT_INVALID = 'CHECKPOINT_INVALID',
  /** A checkpoint vouches for records that are no longer there (the tail was cut off). */
  TRUNCATED = 'TRUNCATED',
}

export interface FirstBad {
  seq: number;
  problem: ChainProblem;
  detail: string;
}

export interface Verification {
  intact: boolean;
  fromSeq: number;
  toSeq: number;
  /** The last record in the log when verification started. */
  headSeq: number;
  checkedRecords: number;
  checkedCheckpoints: number;
  latestCheckpoint: Checkpoint | null;
  /** Records after the latest checkpoint: a truncation among them would go unnoticed. */
  recordsAfterLatestCheckpoint: number;
  firstBad: FirstBad | null;
  durationMs: number;
}

export interface VerifyOptions {
  fromSeq?: number;
  toSeq?: number;
  trustedKeys: TrustedKey[];
  /** Checkpoints kept outside the database (e.g. printed by `npm run log:checkpoint`). */
  externalCheckpoints?: Checkpoint[];
  /** Records per chunk; chunks are checked in parallel on separate connections. */
  chunkSize?: number;
  parallelism?: number;
  onProgress?: (checked: number, total: number) => void;
}

/** Decision sets whose content no longer matches their id (checked once per verification). */
const ALTERED_SETS = `SELECT id FROM audit.decision_set WHERE id IS DISTINCT FROM ${SET_ID_SQL}`;

/**
 * The first row starting in [$1, $2] that is wrong, judged with the row before it (fetched too,
 * however far back it starts), so that links across chunk boundaries are checked; and the row after
 * the chunk, so that records missing at its end show up here (the caller keeps only faults within
 * the chunk). Rows are numbered by their first record: each must start where its predecessor ends. The hash is
 * recomputed by the database from the stored columns (RECORD_HASH_SQL), so only the failing row,
 * if any, travels. A row whose decision set is gone or altered ($4) is as wrong as an altered row.
 */
const FIRST_FAULT = `
SELECT seq, prev_hash, hash, computed, before_last, before_hash, set_sound FROM (
  SELECT r.seq, r.prev_hash, r.hash, ${RECORD_HASH_SQL} AS computed,
         lag(${lastSeqSql('r')}) OVER (ORDER BY r.seq) AS before_last, lag(r.hash) OVER (ORDER BY r.seq) AS before_hash,
         s.id IS NOT NULL AND s.id <> ALL ($4::text[]) AS set_sound
    FROM (SELECT * FROM audit.access_log_record WHERE seq >= $1 AND seq <= $2
          UNION ALL
          (SELECT * FROM audit.access_log_record WHERE seq < $1 ORDER BY seq DESC LIMIT 1)
          UNION ALL
          (SELECT * FROM audit.access_log_record WHERE seq > $2 ORDER BY seq LIMIT 1)) r
    LEFT JOIN audit.decision_set s ON s.id = r.decision_set
) w
WHERE seq >= $1
  AND (coalesce(before_last, 0) <> seq - 1 OR prev_hash IS DISTINCT FROM coalesce(before_hash, $3) OR computed <> hash OR NOT set_sound)
ORDER BY seq
LIMIT 1`;

interface FaultRow {
  seq: string;
  prev_hash: string;
  hash: string;
  computed: string;
  before_last: string | null;
  before_hash: string | null;
  set_sound: boolean;
}

/** The number of the log's last record. */
export async function headSeqOf(pool: Pool): Promise<number> {
  const head = await pool.query<{ seq: string }>(`SELECT ${lastSeqSql('l')} AS seq FROM audit.access_log_record l ORDER BY l.seq DESC LIMIT 1`);
  return Number(head.rows[0]?.seq ?? 0);
}

/**
 * Recomputes the chain over a range of records and checks every checkpoint against it, reporting
 * the first bad record. The range is cut into chunks checked in parallel, each by one query that
 * recomputes every hash in the database and returns only the first fault.
 */
export async function verifyChain(pool: Pool, options: VerifyOptions): Promise<Verification> {
  const started = performance.now();
  const headSeq = await headSeqOf(pool);
  const fromSeq = Math.max(1, options.fromSeq ?? 1);
  const toSeq = Math.min(options.toSeq ?? headSeq, headSeq);
  const stored = await pool.query('SELECT seq, hash, created_at, key_id, signature FROM audit.checkpoint ORDER BY seq');
  const databaseCheckpoints = stored.rows.map(checkpointFromRow);
  const latestCheckpoint = databaseCheckpoints.at(-1) ?? null;
  const checkpoints = [...databaseCheckpoints, ...(options.externalCheckpoints ?? [])].filter((c) => c.seq >= fromSeq).sort((a, b) => a.seq - b.seq);

  const entryFault = fromSeq <= toSeq ? await firstEntryFault(pool, fromSeq, toSeq, options) : null;
  const checkedUpTo = entryFault ? entryFault.seq - 1 : toSeq;
  const { fault: checkpointFault, checked } = await checkpointFaults(pool, checkpoints, fromSeq, checkedUpTo, options.trustedKeys);
  let firstBad: FirstBad | null = [entryFault, checkpointFault].filter((f): f is FirstBad => f !== null).sort((a, b) => a.seq - b.seq)[0] ?? null;
  if (!firstBad && toSeq === headSeq) firstBad = truncation(checkpoints, headSeq, options.trustedKeys);

  return {
    intact: firstBad === null,
    fromSeq,
    toSeq,
    headSeq,
    checkedRecords: Math.max(0, (firstBad ? Math.min(firstBad.seq - 1, toSeq) : toSeq) - fromSeq + 1),
    checkedCheckpoints: checked,
    latestCheckpoint,
    recordsAfterLatestCheckpoint: headSeq - (latestCheckpoint?.seq ?? 0),
    firstBad,
    durationMs: Math.round(performance.now() - started),
  };
}

async function firstEntryFault(pool: Pool, fromSeq: number, toSeq: number, options: VerifyOptions): Promise<FirstBad | null> {
  const chunkSize = options.chunkSize ?? 20_000;
  // From the row holding record fromSeq: a row is checked whole.
  const fromRow = Number((await pool.query('SELECT coalesce(max(seq), 1) AS seq FROM audit.access_log_record WHERE seq <= $1', [fromSeq])).rows[0].seq);
  const starts: number[] = [];
  for (let start = fromRow; start <= toSeq; start += chunkSize) starts.push(start);
  const alteredSets = (await pool.query<{ id: string }>(ALTERED_SETS)).rows.map((row) => row.id);
  const faults: (FirstBad | null)[] = starts.map(() => null);
  let next = 0;
  let checked = 0;
  let firstFaulty = Infinity;
  const worker = async () => {
    for (let index = next++; index < starts.length && index < firstFaulty; index = next++) {
      const start = starts[index];
      const end = Math.min(start + chunkSize - 1, toSeq);
      const result = await pool.query<FaultRow>(FIRST_FAULT, [start, end, GENESIS_HASH, alteredSets]);
      const fault = result.rows[0] ? await describeFault(pool, result.rows[0], fromSeq) : null;
      if (fault && fault.seq <= end) {
        faults[index] = fault;
        firstFaulty = Math.min(firstFaulty, index);
      }
      checked += end - start + 1;
      options.onProgress?.(Math.min(checked, toSeq - fromSeq + 1), toSeq - fromSeq + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallelism ?? 4, starts.length) }, worker));
  return faults.find((f) => f !== null) ?? null;
}

async function describeFault(pool: Pool, row: FaultRow, fromSeq: number): Promise<FirstBad> {
  const seq = Number(row.seq);
  const beforeLast = row.before_last === null ? null : Number(row.before_last);
  if ((beforeLast ?? 0) < seq - 1) {
    // Without a predecessor in the window, look for the last record before the gap.
    const last = beforeLast ?? Number((await pool.query(`SELECT ${lastSeqSql('l')} AS seq FROM audit.access_log_record l WHERE l.seq < $1 ORDER BY l.seq DESC LIMIT 1`, [seq])).rows[0]?.seq ?? 0);
    const missing = Math.max(last + 1, fromSeq - 1);
    return { seq: missing, problem: ChainProblem.MISSING, detail: `Record ${missing} is missing; the next record present is ${seq}.` };
  }
  if (beforeLast !== null && beforeLast > seq - 1) {
    return {
      seq,
      problem: ChainProblem.BROKEN_LINK,
      detail: `Record ${seq} is numbered within the row before it, which ends at record ${beforeLast}: records were inserted or renumbered.`,
    };
  }
  if (row.prev_hash !== (row.before_hash ?? GENESIS_HASH)) {
    return {
      seq,
      problem: ChainProblem.BROKEN_LINK,
      detail: `Record ${seq} does not follow record ${seq - 1}: records were reordered, inserted, or removed and renumbered.`,
    };
  }
  if (row.computed === row.hash && !row.set_sound) {
    return { seq, problem: ChainProblem.DECISION_SET_ALTERED, detail: `The decision set that record ${seq} names was changed or removed after it was written.` };
  }
  return { seq, problem: ChainProblem.ALTERED, detail: `Record ${seq} was changed after it was written: its content no longer matches its hash.` };
}

/**
 * Checkpoints within the verified part of the range: each must carry a trusted signature and the
 * stored hash of its record (which the chain check has just vouched for).
 */
async function checkpointFaults(pool: Pool, checkpoints: Checkpoint[], fromSeq: number, upTo: number, trusted: TrustedKey[]) {
  const inRange = checkpoints.filter((c) => c.seq <= upTo);
  const hashes = new Map<number, string>();
  if (inRange.length > 0) {
    // The row ending at each checkpoint's record: a checkpoint vouches for whole rows.
    const result = await pool.query<{ seq: string; hash: string }>(
      `SELECT c.seq, r.hash FROM unnest($1::int8[]) AS c(seq)
         JOIN LATERAL (SELECT l.hash, ${lastSeqSql('l')} AS last FROM audit.access_log_record l WHERE l.seq <= c.seq ORDER BY l.seq DESC LIMIT 1) AS r ON r.last = c.seq`,
      [inRange.map((c) => c.seq)],
    );
    for (const row of result.rows) hashes.set(Number(row.seq), row.hash);
  }
  let lastGood = fromSeq - 1;
  let checked = 0;
  for (const checkpoint of inRange) {
    if (!checkpointSignatureValid(checkpoint, trusted)) return { fault: invalidCheckpoint(checkpoint), checked };
    if (hashes.get(checkpoint.seq) !== checkpoint.hash) {
      return {
        fault: {
          seq: lastGood + 1,
          problem: ChainProblem.REWRITTEN,
          detail: `The records up to ${checkpoint.seq} hash consistently but not to the value signed at ${checkpoint.createdAt.toISOString()}: the chain from record ${lastGood + 1} on was rewritten.`,
        },
        checked,
      };
    }
    checked++;
    lastGood = checkpoint.seq;
  }
  return { fault: null, checked };
}

function truncation(checkpoints: Checkpoint[], headSeq: number, trusted: TrustedKey[]): FirstBad | null {
  const beyond = checkpoints.find((c) => c.seq > headSeq);
  if (!beyond) return null;
  if (!checkpointSignatureValid(beyond, trusted)) return invalidCheckpoint(beyond);
  return {
    seq: headSeq + 1,
    problem: ChainProblem.TRUNCATED,
    detail: `A checkpoint signed at ${beyond.createdAt.toISOString()} vouches for ${beyond.seq} records, but the log ends at record ${headSeq}.`,
  };
}

function invalidCheckpoint(checkpoint: Checkpoint): FirstBad {
  return {
    seq: checkpoint.seq,
    problem: ChainProblem.CHECKPOINT_INVALID,
    detail: `The checkpoint at record ${checkpoint.seq} is not signed by a trusted key (key id ${checkpoint.keyId}).`,
  };
}
