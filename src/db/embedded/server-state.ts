import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `<data dir>/embedded-postgres.json`: which process started the data directory's server, on which
 * port, and the owner role the commands connect as. The server is stopped only by the process that
 * started it, or, once that process is gone, by the last one to leave it — never while in use.
 */
export interface ServerState {
  /** The postmaster's process id. */
  pid: number;
  port: number;
  /** The process that started it. */
  startedBy: number;
  ownerRole: string;
  clusterDir: string;
  startedAt: string;
}

const FILE = 'embedded-postgres.json';

export function readServerState(dataDir: string): ServerState | undefined {
  const file = join(dataDir, FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

export function writeServerState(dataDir: string, state: ServerState): void {
  writeFileSync(join(dataDir, FILE), `${JSON.stringify(state, null, 2)}\n`);
}
