import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { freePort } from '../src/db/free-port';

export interface ThrowawayPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL of the benchmark's own, in a temporary directory that is removed afterwards, with
 * pg_stat_statements loaded so that the server itself counts every statement of every pool.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
  chmodSync(dataDir, 0o755); // the server runs as the unprivileged user embedded-postgres creates
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false, flags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=top', '-c', 'pg_stat_statements.track_utility=on'] });
  return {
    url: postgres.url,
    dataDir,
    stop: async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
