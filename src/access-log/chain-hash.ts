import { createHash } from 'node:crypto';
import { HEADER_COLUMNS } from './columns';
import { type DecisionSet, decisionSetOf } from './decision-set';
import type { ChainedRecord, RecordDraft } from './entry';

/** The `prevHash` of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Bumped if the canonical form ever changes. Format 2: one record per request × subject.
 * Format 3: the record names its decision set (decision-set.ts) and keeps its basis record ids.
 */
const FORMAT = 3;

type Unhashed = Omit<ChainedRecord, 'hash'>;

/** Where a record sits in the chain: its number, its predecessor's hash and its time. */
type ChainPosition = Pick<ChainedRecord, 'seq' | 'prevHash' | 'recordedAt'>;

/** The record columns after the header, in canonical order. */
export const RECORD_COLUMNS = ['decision_set', 'basis_record_ids', 'has_denial', 'has_exceptional_basis'] as const;

/** The stored columns in canonical order, as SQL: the chain's position, then the record's content. */
const CANONICAL_COLUMNS_SQL = [
  'seq',
  'prev_hash',
  '(extract(epoch FROM recorded_at) * 1000)::int8',
  ...HEADER_COLUMNS.map(([, column]) => column),
  ...RECORD_COLUMNS,
];

/** The basis record ids of a record's decisions, element i for decision i; null when none has one. */
export function basisRecordIds(r: RecordDraft): (string | null)[] | null {
  return r.items.some((item) => item.basisRecordId) ? r.items.map((item) => item.basisRecordId || null) : null;
}

/**
 * The JSON text of every content column of a record (header, decision set, basis record ids and
 * the set's two flags, which partial indexes use), in canonical order; computed once and shared
 * by the hash and the COPY line. The writer passes the header's JSON, which it keeps per batch.
 */
export function contentColumns(
  r: RecordDraft,
  set: DecisionSet = decisionSetOf(r.items),
  header: readonly string[] = HEADER_COLUMNS.map(([key]) => JSON.stringify(r[key]) ?? 'null'),
): string[] {
  const content = [...header];
  content.push(JSON.stringify(set.id), JSON.stringify(basisRecordIds(r)), String(set.hasDenial), String(set.hasExceptionalBasis));
  return content;
}

/**
 * The canonical serialisation of a record: a JSON array of the format number and every stored
 * column in a fixed order (seq, the previous hash, the time in epoch milliseconds, then the
 * content), `null` for absent values, elements separated by ", ". That is exactly the text
 * PostgreSQL's `json_build_array` produces (same string escaping as JSON.stringify, arrays without
 * spaces), so the database can recompute the hashes itself when verifying (CANONICAL_SQL), while
 * the writer and any offline verifier compute them here from the values alone.
 */
export function canonicalRecord(r: Unhashed): string {
  return canonicalForm(r, contentColumns(r));
}

/** The canonical form from a record's position and the JSON of its content columns. */
function canonicalForm(position: ChainPosition, content: readonly string[]): string {
  return `[${FORMAT}, ${position.seq}, ${JSON.stringify(position.prevHash)}, ${position.recordedAt.getTime()}, ${content.join(', ')}]`;
}

export const CANONICAL_SQL = `json_build_array(${FORMAT}, ${CANONICAL_COLUMNS_SQL.join(', ')})::text`;

/** SHA-256 (hex) of the canonical form: the record's `hash`, and the next record's `prevHash`. */
export function recordHash(r: Unhashed): string {
  return hashAt(r, contentColumns(r));
}

/** The hash of a record at `position` whose content columns are `content` (the writer's path). */
export function hashAt(position: ChainPosition, content: readonly string[]): string {
  return createHash('sha256').update(canonicalForm(position, content)).digest('hex');
}

/** The same hash computed by PostgreSQL from the stored row. */
export const RECORD_HASH_SQL = `encode(sha256(convert_to(${CANONICAL_SQL}, 'UTF8')), 'hex')`;
