import { TABLES, type TableName } from './tables';

export interface Batch {
  table: TableName;
  rows: unknown[][];
}

/** The order in which whole tables can be loaded: every table after the tables it refers to. */
export const TABLE_LOAD_ORDER: readonly TableName[] = [
  'household',
  'resident',
  'publicHousingTenancy',
  'rentArrears',
  'rentPaymentGuidance',
  'housingConsultation',
  'residentTaxAssessment',
  'taxArrears',
  'nhiPremiumArrears',
  'publicAssistance',
  'careCertification',
  'disabilityCertificate',
  'selfRelianceCase',
  'housingSecurityBenefit',
  'utilityAccount',
  'utilityArrears',
  'supplyStopNotice',
];

const PARENT_TABLES: Partial<Record<TableName, TableName[]>> = {
  resident: ['household'],
  rentArrears: ['publicHousingTenancy'],
  rentPaymentGuidance: ['rentArrears'],
  utilityArrears: ['utilityAccount'],
  supplyStopNotice: ['utilityAccount'],
};

/** Tables whose rows must already be loaded before a row of `table` is: its parents and the resident register. */
export function referencedTables(table: TableName): TableName[] {
  const referencesResident =
    table !== 'resident' && TABLES[table].columns.some((column) => column.name === 'resident_number');
  return [...(referencesResident ? (['resident'] as TableName[]) : []), ...(PARENT_TABLES[table] ?? [])];
}

/**
 * Buffers rows per table and releases a table's batch once it is full, after releasing whatever is
 * buffered in the tables it refers to, so a consumer that loads batches in the order received never
 * meets a reference to a row not yet loaded. Memory stays bounded by the batch size times the tables.
 */
export class BatchQueue {
  private readonly buffers = new Map<TableName, unknown[][]>(TABLE_LOAD_ORDER.map((table) => [table, []]));

  constructor(private readonly batchSize: number) {}

  add(table: TableName, row: unknown[]): void {
    this.buffers.get(table)!.push(row);
  }

  *takeFull(): Generator<Batch> {
    for (const table of TABLE_LOAD_ORDER) {
      if (this.buffers.get(table)!.length >= this.batchSize) yield* this.release(table);
    }
  }

  *takeAll(): Generator<Batch> {
    for (const table of TABLE_LOAD_ORDER) yield* this.release(table);
  }

  private *release(table: TableName): Generator<Batch> {
    for (const parent of referencedTables(table)) yield* this.release(parent);
    const rows = this.buffers.get(table)!;
    if (rows.length === 0) return;
    this.buffers.set(table, []);
    yield { table, rows };
  }
}
