import { createHash } from 'node:crypto';
import { HEADER_COLUMNS } from './columns';
import { type DecisionSet, decisionSetOf } from './decision-set';
import type { ChainedRow, RecordDraft } from './entry';
import type { Run } from './runs';

/** The `prevHash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The canonical forms, by the row's `format`. Format 2: one row per request × subject. Format 3:
 * the row names its decision set (decision-set.ts) and keeps its basis record ids. Format 4: as 3,
 * with the run's subjects (a JSON array) where format 3 has its one subject (migration
 * audit/20261210010000). Rows of formats 3 and 4 share one chain.
 */
export const FORMAT = 4;

type Unhashed = Omit<ChainedRow, 'hash'>;

/** Where a row sits in the chain: its first record's number, its predecessor's hash and its time. */
type ChainPosition = Pick<ChainedRow, 'seq' | 'prevHash' | 'recordedAt'>;

/** The row columns after the header, in canonical order. */
export const RECORD_COLUMNS = ['decision_set', 'basis_record_ids', 'has_denial', 'has_exceptional_basis'] as const;

/** Where the subject stands among the header columns: format 4 puts the run's subjects there. */
export const SUBJECT_INDEX = HEADER_COLUMNS.findIndex(([key]) => key === 'subject');

/** The stored columns in canonical order, as SQL: the format, the chain's position, then the row's content. */
const CANONICAL_COLUMNS_SQL = [
  'format',
  'seq',
  'prev_hash',
  '(extract(epoch FROM recorded_at) * 1000)::int8',
  ...HEADER_COLUMNS.map(([, column]) => (column === 'subject' ? 'CASE WHEN format = 3 THEN to_json(subject) ELSE to_json(subjects) END' : column)),
  ...RECORD_COLUMNS,
];

/** The basis record ids of a record's decisions, element i for decision i; null when none has one. */
export function basisRecordIds(r: RecordDraft): (string | null)[] | null {
  return r.items.some((item) => item.basisRecordId) ? r.items.map((item) => item.basisRecordId || null) : null;
}

/**
 * The JSON text of every content column of a row (header, decision set, basis record ids and the
 * set's two flags, which partial indexes use), in canonical order; computed once and shared by the
 * hash and the COPY line. The subject's place holds the run's subjects when `subjects` is given
 * (format 4). The writer passes the header's JSON, which it keeps per batch.
 */
export function contentColumns(
  r: RecordDraft,
  subjects: readonly (string | null)[] | null,
  set: DecisionSet = decisionSetOf(r.items),
  header: readonly string[] = HEADER_COLUMNS.map(([key]) => JSON.stringify(r[key]) ?? 'null'),
): string[] {
  const content = [...header];
  if (subjects) content[SUBJECT_INDEX] = JSON.stringify(subjects);
  content.push(JSON.stringify(set.id), JSON.stringify(basisRecordIds(r)), String(set.hasDenial), String(set.hasExceptionalBasis));
  return content;
}

/**
 * The canonical serialisation of a row: a JSON array of the format number and every stored column
 * in a fixed order (seq, the previous hash, the time in epoch milliseconds, then the content),
 * `null` for absent values, elements separated by ", ". That is exactly the text PostgreSQL's
 * `json_build_array` produces (same string escaping as JSON.stringify, arrays without spaces), so
 * the database can recompute the hashes itself when verifying (CANONICAL_SQL), while the writer and
 * any offline verifier compute them here from the values alone.
 */
export function canonicalRow(r: Unhashed): string {
  return canonicalForm(r.format, r, contentColumns(r, r.format === 4 ? r.subjects : null));
}

function canonicalForm(format: number, position: ChainPosition, content: readonly string[]): string {
  return `[${format}, ${position.seq}, ${JSON.stringify(position.prevHash)}, ${position.recordedAt.getTime()}, ${content.join(', ')}]`;
}

export const CANONICAL_SQL = `json_build_array(${CANONICAL_COLUMNS_SQL.join(', ')})::text`;

/** SHA-256 (hex) of the canonical form: the row's `hash`, and the next row's `prevHash`. */
export function rowHash(r: Unhashed): string {
  return createHash('sha256').update(canonicalRow(r)).digest('hex');
}

/** The hash of a format-4 row at `position` whose content columns are `content` (the writer's path). */
export function hashAt(position: ChainPosition, content: readonly string[]): string {
  return createHash('sha256').update(canonicalForm(FORMAT, position, content)).digest('hex');
}

/** The same hash computed by PostgreSQL from the stored row. */
export const RECORD_HASH_SQL = `encode(sha256(convert_to(${CANONICAL_SQL}, 'UTF8')), 'hex')`;

/** The number of a row's last record, as SQL over a row aliased `alias`. */
export function lastSeqSql(alias: string): string {
  return `(${alias}.seq + coalesce(cardinality(${alias}.subjects), 1) - 1)`;
}

/** A run placed in the chain: its first record's number, its predecessor's hash, its content columns and its hash. */
export interface ChainedRun {
  run: Run;
  seq: number;
  prevHash: string;
  content: string[];
  hash: string;
}

/** The runs numbered and hashed (format 4) after the record `after.seq`, whose row's hash is `after.hash`, at `at`. */
export function chainRuns(after: { seq: number; hash: string }, at: Date, runs: readonly Run[]): ChainedRun[] {
  let prevHash = after.hash;
  let seq = after.seq + 1;
  return runs.map((run) => {
    const content = contentColumns(run.draft, run.subjects, run.set);
    const chained = { run, seq, prevHash, content, hash: hashAt({ seq, recordedAt: at, prevHash }, content) };
    prevHash = chained.hash;
    seq += run.subjects.length;
    return chained;
  });
}
