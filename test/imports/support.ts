import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, types } from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import type { DeclaredEncoding } from '../../src/imports/encoding';
import { importExtract, type ImportReport } from '../../src/imports/importer';
import { cloneTemplate } from '../support/template-database';

export const FIXTURES = join(__dirname, 'fixtures');

/** The example file of a kind (test/imports/fixtures/<kind>.csv), as bytes. */
export function fixture(kind: string): Buffer {
  return readFileSync(join(FIXTURES, `${kind}.csv`));
}

/** Databases on a clone of the test municipality, for one test file. */
export async function openDatabases(): Promise<Databases> {
  const databaseUrl = await cloneTemplate(inject('postgresServerUrl'));
  return Databases.open({ ...loadConfig({}), databaseUrl });
}

export function importBytes(
  databases: Databases,
  kind: string,
  bytes: Buffer | string,
  options: { encoding?: DeclaredEncoding; dryRun?: boolean; fileName?: string } = {},
): Promise<ImportReport> {
  const content = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return importExtract(databases, { kind, bytes: content, fileName: options.fileName ?? `${kind}.csv`, encoding: options.encoding, dryRun: options.dryRun });
}

const DATE_OID = 1082;
const dateAsText = ((oid: number, format?: 'text') => (oid === DATE_OID ? (value: string) => value : types.getTypeParser(oid, format))) as typeof types.getTypeParser;

/** Runs SQL on the test database (every domain shares it); dates come back as 'YYYY-MM-DD' text. */
export async function sql<T = Record<string, any>>(databases: Databases, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databases.urls.core, types: { getTypeParser: dateAsText } });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Row counts of the tables an import writes, to show that a refused or repeated import changed nothing. */
export async function rowCounts(databases: Databases): Promise<Record<string, number>> {
  const tables = [
    'resident.household', 'resident.resident', 'housing.public_housing_tenancy', 'housing.rent_arrears', 'tax.resident_tax_assessment',
    'tax.tax_arrears', 'tax.nhi_premium_arrears', 'welfare.public_assistance', 'welfare.care_certification', 'welfare.disability_certificate',
    'utility.utility_account', 'utility.utility_arrears', 'utility.supply_stop_notice',
    'organisation.organisation', 'organisation.unit', 'organisation.contract', 'organisation.membership', 'organisation.staff',
  ];
  const [row] = await sql(databases, `select ${tables.map((table) => `(select count(*)::int from ${table}) as "${table}"`).join(', ')}`);
  return row as Record<string, number>;
}
