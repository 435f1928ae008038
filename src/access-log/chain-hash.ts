import { createHash } from 'node:crypto';
import { HEADER_COLUMNS, ITEM_COLUMNS, storedItemValue } from './columns';
import type { ChainedRecord, RecordDraft } from './entry';

/** The `prevHash` of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the canonical form ever changes. Format 2: one record per request × subject. */
const FORMAT = 2;

type Unhashed = Omit<ChainedRecord, 'hash'>;

/** The stored columns in canonical order, as SQL: the chain's position, then the record's content. */
const CANONICAL_COLUMNS_SQL = [
  'seq',
  'prev_hash',
  '(extract(epoch FROM recorded_at) * 1000)::int8',
  ...HEADER_COLUMNS.map(([, column]) => column),
  ...ITEM_COLUMNS.map(([, column]) => column),
];

/**
 * The JSON text of every content column of a record (header, then one array per decision
 * attribute), in canonical order; computed once and shared by the hash and the COPY line.
 */
export function contentColumns(r: RecordDraft): string[] {
  return [
    ...HEADER_COLUMNS.map(([key]) => JSON.stringify(r[key]) ?? 'null'),
    ...ITEM_COLUMNS.map(([key]) => JSON.stringify(r.items.map((item) => storedItemValue(item, key)))),
  ];
}

/**
 * The canonical serialisation of a record: a JSON array of the format number and every stored
 * column in a fixed order (seq, the previous hash, the time in epoch milliseconds, then the
 * content), `null` for absent values, elements separated by ", ". That is exactly the text
 * PostgreSQL's `json_build_array` produces (same string escaping as JSON.stringify, arrays without
 * spaces), so the database can recompute the hashes itself when verifying (CANONICAL_SQL), while
 * the writer and any offline verifier compute them here from the values alone.
 */
export function canonicalRecord(r: Unhashed, content: string[] = contentColumns(r)): string {
  return `[${FORMAT}, ${r.seq}, ${JSON.stringify(r.prevHash)}, ${r.recordedAt.getTime()}, ${content.join(', ')}]`;
}

export const CANONICAL_SQL = `json_build_array(${FORMAT}, ${CANONICAL_COLUMNS_SQL.join(', ')})::text`;

/** SHA-256 (hex) of the canonical form: the record's `hash`, and the next record's `prevHash`. */
export function recordHash(r: Unhashed, content?: string[]): string {
  return createHash('sha256').update(canonicalRecord(r, content)).digest('hex');
}

/** The same hash computed by PostgreSQL from the stored row. */
export const RECORD_HASH_SQL = `encode(sha256(convert_to(${CANONICAL_SQL}, 'UTF8')), 'hex')`;
