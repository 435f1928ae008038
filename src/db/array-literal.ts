const NEEDS_ESCAPE = /[\\"]/;

/**
 * A PostgreSQL array literal (`{"a","b"}`, `{1,2}`), for a list bound as one parameter: written
 * here, where the driver's own serialisation builds it element by element (it was the largest
 * allocation of a 500-resident request, src/access-log/append.ts). Only an element holding a quote
 * or a backslash is escaped: resident numbers never do, and testing first is several times faster
 * than replacing in every element.
 */
export function arrayLiteral(values: readonly (string | number | null)[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    if (value === null) literal += 'NULL';
    else if (typeof value === 'number') literal += String(value);
    else literal += `"${NEEDS_ESCAPE.test(value) ? value.replace(/[\\"]/g, '\\$&') : value}"`;
  }
  return `${literal}}`;
}
