import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/db/free-port';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { prepareDatabase } from '../../src/server/prepare-database';
import { TEST_SEED } from './template-database';

/**
 * A PostgreSQL server of one test file's own, for faults that would hit every other file on the
 * shared server (stopping it, filling its disk). Its database holds a small prepared municipality.
 */
export interface PrivatePostgres {
  /** The prepared database, as the superuser. */
  databaseUrl: string;
  dataDir: string;
  /** Fast shutdown (SIGINT, like `pg_ctl stop -m fast`): open connections are terminated. */
  stop(): Promise<void>;
  /** Starts the server again on the same data directory and port. */
  start(): Promise<void>;
  /** Stops the server if it runs and deletes its data directory. */
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(residents = 200): Promise<PrivatePostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-faults-'));
  chmodSync(dataDir, 0o755); // the server runs as the unprivileged user embedded-postgres creates
  const options = { dataDir, port: await freePort(), persistent: true };
  let running: RunningPostgres | undefined = await startEmbeddedPostgres(options);
  const databaseUrl = running.url;
  const config = { ...loadConfig({}), databaseUrl, demoResidents: residents, demoSeed: TEST_SEED };
  const databases = await Databases.open(config);
  try {
    await prepareDatabase(databases, config, { progress: false });
  } finally {
    await databases.close();
  }
  const stop = async () => {
    await running?.stop();
    running = undefined;
  };
  return {
    databaseUrl,
    dataDir,
    stop,
    async start() {
      running ??= await startEmbeddedPostgres(options);
    },
    async destroy() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
