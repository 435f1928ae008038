import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PostgresBinaries } from './binaries';
import type { OsUser } from './postgres-user';

export const OWNER_ROLE = 'postgres';
export const OWNER_PASSWORD = 'postgres';

/** initdb: a new cluster owned by the server's user, in UTF-8, the owner role logging in by password. */
export async function initCluster(binaries: PostgresBinaries, clusterDir: string, user: OsUser | undefined): Promise<void> {
  mkdirSync(dirname(clusterDir), { recursive: true });
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dirname(clusterDir), `.initdb-password-${process.pid}`);
  writeFileSync(passwordFile, `${OWNER_PASSWORD}\n`, { mode: 0o600 });
  if (user) {
    chownSync(clusterDir, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  const args = [`--pgdata=${clusterDir}`, '--auth=password', `--username=${OWNER_ROLE}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', `--locale=${bestLocale()}`, '--lc-messages=C'];
  try {
    await new Promise<void>((resolve, reject) => {
      // cwd: a directory the server's user can enter (initdb fails in one it cannot, e.g. /root).
      execFile(binaries.initdb, args, { cwd: dirname(clusterDir), uid: user?.uid, gid: user?.gid, env: { ...process.env, LC_MESSAGES: 'C' } }, (error, _stdout, stderr) =>
        error ? reject(new Error(`initdb failed in ${clusterDir}: ${stderr || error.message}`)) : resolve(),
      );
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** C.UTF-8 where the system has it (code-point order, Unicode case rules), else C. */
function bestLocale(): string {
  try {
    const locales = execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
    return locales.some((l) => l.trim().toLowerCase() === 'c.utf8' || l.trim() === 'C.UTF-8') ? 'C.UTF-8' : 'C';
  } catch {
    return 'C';
  }
}
