import { CsvError, parse, type InfoRecord, type Options } from 'csv-parse/sync';
import { decode, type DeclaredEncoding, type DetectedEncoding } from './encoding';
import { ImportFileError } from './rejection';

export interface CsvRecord {
  /** Line where the record starts (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  encoding: DetectedEncoding;
  header: string[];
  records: CsvRecord[];
}

const PARSE_ERRORS: Readonly<Record<string, { en: string; ja: string }>> = {
  CSV_QUOTE_NOT_CLOSED: { en: 'a quote (") is opened and never closed', ja: '引用符（"）が閉じられていません' },
  CSV_INVALID_CLOSING_QUOTE: { en: 'text follows a closing quote (") in the same cell', ja: '閉じ引用符（"）の後に文字があります' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { en: 'text follows a closing quote (") in the same cell', ja: '閉じ引用符（"）の後に文字があります' },
};

function parseError(error: CsvError, header: string[] | null): ImportFileError {
  const what = PARSE_ERRORS[error.code] ?? { en: error.message, ja: `CSV として読めません（${error.message}）` };
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  const field = (error as CsvError & { column?: number | string }).column;
  const column = typeof field === 'number' ? field + 1 : null;
  const name = column && header?.[column - 1] ? ` (${header[column - 1]})` : '';
  return new ImportFileError(
    {
      en: `Malformed CSV at line ${line ?? '?'}${column ? `, column ${column}${name}` : ''}: ${what.en}.`,
      ja: `CSV の形式が正しくありません（${line ?? '?'}行目${column ? `・${column}列目${name}` : ''}）：${what.ja}。`,
    },
    line,
    column,
  );
}

/** A record with its first line (`lines` is where it ends; a quoted cell may hold line breaks); null for a row of empty cells. */
function toRecord(cells: string[], { lines }: InfoRecord): CsvRecord | null {
  if (cells.every((cell) => cell.trim() === '')) return null;
  return { line: lines - cells.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0), cells };
}

/**
 * Decodes and parses an extract: RFC 4180 CSV (commas, "quoted" cells, "" for a quote, line breaks
 * inside quotes). Rows of empty cells (Excel leaves them) are skipped. A row with too many or too few
 * cells is kept here and judged with the other rows.
 */
export function readCsv(bytes: Buffer, encoding: DeclaredEncoding): CsvTable {
  const decoded = decode(bytes, encoding);
  let records: CsvRecord[];
  try {
    // The typings tie on_record's result to the record type; here it returns a CsvRecord (or null to skip).
    records = parse(decoded.text, { relax_column_count: true, skip_empty_lines: true, on_record: toRecord as unknown as Options['on_record'] }) as unknown as CsvRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const firstLine = decoded.text.split(/\r?\n/, 1)[0];
      throw parseError(error, firstLine ? firstLine.split(',') : null);
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportFileError({ en: 'The file is empty.', ja: 'ファイルが空です。' });
  return { encoding: decoded.encoding, header: header.cells.map((cell) => cell.trim()), records: rows };
}
