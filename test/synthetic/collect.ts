import { generateMunicipality, type MunicipalityOptions } from '../../src/synthetic/municipality';
import { TABLES, type TableName } from '../../src/synthetic/tables';

export type Row = Record<string, any>;

export interface Collected {
  rows: Record<TableName, Row[]>;
  /** Tables in the order their first batch arrived. */
  batchTables: TableName[];
  /** Problems found while streaming: references to rows not yet yielded, wrong arity, oversized batches. */
  streamProblems: string[];
}

/** Runs the generator and keeps every row as an object keyed by column name, checking the stream as it goes. */
export function collect(options: MunicipalityOptions): Collected {
  const rows = Object.fromEntries(Object.keys(TABLES).map((table) => [table, []])) as unknown as Record<TableName, Row[]>;
  const batchTables: TableName[] = [];
  const streamProblems: string[] = [];
  const seen = {
    household: new Set<string>(),
    resident: new Set<string>(),
    publicHousingTenancy: new Set<number>(),
    rentArrears: new Set<number>(),
    utilityAccount: new Set<number>(),
  };
  const batchLimit = (options.batchSize ?? 5_000) + 50;
  for (const batch of generateMunicipality(options)) {
    batchTables.push(batch.table);
    if (batch.rows.length > batchLimit) streamProblems.push(`${batch.table} batch of ${batch.rows.length} rows`);
    const names = TABLES[batch.table].columns.map((column) => column.name);
    const objects = batch.rows.map((values) => {
      if (values.length !== names.length) streamProblems.push(`${batch.table} row of ${values.length} values`);
      return Object.fromEntries(names.map((name, index) => [name, values[index]]));
    });
    const refer = (row: Row, column: string, set: Set<unknown>) => {
      if (!set.has(row[column])) streamProblems.push(`${batch.table}.${column}=${row[column]} before its row`);
    };
    for (const row of objects) {
      if (batch.table === 'resident') refer(row, 'household_number', seen.household);
      else if ('resident_number' in row) refer(row, 'resident_number', seen.resident);
      if (batch.table === 'rentArrears') refer(row, 'tenancy_id', seen.publicHousingTenancy);
      if (batch.table === 'rentPaymentGuidance') refer(row, 'arrears_id', seen.rentArrears);
      if (batch.table === 'utilityArrears' || batch.table === 'supplyStopNotice') refer(row, 'account_id', seen.utilityAccount);
    }
    for (const row of objects) {
      if (batch.table === 'household') seen.household.add(row.household_number as string);
      if (batch.table === 'resident') seen.resident.add(row.resident_number as string);
      if (batch.table === 'publicHousingTenancy') seen.publicHousingTenancy.add(row.id as number);
      if (batch.table === 'rentArrears') seen.rentArrears.add(row.id as number);
      if (batch.table === 'utilityAccount') seen.utilityAccount.add(row.id as number);
    }
    rows[batch.table].push(...objects);
  }
  return { rows, batchTables, streamProblems };
}
