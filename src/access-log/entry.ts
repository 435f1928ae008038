import { registerEnumType } from 'type-graphql';

/** The outcome recorded for an entry (BALP: success = permit, failure = deny). */
export enum AccessDecision {
  ALLOWED = 'ALLOWED',
  DENIED = 'DENIED',
}

registerEnumType(AccessDecision, {
  name: 'AccessDecision',
  description: 'Whether the access (or the logged action) was permitted.',
  valuesConfig: {
    ALLOWED: { description: 'Permitted on a lawful basis (BALP outcome: success).' },
    DENIED: { description: 'Refused; nothing was disclosed (BALP outcome: failure).' },
  },
});

/** The action of an access decision; every other action is an event (e.g. `CONSENT_RECORDED`). */
export const READ = 'READ';

/** Who asked, why and in which request: shared by every decision a record holds. */
export interface RecordHeader {
  requestId: string;
  action: string;
  operation: string | null;
  actorCode: string | null;
  actorRole: string | null;
  unitCode: string | null;
  organisationCode: string | null;
  purpose: string | null;
  /** The data subject (resident number). */
  subject: string | null;
  withheldFromSubject: boolean;
}

/** One decision on one category of the subject's data held by one unit (or an event's detail). */
export interface DecisionItem {
  category: string | null;
  holder: string | null;
  fields: string[];
  decision: AccessDecision;
  basis: string | null;
  basisRecordId: string | null;
  citation: string | null;
  citationJa: string | null;
  reason: string | null;
  reasonJa: string | null;
}

/**
 * What one request logs about one resident — every decision it took on their data — or one event;
 * numbered in the hash chain (an IHE BALP AuditEvent with one entity per category). A record that
 * names categories of five departments is one decision set, stored once for every record that
 * decides alike (decision-set.ts); the records of one request that differ in their subject alone
 * are one row of the chain, hashed once (format 4, chain-hash.ts).
 */
export interface RecordDraft extends RecordHeader {
  items: DecisionItem[];
}

/**
 * A row of the chain, as stored: format 4 holds a run of records, `subjects[i]` the subject of
 * record `seq + i` (`subject` null); format 3 one record, of `subject` (`subjects` null).
 */
export interface ChainedRow extends RecordDraft {
  format: 3 | 4;
  subjects: (string | null)[] | null;
  seq: number;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}

/**
 * One access-log entry as auditors read it: one decision (request × subject × category × holder ×
 * decision, DESIGN.md §4) with its record's header; `item` is its position in the record. `hash`
 * and `prevHash` are those of the row holding the record.
 */
export interface ChainedEntry extends RecordHeader, DecisionItem {
  seq: number;
  item: number;
  recordedAt: Date;
  prevHash: string;
  hash: string;
}
