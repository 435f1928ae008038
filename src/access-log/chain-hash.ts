import { createHash } from 'node:crypto';
import type { ChainedEntry } from './entry';

/** The `prevHash` of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the canonical form ever changes; entries keep the format they were hashed with. */
const FORMAT = 1;

type Unhashed = Omit<ChainedEntry, 'hash'>;

/** Every stored column but the hash, in canonical order: how JavaScript reads it, and its SQL. */
const CANONICAL: [(e: Unhashed) => unknown, string][] = [
  [(e) => e.seq, 'seq'],
  [(e) => e.prevHash, 'prev_hash'],
  [(e) => e.recordedAt.getTime(), '(extract(epoch FROM recorded_at) * 1000)::int8'],
  [(e) => e.requestId, 'request_id'],
  [(e) => e.action, 'action'],
  [(e) => e.operation, 'operation'],
  [(e) => e.actorCode, 'actor_code'],
  [(e) => e.actorRole, 'actor_role'],
  [(e) => e.unitCode, 'unit_code'],
  [(e) => e.organisationCode, 'organisation_code'],
  [(e) => e.purpose, 'purpose'],
  [(e) => e.subject, 'subject'],
  [(e) => e.category, 'category'],
  [(e) => e.holder, 'holder'],
  [(e) => e.fields, 'fields'],
  [(e) => e.decision, 'decision'],
  [(e) => e.basis, 'basis'],
  [(e) => e.basisRecordId, 'basis_record_id'],
  [(e) => e.citation, 'citation'],
  [(e) => e.citationJa, 'citation_ja'],
  [(e) => e.reason, 'reason'],
  [(e) => e.reasonJa, 'reason_ja'],
  [(e) => e.withheldFromSubject, 'withheld_from_subject'],
];

/**
 * The canonical serialisation of an entry: a JSON array of the format number and every stored
 * column in a fixed order (the previous hash included), `null` for absent values, the time in
 * epoch milliseconds, elements separated by ", ". That is exactly the text PostgreSQL's
 * `json_build_array` produces (same string escaping as JSON.stringify, arrays without spaces), so
 * the database can recompute the hashes itself when verifying (CANONICAL_SQL), while the writer
 * and any offline verifier compute them here from the values alone.
 */
export function canonicalEntry(e: Unhashed): string {
  let text = `[${FORMAT}`;
  for (const [value] of CANONICAL) text += `, ${JSON.stringify(value(e)) ?? 'null'}`;
  return `${text}]`;
}

export const CANONICAL_SQL = `json_build_array(${FORMAT}, ${CANONICAL.map(([, sql]) => sql).join(', ')})::text`;

/** SHA-256 (hex) of the canonical form: the entry's `hash`, and the next entry's `prevHash`. */
export function entryHash(e: Unhashed): string {
  return createHash('sha256').update(canonicalEntry(e)).digest('hex');
}

/** The same hash computed by PostgreSQL from the stored row. */
export const ENTRY_HASH_SQL = `encode(sha256(convert_to(${CANONICAL_SQL}, 'UTF8')), 'hex')`;
