import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { TABLES } from '../../src/synthetic/tables';
import { cloneTemplate } from '../support/template-database';

/**
 * Runs under the project's test setup (test/vitest.config.mts), which migrates a template database and
 * loads the test municipality into it through loadSyntheticMunicipality: a drift between TABLES and the
 * migrations fails here rather than in a bulk insert. Skipped when no test PostgreSQL is provided.
 */
const serverUrl = (inject as (key: string) => string | undefined)('postgresServerUrl');

const POSTGRES_TYPE = { text: 'text', int: 'integer', bigint: 'bigint', date: 'date', boolean: 'boolean', 'text[]': '_text' } as const;

describe.skipIf(!serverUrl)('TABLES against the migrated database', () => {
  let client: Client;
  let databaseUrl: string;

  beforeAll(async () => {
    databaseUrl = await cloneTemplate(serverUrl!);
    client = new Client({ connectionString: databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
  });

  it('lists every column of every table, with its type, and every column an insert must fill', async () => {
    for (const spec of Object.values(TABLES)) {
      const [schema, table] = spec.table.split('.');
      const { rows } = await client.query(
        `SELECT column_name, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2`,
        [schema, table],
      );
      expect(rows.length, spec.table).toBeGreaterThan(0);
      const migrated = new Map(rows.map((row) => [row.column_name, row]));
      for (const column of spec.columns) {
        expect(migrated.get(column.name)?.udt_name, `${spec.table}.${column.name}`).toBe(
          column.type === 'int' ? 'int4' : column.type === 'bigint' ? 'int8' : column.type === 'boolean' ? 'bool' : POSTGRES_TYPE[column.type],
        );
      }
      const required = rows.filter((row) => row.is_nullable === 'NO' && row.column_default === null).map((row) => row.column_name);
      const listed = spec.columns.map((column) => column.name);
      expect(required.filter((name) => !listed.includes(name)), spec.table).toEqual([]);
    }
  });

  it('holds the demo cast, loaded through the hub start-up path', async () => {
    const { rows } = await client.query('SELECT resident_number FROM resident.resident WHERE resident_number = ANY($1)', [Object.values(DEMO_RESIDENTS)]);
    expect(rows).toHaveLength(Object.keys(DEMO_RESIDENTS).length);
    const notices = await client.query('SELECT count(*)::int AS n FROM utility.supply_stop_notice WHERE resident_number = $1', [DEMO_RESIDENTS.fallingBetween]);
    expect(notices.rows[0].n).toBe(1);
    const next = await client.query(`SELECT nextval(pg_get_serial_sequence('utility.utility_account', 'id'))::int AS id, (SELECT max(id) FROM utility.utility_account) AS max`);
    expect(next.rows[0].id).toBeGreaterThan(next.rows[0].max);
  });
});
