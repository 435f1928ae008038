import { Client, types } from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { cloneTemplate } from '../support/template-database';

/** Databases on a clone of the test municipality, for one test file. */
export async function openDatabases(): Promise<Databases> {
  const databaseUrl = await cloneTemplate(inject('postgresServerUrl'));
  return Databases.open({ ...loadConfig({}), databaseUrl });
}

const DATE_OID = 1082;
const dateAsText = ((oid: number, format?: 'text') => (oid === DATE_OID ? (value: string) => value : types.getTypeParser(oid, format))) as typeof types.getTypeParser;

/** Plain SQL on the core database, dates as 'YYYY-MM-DD'. */
export async function sql<T = Record<string, any>>(databases: Databases, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databases.urls.core, types: { getTypeParser: dateAsText } });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
