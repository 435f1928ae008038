/**
 * A PostgreSQL array literal (`{"a","b"}`, `{1,2}`), for a list bound as one parameter: written in
 * one join, where the driver's own serialisation builds it element by element (it was the largest
 * allocation of a 500-resident request, src/access-log/append.ts).
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}
