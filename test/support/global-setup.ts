import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { freePort } from '../../src/db/free-port';
import { createTemplateDatabase } from './template-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL of the test PostgreSQL, without a database name. */
    postgresServerUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run, unless TEST_DATABASE_SERVER_URL names one. A template
 * database is migrated and filled once; every test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-test-'));
    chmodSync(dataDir, 0o755); // the server runs as the unprivileged user embedded-postgres creates
    const port = await freePort();
    const postgres = await startEmbeddedPostgres({ dataDir, port, persistent: false });
    serverUrl = postgres.url.replace(/\/[^/]*$/, '');
    stop = async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await createTemplateDatabase(serverUrl);
  project.provide('postgresServerUrl', serverUrl);
  return stop;
}
