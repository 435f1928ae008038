import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { reachableByOthers } from './binaries';
import { runsAsRoot, sharedDirectory } from './postgres-user';

/** Names the cluster's directory when it is not `<data dir>/postgres`, for people and backups. */
export const CLUSTER_POINTER = 'postgres-cluster-location';

/**
 * Where the data directory's PostgreSQL cluster lives: `<data dir>/postgres`, unless the hub runs as
 * root in a directory the postgres user cannot enter (/root/…, mktemp -d); then under the shared
 * directory (TSUNAGU_SHARED_DIR, default /var/lib/tsunagu), named after the data directory.
 */
export function clusterDirectory(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const local = join(dataDir, 'postgres');
  if (!runsAsRoot() || existsSync(join(local, 'PG_VERSION'))) return local;
  mkdirSync(dataDir, { recursive: true });
  if (reachableByOthers(local)) return local;
  const name = `${basename(dataDir).replace(/^\.+/, '')}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`;
  const shared = join(sharedDirectory(env), 'clusters', name, 'postgres');
  writeFileSync(join(dataDir, CLUSTER_POINTER), `${shared}\n`);
  return shared;
}
