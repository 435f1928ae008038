import { DatabaseError } from 'pg';

/** How long /health reports a failed write with no successful one since (see `problem`). */
export const WRITE_FAILURE_REPORTED_MS = 30_000;

/** Names of the SQLSTATEs a write of the log typically fails with, for the health report. */
const CONDITIONS: Record<string, string> = {
  '53100': 'disk full',
  '53200': 'out of memory',
  '53300': 'too many connections',
  '42501': 'insufficient privilege',
  '57014': 'statement timeout',
  '57P01': 'server shutting down',
  '25006': 'read-only transaction',
};

interface Failure {
  at: number;
  cause: string;
}

/**
 * The outcome of the hub's latest access-log write. `select 1` answers on a database whose disk is
 * full or whose INSERT right was revoked, so /health also says when the last write failed.
 */
export class LogWrites {
  private failure?: Failure;

  succeeded(): void {
    this.failure = undefined;
  }

  failed(error: unknown, at = Date.now()): void {
    this.failure = { at, cause: causeOf(error) };
  }

  /**
   * What went wrong with the latest write, while none has succeeded since — for at most
   * WRITE_FAILURE_REPORTED_MS: a hub that a load balancer stops sending requests to would otherwise
   * never write again and so never report healthy after the fault is repaired.
   */
  problem(now = Date.now()): string | undefined {
    if (!this.failure || now - this.failure.at > WRITE_FAILURE_REPORTED_MS) return undefined;
    const seconds = Math.round((now - this.failure.at) / 1000);
    return `the last write failed ${seconds} s ago: ${this.failure.cause}`;
  }
}

/** A SQLSTATE (and its condition) or a network error code; never the message, which may name files. */
function causeOf(error: unknown): string {
  if (error instanceof DatabaseError && error.code) {
    const condition = CONDITIONS[error.code];
    return condition ? `${condition} (SQLSTATE ${error.code})` : `SQLSTATE ${error.code}`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'no connection or no answer';
}
