/**
 * PostgreSQL's COPY text format (one line per row, tab between columns, `\N` for null), into which
 * the log's records are streamed: parsing a batch this way costs the database a fraction of what
 * the same batch costs as JSON turned into arrays. Arrays are written as array literals.
 */
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Within a column: backslash, newline, carriage return and tab are escaped; nothing else is. */
function copyText(text: string): string {
  return text.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]);
}

/** An array literal: every element quoted (backslash and quote escaped), NULL for null. */
function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}

export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Array.isArray(value)) return copyText(arrayLiteral(value));
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return copyText(String(value));
}

/**
 * An array column from its JSON text (chain-hash.ts `contentColumns`): JSON without a backslash is
 * already an array literal between brackets, and needs no COPY escaping; anything else is written
 * element by element.
 */
export function copyArray(json: string, values: () => readonly unknown[]): string {
  return json.includes('\\') ? copyField(values()) : `{${json.slice(1, -1)}}`;
}
