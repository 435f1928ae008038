import { stringify } from 'csv-stringify/sync';
import type { ChainedEntry } from './entry';

/** Export columns: one row per entry with every stored column of its record, hashes included. */
export const CSV_COLUMNS: [string, (e: ChainedEntry) => unknown][] = [
  ['seq', (e) => e.seq],
  ['item', (e) => e.item],
  ['recorded_at', (e) => e.recordedAt.toISOString()],
  ['request_id', (e) => e.requestId],
  ['action', (e) => e.action],
  ['operation', (e) => e.operation],
  ['actor_code', (e) => e.actorCode],
  ['actor_role', (e) => e.actorRole],
  ['unit_code', (e) => e.unitCode],
  ['organisation_code', (e) => e.organisationCode],
  ['purpose', (e) => e.purpose],
  ['subject', (e) => e.subject],
  ['category', (e) => e.category],
  ['holder', (e) => e.holder],
  ['fields', (e) => e.fields.join(' ')],
  ['decision', (e) => e.decision],
  ['basis', (e) => e.basis],
  ['basis_record_id', (e) => e.basisRecordId],
  ['citation', (e) => e.citation],
  ['citation_ja', (e) => e.citationJa],
  ['reason', (e) => e.reason],
  ['reason_ja', (e) => e.reasonJa],
  ['withheld_from_subject', (e) => e.withheldFromSubject],
  ['prev_hash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/** A byte-order mark first, so that spreadsheet software reads the Japanese text as UTF-8. */
export const CSV_HEADER = `\uFEFF${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;

/**
 * RFC 4180 (csv-stringify, the companion of the csv-parse that reads imports). Text that a
 * spreadsheet would run as a formula (notes are free text typed by staff) is prefixed with an
 * apostrophe (escape_formulas: = + - @ tab CR). A field holding a bare CR or LF is quoted too:
 * csv-stringify by itself quotes only its record delimiter (CRLF).
 */
export function csvRow(entry: ChainedEntry): string {
  return stringify([CSV_COLUMNS.map(([, value]) => value(entry) ?? null)], { record_delimiter: 'windows', escape_formulas: true, quoted_match: /[\r\n]/, cast: { boolean: (b) => String(b), number: (n) => String(n) } });
}
