import type { Client } from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { arrayLiteral } from '../../src/db/array-literal';
import { bulkInsert, finishSequences, qualifiedName } from '../../src/synthetic/bulk-insert';
import { loadMunicipality } from '../../src/synthetic/load';
import { generateMunicipality } from '../../src/synthetic/municipality';
import { TABLES, type TableName } from '../../src/synthetic/tables';
import { connect, createTables, startTestDatabase, type TestDatabase } from './postgres';

const AWKWARD_TEXTS = [
  'つなぐ市の佐藤　花子',
  'tab\there',
  'new\nline and\r\ncarriage return',
  'back\\slash \\N and \\\\',
  '"double" and \'single\' quotes',
  '{braces},commas',
  'NULL',
  '',
  '🏠 emoji',
];

describe('bulkInsert on PostgreSQL', () => {
  let database: TestDatabase;
  let client: Client;

  const all = async (table: TableName) => {
    const spec = TABLES[table];
    const order = 'serialId' in spec ? 'id' : spec.columns[0].name;
    const { rows } = await client.query({ text: `SELECT * FROM ${qualifiedName(spec.table)} ORDER BY "${order}"`, rowMode: 'array' });
    return rows as unknown[][];
  };
  const truncateAll = () =>
    client.query(`TRUNCATE ${Object.values(TABLES).map((spec) => qualifiedName(spec.table)).join(', ')} RESTART IDENTITY`);

  beforeAll(async () => {
    database = await startTestDatabase();
    client = await connect(database.url);
    await createTables(client);
  }, 180_000);

  afterAll(async () => {
    await client?.end();
    await database?.stop();
  });

  beforeEach(truncateAll);

  it('round-trips awkward text, nulls, dates, booleans and text arrays exactly', async () => {
    const residents = AWKWARD_TEXTS.map((text, index) => [
      `10000000${String(index).padStart(2, '0')}`, '2000000001', 'HEAD', text, text, 'サトウ', 'ハナコ',
      index % 2 ? '1940-02-29' : '2026-12-31', 'FEMALE', '389-0001', text, index % 2 === 0, '2000-01-01',
    ]);
    await bulkInsert(client, TABLES.resident, residents);
    expect(await all('resident')).toEqual(residents);

    const concerns: (string[] | null)[] = [['INCOME', 'DEBT'], AWKWARD_TEXTS, [], ['a,b', 'c"d', 'e\\f', '{g}', 'NULL', ''], null];
    const cases = concerns.map((mainConcerns, index) => [
      index + 1, '1000000001', `SR-2025-${String(index + 1).padStart(6, '0')}`, '2025-04-01', 'WALK_IN', mainConcerns,
      'INTAKE', index % 2 ? null : '2025-05-01', null,
    ]);
    await bulkInsert(client, TABLES.selfRelianceCase, cases);
    expect(await all('selfRelianceCase')).toEqual(cases);
  });

  it('writes array literals that PostgreSQL reads back element for element', async () => {
    const values = ['plain', 'with "quote"', 'with \\ backslash', 'both \\"', 'NULL', '', '{}', 'a,b', '日本語', null];
    const { rows } = await client.query('SELECT $1::text[] AS elements', [arrayLiteral(values)]);
    expect(rows[0].elements).toEqual(values);
  });

  it('moves serial sequences past the inserted ids, and leaves an empty table starting at 1', async () => {
    const tenancy = (id: number) => [id, '1000000001', '市営港南団地', '1号棟', '101', '2020-04-01', 1, 20_000, 0, null, 'ACTIVE', null];
    await bulkInsert(client, TABLES.publicHousingTenancy, [tenancy(1), tenancy(2), tenancy(7)]);
    await finishSequences(client, Object.values(TABLES));
    const next = await client.query(
      `INSERT INTO housing.public_housing_tenancy (resident_number, estate_name, building, unit_number, move_in_date, household_size, monthly_rent_yen, rent_reduction_percent, status)
       VALUES ('1000000002', '市営旭団地', '2号棟', '202', '2021-01-01', 2, 15000, 0, 'ACTIVE') RETURNING id`,
    );
    expect(next.rows[0].id).toBe(8);
    const empty = await client.query(`INSERT INTO housing.rent_arrears (tenancy_id, resident_number, months_in_arrears, amount_yen, since, status) VALUES (1, '1000000001', 1, 20000, '2026-09-01', 'OPEN') RETURNING id`);
    expect(empty.rows[0].id).toBe(1);
  });

  it('loads a generated municipality exactly as generated', async () => {
    const options = { residents: 3_000, seed: 'bulk-insert-test' };
    const progress: [number, number][] = [];
    const { counts } = await loadMunicipality(client, { ...options, batchSize: 1_000 }, (done, total) => progress.push([done, total]));

    const expected = Object.fromEntries(Object.keys(TABLES).map((table) => [table, [] as unknown[][]])) as Record<TableName, unknown[][]>;
    for (const batch of generateMunicipality(options)) expected[batch.table].push(...batch.rows);
    for (const table of Object.keys(TABLES) as TableName[]) {
      expect(counts[table], table).toBe(expected[table].length);
      expect(await all(table), table).toEqual(expected[table]);
    }
    expect(progress.at(-1)).toEqual([3_000, 3_000]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));

    const orphans = await client.query(`
      SELECT (SELECT count(*) FROM housing.rent_arrears a LEFT JOIN housing.public_housing_tenancy t ON t.id = a.tenancy_id WHERE t.id IS NULL)
           + (SELECT count(*) FROM utility.supply_stop_notice n LEFT JOIN utility.utility_account u ON u.id = n.account_id WHERE u.id IS NULL)
           + (SELECT count(*) FROM tax.resident_tax_assessment x LEFT JOIN resident.resident r USING (resident_number) WHERE r.resident_number IS NULL) AS orphans`);
    expect(Number(orphans.rows[0].orphans)).toBe(0);
  });

  it('loads all or nothing', async () => {
    // A constraint that only the last tables' rows break: everything before them must be rolled back too.
    await client.query(`ALTER TABLE utility.supply_stop_notice ADD CONSTRAINT no_notices CHECK (status = 'never')`);
    try {
      await expect(loadMunicipality(client, { residents: 2_000, seed: 'rollback' })).rejects.toThrow(/no_notices/);
    } finally {
      await client.query('ALTER TABLE utility.supply_stop_notice DROP CONSTRAINT no_notices');
    }
    for (const table of Object.keys(TABLES) as TableName[]) expect(await all(table), table).toEqual([]);

    await loadMunicipality(client, { residents: 500, seed: 'twice' });
    await expect(loadMunicipality(client, { residents: 500, seed: 'twice' })).rejects.toThrow(/duplicate key/);
    expect(await all('resident')).toHaveLength(500);
  });
});
