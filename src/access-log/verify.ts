import type { Pool } from 'pg';
import { checkpointFromRow } from './append';
import { type Checkpoint, checkpointSignatureValid } from './checkpoint';
import { entryHash, GENESIS_HASH } from './chain-hash';
import { ENTRY_COLUMNS, type EntryRow, entryFromRow } from './rows';
import type { TrustedKey } from './signing-key';

export enum ChainProblem {
  /** An entry is absent: the sequence has a gap (deleted). */
  MISSING = 'MISSING',
  /** An entry does not name its predecessor's hash (reordered, inserted, or removed and renumbered). */
  BROKEN_LINK = 'BROKEN_LINK',
  /** An entry's content no longer matches its hash (edited). */
  ALTERED = 'ALTERED',
  /** The chain is self-consistent but disagrees with a signed checkpoint (rewritten with new hashes). */
  REWRITTEN = 'REWRITTEN',
  /** A checkpoint's signature is invalid or made with an untrusted key. */
  CHECKPOINT_INVALID = 'CHECKPOINT_INVALID',
  /** A checkpoint vouches for entries that are no longer there (the tail was cut off). */
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
  /** The last entry in the log when verification started. */
  headSeq: number;
  checkedEntries: number;
  checkedCheckpoints: number;
  latestCheckpoint: Checkpoint | null;
  /** Entries after the latest checkpoint: a truncation among them would go unnoticed. */
  entriesAfterLatestCheckpoint: number;
  firstBad: FirstBad | null;
  durationMs: number;
}

export interface VerifyOptions {
  fromSeq?: number;
  toSeq?: number;
  trustedKeys: TrustedKey[];
  /** Checkpoints kept outside the database (e.g. printed by `npm run log:checkpoint`). */
  externalCheckpoints?: Checkpoint[];
  pageSize?: number;
  onProgress?: (checked: number, total: number) => void;
}

const PAGE = `SELECT ${ENTRY_COLUMNS} FROM audit.access_log_entry WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`;

/**
 * Recomputes the chain over a range of entries and checks every checkpoint against it; stops at
 * the first bad entry. Pages are fetched by key while the previous page is being hashed.
 */
export async function verifyChain(pool: Pool, options: VerifyOptions): Promise<Verification> {
  const started = performance.now();
  const pageSize = options.pageSize ?? 20_000;
  const head = await pool.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM audit.access_log_entry');
  const headSeq = Number(head.rows[0].seq ?? 0);
  const fromSeq = Math.max(1, options.fromSeq ?? 1);
  const toSeq = Math.min(options.toSeq ?? headSeq, headSeq);
  const stored = await pool.query('SELECT seq, hash, created_at, key_id, signature FROM audit.checkpoint ORDER BY seq');
  const databaseCheckpoints = stored.rows.map(checkpointFromRow);
  const checkpoints = [...databaseCheckpoints, ...(options.externalCheckpoints ?? [])].filter((c) => c.seq >= fromSeq).sort((a, b) => a.seq - b.seq);
  const latestCheckpoint = databaseCheckpoints.at(-1) ?? null;

  const report = (checkedEntries: number, checkedCheckpoints: number, firstBad: FirstBad | null): Verification => ({
    intact: firstBad === null,
    fromSeq,
    toSeq,
    headSeq,
    checkedEntries,
    checkedCheckpoints,
    latestCheckpoint,
    entriesAfterLatestCheckpoint: headSeq - (latestCheckpoint?.seq ?? 0),
    firstBad,
    durationMs: Math.round(performance.now() - started),
  });

  let prevHash = GENESIS_HASH;
  if (fromSeq > 1 && fromSeq <= toSeq) {
    const before = await pool.query<{ hash: string }>('SELECT hash FROM audit.access_log_entry WHERE seq = $1', [fromSeq - 1]);
    if (before.rows.length === 0) return report(0, 0, { seq: fromSeq - 1, problem: ChainProblem.MISSING, detail: `Entry ${fromSeq - 1}, which the range starts after, is missing.` });
    prevHash = before.rows[0].hash;
  }

  let expected = fromSeq;
  let nextCheckpoint = 0;
  let checkedCheckpoints = 0;
  let lastGoodCheckpoint = fromSeq - 1;
  const fetchAfter = (seq: number) => pool.query<EntryRow>(PAGE, [seq, toSeq, pageSize]).then((r) => r.rows);
  let pending = fromSeq <= toSeq ? fetchAfter(fromSeq - 1) : Promise.resolve([] as EntryRow[]);
  for (;;) {
    const rows = await pending;
    if (rows.length === 0) break;
    pending = rows.length === pageSize ? fetchAfter(Number(rows[rows.length - 1].seq)) : Promise.resolve([]);
    for (const row of rows) {
      const entry = entryFromRow(row);
      const bad = checkEntry(entry.seq, expected, entry.prevHash, prevHash) ?? (entryHash(entry) === entry.hash ? null : altered(entry.seq));
      if (bad) {
        pending.catch(() => undefined);
        return report(expected - fromSeq, checkedCheckpoints, bad);
      }
      prevHash = entry.hash;
      while (nextCheckpoint < checkpoints.length && checkpoints[nextCheckpoint].seq === entry.seq) {
        const checkpoint = checkpoints[nextCheckpoint++];
        const problem = checkpointProblem(checkpoint, entry.hash, options.trustedKeys, lastGoodCheckpoint + 1);
        if (problem) {
          pending.catch(() => undefined);
          return report(expected - fromSeq + 1, checkedCheckpoints, problem);
        }
        checkedCheckpoints++;
        lastGoodCheckpoint = entry.seq;
      }
      expected++;
    }
    options.onProgress?.(expected - fromSeq, toSeq - fromSeq + 1);
  }
  const checked = expected - fromSeq;
  if (toSeq === headSeq) {
    for (const checkpoint of checkpoints.slice(nextCheckpoint).filter((c) => c.seq > headSeq)) {
      if (!checkpointSignatureValid(checkpoint, options.trustedKeys)) return report(checked, checkedCheckpoints, invalidCheckpoint(checkpoint));
      return report(checked, checkedCheckpoints, {
        seq: headSeq + 1,
        problem: ChainProblem.TRUNCATED,
        detail: `A checkpoint signed at ${checkpoint.createdAt.toISOString()} vouches for ${checkpoint.seq} entries, but the log ends at entry ${headSeq}.`,
      });
    }
  }
  return report(checked, checkedCheckpoints, null);
}

function checkEntry(seq: number, expected: number, storedPrevHash: string, prevHash: string): FirstBad | null {
  if (seq !== expected) {
    return { seq: expected, problem: ChainProblem.MISSING, detail: `Entry ${expected} is missing; the next entry present is ${seq}.` };
  }
  if (storedPrevHash !== prevHash) {
    return {
      seq,
      problem: ChainProblem.BROKEN_LINK,
      detail: `Entry ${seq} does not follow entry ${seq - 1}: entries were reordered, inserted, or removed and renumbered.`,
    };
  }
  return null;
}

function altered(seq: number): FirstBad {
  return { seq, problem: ChainProblem.ALTERED, detail: `Entry ${seq} was changed after it was written: its content no longer matches its hash.` };
}

function checkpointProblem(checkpoint: Checkpoint, hash: string, trusted: TrustedKey[], rewrittenFrom: number): FirstBad | null {
  if (!checkpointSignatureValid(checkpoint, trusted)) return invalidCheckpoint(checkpoint);
  if (checkpoint.hash === hash) return null;
  return {
    seq: rewrittenFrom,
    problem: ChainProblem.REWRITTEN,
    detail: `The entries up to ${checkpoint.seq} hash consistently but not to the value signed at ${checkpoint.createdAt.toISOString()}: the chain from entry ${rewrittenFrom} on was rewritten.`,
  };
}

function invalidCheckpoint(checkpoint: Checkpoint): FirstBad {
  return {
    seq: checkpoint.seq,
    problem: ChainProblem.CHECKPOINT_INVALID,
    detail: `The checkpoint at entry ${checkpoint.seq} is not signed by a trusted key (key id ${checkpoint.keyId}).`,
  };
}
