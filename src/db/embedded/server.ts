import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { postgresBinaries } from './binaries';
import { clusterDirectory } from './cluster-location';
import { initCluster, OWNER_PASSWORD, OWNER_ROLE } from './init-cluster';
import { isAlive, postmasterLock, stopPostmaster } from './postmaster';
import { serverUser } from './postgres-user';
import { readServerState, writeServerState } from './server-state';

export const EMBEDDED_DATABASE = 'tsunagu';

export interface EmbeddedServer {
  /** The owner role's URL of the hub's database. */
  url: string;
  port: number;
  /** Whether this process started the server (else it attached to one already running). */
  startedHere: boolean;
  /**
   * Done with the server: stops it only if this process started it (or the process that did is gone)
   * and no one else is connected; a server another process uses keeps running.
   */
  release(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** The port to start a server on; a running server is found on whatever port it uses. */
  port: number;
  /** false: fail instead of creating a cluster (commands that only read what the hub wrote). */
  create?: boolean;
}

export function ownerUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${OWNER_ROLE}:${OWNER_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The data directory's PostgreSQL: the running server if there is one (whoever started it), else
 * one started now, detached, so that it outlives this process while others use it.
 */
export async function useEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const clusterDir = clusterDirectory(options.dataDir);
  const running = await runningServer(clusterDir);
  if (running) return attached(options.dataDir, running);
  if (options.create === false && !existsSync(join(clusterDir, 'PG_VERSION'))) {
    throw new Error(`There is no database in ${options.dataDir} yet. Start the hub once (npm start), or point DATABASE_URL / AUDIT_DATABASE_URL at the database.`);
  }
  try {
    const started = await startServer(options, clusterDir, true);
    return { url: started.url, port: options.port, startedHere: true, release: () => leave(options.dataDir, started.pid, started.port, started) };
  } catch (error) {
    // Another process may have started it at the same moment.
    const raced = await runningServer(clusterDir);
    if (raced) return attached(options.dataDir, raced);
    throw error;
  }
}

export interface RunningPostgres {
  url: string;
  /** Stops the server unconditionally (fast shutdown), deleting the cluster unless persistent. */
  stop(): Promise<void>;
}

/** A server of the caller's own (tests, benchmarks): started here, attached to this process, stopped on demand. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Extra server flags, e.g. `['-c', 'shared_preload_libraries=pg_stat_statements']` (the benchmark). */
  flags?: string[];
}): Promise<RunningPostgres> {
  const clusterDir = clusterDirectory(options.dataDir);
  const started = await startServer(options, clusterDir, false);
  return {
    url: started.url,
    stop: async () => {
      await stopPostmaster(started.pid, started);
      if (!options.persistent) rmSync(clusterDir, { recursive: true, force: true });
    },
  };
}

interface Running {
  pid: number;
  port: number;
}

function attached(dataDir: string, running: Running): EmbeddedServer {
  return { url: ownerUrl(running.port), port: running.port, startedHere: false, release: () => leave(dataDir, running.pid, running.port) };
}

/** The live server holding the cluster, once it answers; undefined when none holds it. */
async function runningServer(clusterDir: string): Promise<Running | undefined> {
  const lock = postmasterLock(clusterDir);
  if (!lock || !isAlive(lock.pid)) return undefined;
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (await answers(ownerUrl(lock.port, 'postgres'))) return lock;
    if (!isAlive(lock.pid)) return undefined;
    await sleep(200);
  }
  throw new Error(`PostgreSQL (pid ${lock.pid}) holds ${clusterDir} but does not answer on port ${lock.port}. Check ${join(dirname(clusterDir), 'postgres.log')}, or stop it: kill -INT ${lock.pid}`);
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startServer(options: { dataDir: string; port: number; flags?: string[] }, clusterDir: string, detached: boolean) {
  mkdirSync(options.dataDir, { recursive: true });
  const user = serverUser();
  const binaries = postgresBinaries();
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (fresh) await initCluster(binaries, clusterDir, user);
  const logFile = join(options.dataDir, 'postgres.log');
  const log = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(binaries.postgres, ['-D', clusterDir, '-p', String(options.port), ...(options.flags ?? [])], {
      cwd: dirname(clusterDir),
      detached,
      stdio: ['ignore', log, log],
      uid: user?.uid,
      gid: user?.gid,
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
  } finally {
    closeSync(log);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('error', () => undefined);
  if (detached) child.unref();
  const url = ownerUrl(options.port);
  const failed = () =>
    new Error(
      `PostgreSQL did not start in ${clusterDir} on port ${options.port}. Is another server using the port? ` +
        `Its log (${logFile}) ends:\n${tail(logFile)}`,
    );
  for (let waited = 0; !(await answers(ownerUrl(options.port, 'postgres'))); waited += 100) {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid || waited > 60_000) {
      if (child.pid && isAlive(child.pid)) await stopPostmaster(child.pid, { exited, ref: () => child.ref() });
      throw failed();
    }
    await sleep(100);
  }
  if (fresh) await createDatabase(options.port);
  writeServerState(options.dataDir, { pid: child.pid!, port: options.port, startedBy: process.pid, ownerRole: OWNER_ROLE, clusterDir, startedAt: new Date().toISOString() });
  return { url, pid: child.pid!, port: options.port, exited, ref: () => child.ref() };
}

async function createDatabase(port: number): Promise<void> {
  const client = new Client({ connectionString: ownerUrl(port, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}

/** Stops the server if it is this process's to stop and no one else uses it; otherwise leaves it running. */
async function leave(dataDir: string, pid: number, port: number, child?: { exited: Promise<unknown>; ref(): void }): Promise<void> {
  const state = readServerState(dataDir);
  const ours = state?.pid === pid && (state.startedBy === process.pid || !isAlive(state.startedBy));
  if (!ours || !isAlive(pid)) return;
  const others = await otherConnections(port);
  if (others > 0) {
    process.stderr.write(`PostgreSQL (pid ${pid}, port ${port}) keeps running: ${others} other connection(s) use it.\n`);
    return;
  }
  await stopPostmaster(pid, child);
}

async function otherConnections(port: number): Promise<number> {
  const client = new Client({ connectionString: ownerUrl(port, 'postgres') });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()");
    return rows[0].n;
  } catch {
    return 1; // unsure: leave it running
  } finally {
    await client.end().catch(() => undefined);
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
}
