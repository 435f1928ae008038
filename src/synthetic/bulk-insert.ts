import type { ClientBase } from 'pg';
import { arrayLiteral } from '../db/array-literal';
import type { ColumnSpec, TableSpec } from './tables';

const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** 'housing.rent_arrears' → '"housing"."rent_arrears"'. */
export function qualifiedName(table: string): string {
  return table.split('.').map(quoteIdentifier).join('.');
}

function parameterType(column: ColumnSpec): string {
  return column.type === 'text[]' ? 'text[]' : `${column.type}[]`;
}

function insertStatement(spec: TableSpec): string {
  const names = spec.columns.map((column) => quoteIdentifier(column.name));
  const parameters = spec.columns.map((column, index) => `$${index + 1}::${parameterType(column)}`);
  const selected = spec.columns.map((column, index) => (column.type === 'text[]' ? `${names[index]}::text[]` : names[index]));
  return (
    `INSERT INTO ${qualifiedName(spec.table)} (${names.join(', ')}) ` +
    `SELECT ${selected.join(', ')} FROM unnest(${parameters.join(', ')}) AS batch(${names.join(', ')})`
  );
}

const statements = new WeakMap<TableSpec, string>();

/**
 * Inserts `rows` (values in the order of spec.columns) in one statement: one array parameter per column,
 * zipped back into rows by unnest(). One round trip and one plan per batch, and no escaping of values
 * beyond what the driver does for array parameters.
 */
export async function bulkInsert(client: ClientBase, spec: TableSpec, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  let text = statements.get(spec);
  if (!text) statements.set(spec, (text = insertStatement(spec)));
  const values = spec.columns.map((column, index) =>
    rows.map((row) => {
      const value = row[index];
      // A text[] value travels inside a text[] parameter as its array literal ('{"INCOME","DEBT"}') and is
      // cast back in the SELECT, because unnest() would flatten a two-dimensional array into single elements.
      if (column.type === 'text[]' && value !== null && value !== undefined) return arrayLiteral(value as (string | null)[]);
      return value ?? null;
    }),
  );
  await client.query(text, values);
}

/** Moves every serial id sequence past the largest id, so rows inserted later get fresh ids. */
export async function finishSequences(client: ClientBase, specs: readonly TableSpec[]): Promise<void> {
  for (const spec of specs) {
    if (!spec.serialId) continue;
    const table = qualifiedName(spec.table);
    const id = quoteIdentifier(spec.serialId);
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(max(${id}), 1), max(${id}) IS NOT NULL) FROM ${table}`,
      [table, spec.serialId],
    );
  }
}
