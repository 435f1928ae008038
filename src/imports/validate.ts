import { groupBy } from '../collections/group-by';
import type { Bilingual } from '../errors';
import { parseCell } from './field-types';
import type { ExtractFormat, ParsedRow, Values } from './format';
import type { HeaderMap } from './headers';
import type { CsvRecord } from './read-csv';
import type { Rejection } from './rejection';

const REQUIRED: Bilingual = { en: 'required, but empty', ja: '必須項目が空です' };

/** Reads the cells of one record; returns its values, or the rejections of its bad cells. */
function readRecord(format: ExtractFormat, headers: HeaderMap, width: number, record: CsvRecord): ParsedRow | Rejection[] {
  if (record.cells.length !== width) {
    return [
      {
        line: record.line,
        column: null,
        value: null,
        reason: {
          en: `${record.cells.length} cells where the header has ${width} (a comma too many or too few?)`,
          ja: `セルが${record.cells.length}個あります（見出しは${width}個）。カンマの過不足はありませんか`,
        },
      },
    ];
  }
  const values: Values = {};
  const rejections: Rejection[] = [];
  for (const { spec, index } of headers.columns) {
    const text = record.cells[index].trim();
    if (text === '') {
      if (spec.required) rejections.push({ line: record.line, column: spec.header, value: '', reason: REQUIRED });
      else values[spec.field] = spec.emptyMeans ?? null;
      continue;
    }
    const result = parseCell(spec.type, text);
    if ('error' in result) rejections.push({ line: record.line, column: spec.header, value: text, reason: result.error });
    else values[spec.field] = result.value;
  }
  if (rejections.length === 0 && format.checkRow) {
    const headerOf = (field: string) => format.columns.find((column) => column.field === field)?.header ?? field;
    const cellOf = (field: string) => {
      const found = headers.columns.find(({ spec }) => spec.field === field);
      return found ? record.cells[found.index].trim() : null;
    };
    for (const problem of format.checkRow(values)) {
      rejections.push({ line: record.line, column: headerOf(problem.field), value: cellOf(problem.field), reason: problem.reason });
    }
  }
  return rejections.length > 0 ? rejections : { line: record.line, values };
}

/** Rows that share the file key with another row: every one of them is rejected, naming the others. */
function duplicates(format: ExtractFormat, rows: ParsedRow[]): Rejection[] {
  const byKey = groupBy(rows, (row) => JSON.stringify(format.fileKey.map((field) => row.values[field] ?? null)));
  const headers = format.fileKey.map((field) => format.columns.find((column) => column.field === field)?.header ?? field);
  const rejections: Rejection[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const lines = group.map((row) => row.line).join(', ');
    const value = format.fileKey.map((field) => String(group[0].values[field] ?? '')).join(' / ');
    for (const row of group) {
      rejections.push({
        line: row.line,
        column: headers.join(' + '),
        value,
        reason: {
          en: `the same ${headers.join(' + ')} is on lines ${lines}: which row is right cannot be told`,
          ja: `同じ${headers.join('＋')}が ${lines} 行目にあります。どの行が正しいか判断できません`,
        },
      });
    }
  }
  return rejections;
}

/**
 * Judges every row without the database: cells (type, required), the row's own rules, and
 * duplicates of the file key. Returns the rows that passed and the rejections, by line.
 */
export function validateRecords(
  format: ExtractFormat,
  headers: HeaderMap,
  width: number,
  records: CsvRecord[],
  onProgress: (done: number) => void = () => undefined,
): { rows: ParsedRow[]; rejections: Rejection[] } {
  const rows: ParsedRow[] = [];
  const rejections: Rejection[] = [];
  records.forEach((record, index) => {
    const result = readRecord(format, headers, width, record);
    if (Array.isArray(result)) rejections.push(...result);
    else rows.push(result);
    if (index % 1000 === 999) onProgress(index + 1);
  });
  onProgress(records.length);
  const duplicated = duplicates(format, rows);
  const rejectedLines = new Set(duplicated.map((rejection) => rejection.line));
  return { rows: rows.filter((row) => !rejectedLines.has(row.line)), rejections: [...rejections, ...duplicated] };
}
