import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PostmasterLock {
  pid: number;
  port: number;
}

/** PostgreSQL's own record of the server holding a cluster (postmaster.pid: pid, directory, start time, port, …). */
export function postmasterLock(clusterDir: string): PostmasterLock | undefined {
  const file = join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0 ? { pid, port } : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the postgres user, when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Fast shutdown (SIGINT, like `pg_ctl stop -m fast`), waiting until the server has gone. */
export async function stopPostmaster(pid: number, child?: { exited: Promise<unknown>; ref(): void }): Promise<void> {
  // A detached child is unref'd: waiting for its exit alone would not keep this process alive.
  child?.ref();
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  if (child) {
    await child.exited;
    return;
  }
  for (let waited = 0; waited < 60_000 && isAlive(pid); waited += 100) await sleep(100);
}
