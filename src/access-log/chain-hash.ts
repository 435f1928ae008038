import { createHash } from 'node:crypto';
import type { ChainedEntry } from './entry';

/** The `prevHash` of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the canonical form ever changes; entries keep the format they were hashed with. */
const FORMAT = 1;

/**
 * The canonical serialisation of an entry: a JSON array of every stored column in a fixed order
 * (the previous hash included), with `null` for absent values and the time as ISO 8601 UTC. A
 * positional array is as canonical as sorted-key JSON and cheaper to build, which matters because
 * verification rebuilds it for every entry.
 */
export function canonicalEntry(e: Omit<ChainedEntry, 'hash'>): string {
  return JSON.stringify([
    FORMAT,
    e.seq,
    e.prevHash,
    e.recordedAt.toISOString(),
    e.requestId,
    e.action,
    e.operation,
    e.actorCode,
    e.actorRole,
    e.unitCode,
    e.organisationCode,
    e.purpose,
    e.subject,
    e.category,
    e.holder,
    e.fields,
    e.decision,
    e.basis,
    e.basisRecordId,
    e.citation,
    e.citationJa,
    e.reason,
    e.reasonJa,
    e.withheldFromSubject,
  ]);
}

/** SHA-256 (hex) of the canonical form: the entry's `hash`, and the next entry's `prevHash`. */
export function entryHash(e: Omit<ChainedEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalEntry(e)).digest('hex');
}
