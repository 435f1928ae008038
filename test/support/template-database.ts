import { Client } from 'pg';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { prepareDatabase } from '../../src/server/prepare-database';

export const TEMPLATE_DATABASE = 'tsunagu_test_template';
/** Residents in the test municipality: enough for lists of hundreds, small enough to load in seconds. */
export const TEST_RESIDENTS = 1500;
export const TEST_SEED = 'tsunagu-tests';

export async function withServer<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTemplateDatabase(serverUrl: string): Promise<void> {
  await withServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const config = { ...loadConfig({}), databaseUrl: `${serverUrl}/${TEMPLATE_DATABASE}`, demoResidents: TEST_RESIDENTS, demoSeed: TEST_SEED };
  const databases = await Databases.open(config);
  try {
    await prepareDatabase(databases, config, { progress: false });
  } finally {
    await databases.close();
  }
}

let counter = 0;

/** A database of its own for one test file, cloned from the template. */
export async function cloneTemplate(serverUrl: string): Promise<string> {
  const name = `tsunagu_test_${process.pid}_${++counter}_${Date.now()}`;
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return `${serverUrl}/${name}`;
}
