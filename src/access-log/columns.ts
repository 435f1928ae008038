import type { DecisionItem, RecordHeader } from './entry';

/** The header columns of a record: property and stored column. */
export const HEADER_COLUMNS: readonly [keyof RecordHeader, string][] = [
  ['requestId', 'request_id'],
  ['action', 'action'],
  ['operation', 'operation'],
  ['actorCode', 'actor_code'],
  ['actorRole', 'actor_role'],
  ['unitCode', 'unit_code'],
  ['organisationCode', 'organisation_code'],
  ['purpose', 'purpose'],
  ['subject', 'subject'],
  ['withheldFromSubject', 'withheld_from_subject'],
];

/**
 * The decision columns of a record: one array per attribute, element i belonging to decision i
 * (the singular is the column of the flattened entry). Fields are stored space-separated.
 */
export const ITEM_COLUMNS: readonly [keyof DecisionItem, string, string][] = [
  ['category', 'categories', 'category'],
  ['holder', 'holders', 'holder'],
  ['fields', 'fields', 'fields'],
  ['decision', 'decisions', 'decision'],
  ['basis', 'bases', 'basis'],
  ['basisRecordId', 'basis_record_ids', 'basis_record_id'],
  ['citation', 'citations', 'citation'],
  ['citationJa', 'citations_ja', 'citation_ja'],
  ['reason', 'reasons', 'reason'],
  ['reasonJa', 'reasons_ja', 'reason_ja'],
  ['reasonId', 'reason_ids', 'reason_id'],
];

/** An item's value as stored in its array column: a shared reason is stored by its id alone. */
export function storedItemValue(item: DecisionItem, key: keyof DecisionItem): unknown {
  if (key === 'fields') return item.fields.join(' ');
  if (key === 'reason' || key === 'reasonJa') return item.reasonId ? null : item[key];
  return item[key] ?? null;
}
