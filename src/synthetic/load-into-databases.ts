import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';
import type { Domain } from '../config/environment';
import type { Databases } from '../db/databases';
import { finishSequences } from './bulk-insert';
import { residentsGenerated, streamMunicipality } from './load';
import { TABLES, type TableName } from './tables';

/** The domain (and so the database) that owns each table, by its schema. */
const DOMAIN_OF_SCHEMA: Readonly<Record<string, Domain>> = {
  resident: 'core',
  housing: 'housing',
  tax: 'tax',
  welfare: 'welfare',
  utility: 'utility',
};

export function domainOf(table: TableName): Domain {
  const schema = TABLES[table].table.split('.')[0];
  const domain = DOMAIN_OF_SCHEMA[schema];
  if (!domain) throw new Error(`no domain owns schema ${schema}`);
  return domain;
}

/**
 * Loads the synthetic municipality into the hub's databases (each table into its domain's database),
 * with one transaction per database. The transactions commit one after another at the end, so a failure
 * while generating or inserting leaves every database untouched.
 */
export async function loadSyntheticMunicipality(
  databases: Databases,
  options: { residents: number; seed: string; asOf?: string; progress: boolean },
): Promise<Record<TableName, number>> {
  const clientsByUrl = new Map<string, Client>();
  for (const table of Object.keys(TABLES) as TableName[]) {
    const url = databases.urls[domainOf(table)];
    if (!clientsByUrl.has(url)) clientsByUrl.set(url, new Client({ connectionString: url }));
  }
  const clients = [...clientsByUrl.values()];
  const clientFor = (table: TableName) => clientsByUrl.get(databases.urls[domainOf(table)])!;
  const bar = options.progress ? new SingleBar({ format: 'residents {bar} {value}/{total} ({eta}s)', noTTYOutput: true, notTTYSchedule: 5000 }, Presets.shades_classic) : null;
  try {
    await Promise.all(clients.map((client) => client.connect()));
    await Promise.all(clients.map((client) => client.query('BEGIN')));
    const generation = { residents: options.residents, seed: options.seed, asOf: options.asOf };
    bar?.start(residentsGenerated(generation), 0);
    const { counts } = await streamMunicipality(clientFor, generation, (done) => bar?.update(done));
    for (const table of Object.keys(TABLES) as TableName[]) await finishSequences(clientFor(table), [TABLES[table]]);
    for (const client of clients) await client.query('COMMIT');
    return counts;
  } catch (error) {
    await Promise.all(clients.map((client) => client.query('ROLLBACK').catch(() => undefined)));
    throw error;
  } finally {
    bar?.stop();
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}
