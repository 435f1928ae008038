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
 * The columns of a decision set (decision-set.ts): one array per attribute of a decision, element i
 * belonging to decision i (the singular is the column of the flattened entry). Fields are stored
 * space-separated. Which consent, case or emergency granted decision i is not part of the set but
 * of the record (`basis_record_ids`), so that residents decided alike share one set.
 */
export const SET_COLUMNS: readonly [Exclude<keyof DecisionItem, 'basisRecordId'>, string, string][] = [
  ['category', 'categories', 'category'],
  ['holder', 'holders', 'holder'],
  ['fields', 'fields', 'fields'],
  ['decision', 'decisions', 'decision'],
  ['basis', 'bases', 'basis'],
  ['citation', 'citations', 'citation'],
  ['citationJa', 'citations_ja', 'citation_ja'],
  ['reason', 'reasons', 'reason'],
  ['reasonJa', 'reasons_ja', 'reason_ja'],
];

/** An item's value as stored in its set's array column. */
export function storedItemValue(item: DecisionItem, key: keyof DecisionItem): unknown {
  return key === 'fields' ? item.fields.join(' ') : item[key] ?? null;
}
