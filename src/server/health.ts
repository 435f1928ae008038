import type { Pool } from 'pg';
import { DOMAINS, type Domain } from '../config/environment';
import type { Databases } from '../db/databases';
import type { LogWrites } from '../access-log/write-outcomes';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  /** Each domain's database and the access log: `ok`, or what went wrong. */
  checks: Record<Domain | 'accessLog', string>;
}

const TIMEOUT_MS = 2000;

/**
 * What `GET /health` answers: whether every database the hub needs answers, within two seconds, and
 * whether the access log's latest write succeeded (a full disk still answers `select 1`). Without
 * the access log the hub serves no personal data (fail closed), so it counts as unavailable.
 */
export async function checkHealth(databases: Databases, accessLogPool: Pool, logWrites: LogWrites): Promise<HealthReport> {
  const probes: [Domain | 'accessLog', () => Promise<unknown>][] = [
    ...DOMAINS.map((domain) => [domain, () => databases.em(domain).getConnection().execute('select 1')] as [Domain, () => Promise<unknown>]),
    ['accessLog', () => accessLogPool.query('select 1').then(() => failIf(logWrites.problem()))],
  ];
  const results = await Promise.all(probes.map(async ([name, probe]) => [name, await within(probe())] as const));
  const checks = Object.fromEntries(results) as HealthReport['checks'];
  return { status: results.every(([, result]) => result === 'ok') ? 'ok' : 'unavailable', checks };
}

function failIf(problem: string | undefined): void {
  if (problem) throw new Error(problem);
}

async function within(probe: Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${TIMEOUT_MS} ms`), TIMEOUT_MS);
  });
  try {
    return await Promise.race([probe.then(() => 'ok'), timeout]);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}
