import { HEADER_COLUMNS, SET_COLUMNS } from './columns';
import type { AccessDecision, ChainedEntry, ChainedRow, DecisionItem, RecordHeader } from './entry';

/**
 * The log read as entries: each row (`r`) joined with its decision set (`s`), unnested into its
 * records (`p`: the subject, and its position in the row from 1; a format-3 row is a run of one)
 * and their decisions (`i`), one row per decision, `i.item` counting from 1; decision i's basis
 * record id is element i of the row's own array. Filters on the row's columns use its indexes; see
 * filter.ts.
 *
 * Given a bound parameter holding a subject, only that resident's records are unnested
 * (array_positions), not every record of every caseload naming them. Their rows come from a bitmap
 * of the subjects' GIN index, in no order; `newestFirst` sorts the rows by seq before anything is
 * unnested, so that a page of the newest entries unnests only the rows it shows (PostgreSQL pushes
 * the row conditions into that subquery, and does not flatten a subquery with an ORDER BY).
 */
export function entriesFrom(subject?: string, newestFirst = false): string {
  const records = subject
    ? `(SELECT coalesce(r.subject, ${subject}::text) AS subject, q.position
          FROM unnest(CASE WHEN r.subjects IS NULL THEN ARRAY[1] ELSE array_positions(r.subjects, ${subject}::text) END) AS q(position)) AS p`
    : 'unnest(coalesce(r.subjects, ARRAY[r.subject])) WITH ORDINALITY AS p(subject, position)';
  const rows = subject && newestFirst ? '(SELECT * FROM audit.access_log_record ORDER BY seq DESC) r' : 'audit.access_log_record r';
  return `${rows}
  JOIN audit.decision_set s ON s.id = r.decision_set
  CROSS JOIN LATERAL ${records}
  CROSS JOIN LATERAL unnest(${SET_COLUMNS.map(([, column]) => `s.${column}`).join(', ')}, r.basis_record_ids)
    WITH ORDINALITY AS i(${SET_COLUMNS.map(([, , single]) => single).join(', ')}, basis_record_id, item)`;
}

/** An entry's record number, over entriesFrom. */
export const ENTRY_SEQ = '(r.seq + p.position - 1)';

/** The columns of an entry, for SELECT lists over entriesFrom. */
export const ENTRY_COLUMNS = [
  `${ENTRY_SEQ} AS seq`,
  'i.item - 1 AS item',
  'r.recorded_at',
  ...HEADER_COLUMNS.map(([, column]) => (column === 'subject' ? 'p.subject' : `r.${column}`)),
  ...SET_COLUMNS.map(([, , single]) => `i.${single}`),
  'i.basis_record_id',
  'r.prev_hash',
  'r.hash',
].join(', ');

export interface EntryRow {
  seq: string;
  item: string;
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
  fields: string | null;
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
    item: Number(r.item),
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
    fields: r.fields ? r.fields.split(' ') : [],
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

/** The row's columns and its set's arrays, for ROW_FROM: a row chainedRowFrom reads. */
export const ROW_COLUMNS_WITH_SET = `r.*, ${SET_COLUMNS.map(([, column]) => `s.${column}`).join(', ')}`;
export const ROW_FROM = 'audit.access_log_record r JOIN audit.decision_set s ON s.id = r.decision_set';

/** A stored row with its set's arrays (`SELECT ROW_COLUMNS_WITH_SET FROM ROW_FROM`), as the chain hashes it. */
export function chainedRowFrom(r: Record<string, any>): ChainedRow {
  const header = Object.fromEntries(HEADER_COLUMNS.map(([key, column]) => [key, r[column]])) as unknown as RecordHeader;
  const items = (r.decisions as string[]).map((_, i) => {
    const item = Object.fromEntries(SET_COLUMNS.map(([key, column]) => [key, r[column][i]])) as unknown as DecisionItem;
    const fields = item.fields as unknown as string;
    return { ...item, fields: fields ? fields.split(' ') : [], basisRecordId: r.basis_record_ids?.[i] ?? null };
  });
  return { ...header, items, format: r.format, subjects: r.subjects, seq: Number(r.seq), recordedAt: r.recorded_at, prevHash: r.prev_hash, hash: r.hash };
}
