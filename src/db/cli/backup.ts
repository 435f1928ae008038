/**
 * `npm run db:backup -- --out DIR` / `npm run db:restore -- --from DIR [--replace]`: an offline copy
 * of the embedded database (the whole cluster: every domain and the access log with its
 * checkpoints) and of the data dir's keys (the checkpoint signing key, the token secret, the hub
 * role's password), without which the restored log's checkpoints could not be checked.
 * The embedded server must be stopped (PostgreSQL's files are consistent only then; the embedded
 * binaries have no pg_dump). With DATABASE_URL, back up with that server's own tools instead.
 */
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/environment';
import { clusterDirectory, CLUSTER_POINTER } from '../embedded/cluster-location';
import { isAlive, postmasterLock } from '../embedded/postmaster';
import { serverUser } from '../embedded/postgres-user';

const USAGE = `Usage: npm run db:backup -- --out DIR
       npm run db:restore -- --from DIR [--replace]

Copies the embedded database (every domain and the access log with its checkpoints) and the data
dir's keys to DIR, or back from it into TSUNAGU_DATA_DIR. Stop the hub first: the embedded server
must not be running. --replace lets a restore overwrite an existing database.
`;

/** Files of the data dir that describe a running server or its output, not data to keep. */
const TRANSIENT = new Set(['postgres', 'postgres.log', 'embedded-postgres.json', CLUSTER_POINTER]);

function refuseWhileRunning(clusterDir: string): void {
  const lock = postmasterLock(clusterDir);
  if (lock && isAlive(lock.pid)) throw new Error(`PostgreSQL (pid ${lock.pid}) is running on ${clusterDir}: stop the hub (and any command using it) first.`);
}

export function backup(dataDir: string, out: string): void {
  const clusterDir = clusterDirectory(dataDir);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) throw new Error(`There is no embedded database in ${dataDir} to back up.`);
  refuseWhileRunning(clusterDir);
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty.`);
  mkdirSync(out, { recursive: true, mode: 0o700 });
  cpSync(clusterDir, join(out, 'postgres'), { recursive: true, filter: (source) => !source.endsWith('postmaster.pid') });
  mkdirSync(join(out, 'keys'), { mode: 0o700 });
  for (const entry of readdirSync(dataDir)) {
    if (!TRANSIENT.has(entry)) cpSync(join(dataDir, entry), join(out, 'keys', entry), { recursive: true });
  }
}

export function restore(from: string, dataDir: string, replace: boolean): void {
  if (!existsSync(join(from, 'postgres', 'PG_VERSION'))) throw new Error(`${from} holds no backup made by npm run db:backup.`);
  mkdirSync(dataDir, { recursive: true });
  const clusterDir = clusterDirectory(dataDir);
  refuseWhileRunning(clusterDir);
  if (existsSync(join(clusterDir, 'PG_VERSION'))) {
    if (!replace) throw new Error(`${dataDir} already holds a database; pass --replace to overwrite it.`);
    rmSync(clusterDir, { recursive: true, force: true });
  }
  cpSync(join(from, 'postgres'), clusterDir, { recursive: true });
  const user = serverUser();
  if (user) chownTree(clusterDir, user.uid, user.gid);
  for (const entry of readdirSync(join(from, 'keys'))) cpSync(join(from, 'keys', entry), join(dataDir, entry), { recursive: true, force: true });
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (lstatSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), uid, gid);
}

function main(argv: string[]): number {
  const [verb, ...rest] = argv;
  const { values } = parseArgs({ args: rest, options: { out: { type: 'string' }, from: { type: 'string' }, replace: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('DATABASE_URL is set: back that server up with its own tools (pg_dump / pg_basebackup).');
  if (verb === 'backup' && values.out) {
    backup(config.dataDir, values.out);
    console.log(`Backed up ${config.dataDir} to ${values.out}.`);
    return 0;
  }
  if (verb === 'restore' && values.from) {
    restore(values.from, config.dataDir, values.replace ?? false);
    console.log(`Restored ${values.from} into ${config.dataDir}. Check the log: npm run log:verify`);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
