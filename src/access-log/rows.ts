import type { AccessDecision, ChainedEntry } from './entry';

/** The stored columns of an entry, in the order of `ChainedEntry`, for SELECT lists. */
export const ENTRY_COLUMNS =
  'seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose, subject, category, holder, fields, decision, basis, basis_record_id, citation, citation_ja, reason, reason_ja, withheld_from_subject, prev_hash, hash';

export interface EntryRow {
  seq: string;
  recorded_at: Date;
  request_id: string;
  action: string;
  operation: string | null;
  actor_code: string | null;
  actor_role: string | null;
  unit_code: string | null;
  organisation_code: string | null;
  purpose: string | null;
  subject: string | null;
  category: string | null;
  holder: string | null;
  fields: string[];
  decision: string;
  basis: string | null;
  basis_record_id: string | null;
  citation: string | null;
  citation_ja: string | null;
  reason: string | null;
  reason_ja: string | null;
  withheld_from_subject: boolean;
  prev_hash: string;
  hash: string;
}

export function entryFromRow(r: EntryRow): ChainedEntry {
  return {
    seq: Number(r.seq),
    recordedAt: r.recorded_at,
    requestId: r.request_id,
    action: r.action,
    operation: r.operation,
    actorCode: r.actor_code,
    actorRole: r.actor_role,
    unitCode: r.unit_code,
    organisationCode: r.organisation_code,
    purpose: r.purpose,
    subject: r.subject,
    category: r.category,
    holder: r.holder,
    fields: r.fields,
    decision: r.decision as AccessDecision,
    basis: r.basis,
    basisRecordId: r.basis_record_id,
    citation: r.citation,
    citationJa: r.citation_ja,
    reason: r.reason,
    reasonJa: r.reason_ja,
    withheldFromSubject: r.withheld_from_subject,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
