import { createHash } from 'node:crypto';
import { HEADER_COLUMNS, ITEM_COLUMNS, storedItemValue } from './columns';
import type { ChainedRecord } from './entry';

/** The `prevHash` of record 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the canonical form ever changes. Format 2: one record per request × subject. */
const FORMAT = 2;

type Unhashed = Omit<ChainedRecord, 'hash'>;

/** Every stored column but the hash, in canonical order: how JavaScript reads it, and its SQL. */
const CANONICAL: [(r: Unhashed) => unknown, string][] = [
  [(r) => r.seq, 'seq'],
  [(r) => r.prevHash, 'prev_hash'],
  [(r) => r.recordedAt.getTime(), '(extract(epoch FROM recorded_at) * 1000)::int8'],
  ...HEADER_COLUMNS.map(([key, column]): [(r: Unhashed) => unknown, string] => [(r) => r[key], column]),
  ...ITEM_COLUMNS.map(([key, column]): [(r: Unhashed) => unknown, string] => [(r) => r.items.map((item) => storedItemValue(item, key)), column]),
];

/**
 * The canonical serialisation of a record: a JSON array of the format number and every stored
 * column in a fixed order (the previous hash included), `null` for absent values, the time in
 * epoch milliseconds, elements separated by ", ". That is exactly the text PostgreSQL's
 * `json_build_array` produces (same string escaping as JSON.stringify, arrays without spaces), so
 * the database can recompute the hashes itself when verifying (CANONICAL_SQL), while the writer
 * and any offline verifier compute them here from the values alone.
 */
export function canonicalRecord(r: Unhashed): string {
  let text = `[${FORMAT}`;
  for (const [value] of CANONICAL) text += `, ${JSON.stringify(value(r)) ?? 'null'}`;
  return `${text}]`;
}

export const CANONICAL_SQL = `json_build_array(${FORMAT}, ${CANONICAL.map(([, sql]) => sql).join(', ')})::text`;

/** SHA-256 (hex) of the canonical form: the record's `hash`, and the next record's `prevHash`. */
export function recordHash(r: Unhashed): string {
  return createHash('sha256').update(canonicalRecord(r)).digest('hex');
}

/** The same hash computed by PostgreSQL from the stored row. */
export const RECORD_HASH_SQL = `encode(sha256(convert_to(${CANONICAL_SQL}, 'UTF8')), 'hex')`;
