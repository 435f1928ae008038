/**
 * `npm run generate -- --residents 1000000 [--seed tsunagu] [--replace]`: fills the databases with a
 * synthetic municipality (the same databases `npm start` uses), printing the time and size it took.
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfig } from '../config/environment';
import { Databases } from '../db/databases';
import { seedOrganisations } from '../organisation/catalogue';
import { Resident } from '../resident/entities';
import { domainOf, loadSyntheticMunicipality } from './load-into-databases';
import { TABLES, type TableName } from './tables';

const USAGE = `Usage: npm run generate -- [--residents N] [--seed s] [--replace]

Fills the hub's databases (the running hub's embedded server, one started for the command, or
DATABASE_URL) with a synthetic municipality: --residents from 10 to 2,000,000 (default 100,000),
--seed names the generator's seed (same seed, same municipality), --replace empties the synthetic
tables first when residents are already there.
`;

async function main() {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', default: false },
      residents: { type: 'string', default: '100000' },
      seed: { type: 'string', default: 'tsunagu' },
      replace: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const residents = Number(values.residents);
  if (!Number.isInteger(residents) || residents < 10 || residents > 2_000_000) throw new Error('--residents must be a whole number from 10 to 2,000,000');

  const config = loadConfig();
  const databases = await Databases.open(config);
  try {
    await databases.migrate();
    await seedOrganisations(databases.em('core'));
    const existing = await databases.em('core').count(Resident);
    if (existing > 0 && !values.replace) throw new Error(`The database already holds ${existing} residents; pass --replace to replace them.`);
    if (existing > 0) await emptySyntheticTables(databases);

    const started = Date.now();
    const counts = await loadSyntheticMunicipality(databases, { residents, seed: values.seed!, progress: true });
    const seconds = (Date.now() - started) / 1000;
    console.log(`\nLoaded ${counts.resident.toLocaleString()} residents in ${counts.household.toLocaleString()} households in ${seconds.toFixed(1)} s.`);
    for (const [table, count] of Object.entries(counts)) console.log(`  ${TABLES[table as TableName].table.padEnd(36)} ${count.toLocaleString().padStart(12)}`);
    console.log(`Database size: ${await databaseSize(databases.urls.core)}`);
  } finally {
    await databases.close();
  }
}

async function emptySyntheticTables(databases: Databases) {
  for (const table of Object.keys(TABLES) as TableName[]) {
    const client = new Client({ connectionString: databases.urls[domainOf(table)] });
    await client.connect();
    await client.query(`TRUNCATE ${TABLES[table].table}`);
    await client.end();
  }
}

async function databaseSize(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
  await client.end();
  return rows[0].size;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
