import type { ClientBase } from 'pg';
import { TABLE_LOAD_ORDER } from './batches';
import { bulkInsert, finishSequences } from './bulk-insert';
import { demoCast } from './demo-cast';
import { RegisterNumbers } from './identifiers';
import { DEFAULT_AS_OF, generateMunicipality, type MunicipalityOptions } from './municipality';
import { TABLES, type TableName } from './tables';

export type LoadProgress = (residentsDone: number, residentsTotal: number) => void;

export interface LoadResult {
  counts: Record<TableName, number>;
}

/** How many residents `options` generates: the demo cast is always there. */
export function residentsGenerated(options: MunicipalityOptions): number {
  const cast = demoCast(new RegisterNumbers(), options.asOf ?? DEFAULT_AS_OF);
  return Math.max(options.residents, cast.reduce((sum, plan) => sum + plan.residents.length, 0));
}

/**
 * Streams a generated municipality into `clientFor(table)`'s database, batch by batch, in reference order.
 * The next batch is generated while the previous one is being inserted, so generation and PostgreSQL
 * work in parallel. Transactions are the caller's business.
 */
export async function streamMunicipality(
  clientFor: (table: TableName) => ClientBase,
  options: MunicipalityOptions,
  onProgress?: LoadProgress,
): Promise<LoadResult> {
  const counts = Object.fromEntries(TABLE_LOAD_ORDER.map((table) => [table, 0])) as Record<TableName, number>;
  const total = residentsGenerated(options);
  let inFlight: Promise<void> = Promise.resolve();
  for (const batch of generateMunicipality(options)) {
    await inFlight;
    inFlight = bulkInsert(clientFor(batch.table), TABLES[batch.table], batch.rows).then(() => {
      counts[batch.table] += batch.rows.length;
      if (batch.table === 'resident') onProgress?.(counts.resident, total);
    });
    // Generation is synchronous: a failed insert is only awaited at the next batch, so mark it handled now.
    inFlight.catch(() => undefined);
  }
  await inFlight;
  return { counts };
}

/**
 * Generates a municipality and loads it into existing, empty tables through one client, in one
 * transaction: either every row is there afterwards, or none is. Reports progress in residents.
 */
export async function loadMunicipality(client: ClientBase, options: MunicipalityOptions, onProgress?: LoadProgress): Promise<LoadResult> {
  await client.query('BEGIN');
  try {
    const result = await streamMunicipality(() => client, options, onProgress);
    await finishSequences(client, Object.values(TABLES));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
