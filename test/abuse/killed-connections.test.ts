import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, type AuditHub, cloneDatabase, createHubRole, startAuditHub } from '../access-log/support';
import { auditAnswers, collectUncaught, health, Load, secretsIn, send, served, verifyLog, waitUntil, WORKLOAD } from './fault-load';

/**
 * Every connection the hub holds — its domain pools and the access log's — is killed
 * (pg_terminate_backend) again and again under load: no answer carries personal data without its
 * log entries, and the hub heals by itself between the kills.
 */
let databaseUrl: string;
let role: string;
let hub: AuditHub;
beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  const hubRole = await createHubRole(databaseUrl);
  role = hubRole.role;
  hub = await startAuditHub(hubRole.url);
});
afterAll(() => hub?.close());

interface Kill {
  at: number;
  killed: number;
  active: number;
  /** Connections whose last statement was the access log's. */
  log: number;
}

/** Terminates every backend of the hub's role; says how many, how many were mid-statement, how many the log's. */
function killHubConnections(): Promise<Kill> {
  return asSuperuser(databaseUrl, async (db) => {
    const result = await db.query<{ active: boolean; log: boolean; killed: boolean }>(
      `SELECT state = 'active' AS active, query ~ 'audit\\.' AS log, pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE usename = $1`,
      [role],
    );
    const count = (key: 'active' | 'log' | 'killed') => result.rows.filter((r) => r[key]).length;
    return { at: Date.now(), killed: count('killed'), active: count('active'), log: count('log') };
  });
}

describe("the hub's connections are killed under load", () => {
  it('withholds what it cannot log and serves again by itself after every kill', async () => {
    const baseline = await Promise.all(WORKLOAD.map((work) => send(hub, work, new Map())));
    expect(baseline.every(served)).toBe(true);
    const secrets = secretsIn(baseline);

    const uncaught = collectUncaught();
    const load = new Load(hub, 6);
    const kills: Kill[] = [];
    const recoveries: number[] = [];
    let since = 0;
    // At least three kills, and more until one has caught a request mid-way (its answer withheld).
    while (kills.length < 3 || load.countSince(kills[0].at, (s) => !served(s)) === 0) {
      expect(kills.length, 'a kill should catch some request in flight').toBeLessThan(20);
      await waitUntil(() => load.countSince(since, served) >= 5, 20_000, '5 answers served since the last kill');
      if (kills.length > 0) recoveries.push(load.sent.find((s) => s.startedAt >= since && served(s))!.endedAt - since);
      const kill = await killHubConnections();
      kills.push(kill);
      since = kill.at;
    }
    const firstServed = await load.answerSince(since, served, 20_000, 'an answer served after the last kill');
    recoveries.push(firstServed.endedAt - since);
    const healthy = await health(hub);
    const sent = await load.stop();
    uncaught.stop();

    expect(kills.every((k) => k.killed > 0)).toBe(true);
    expect(kills.some((k) => k.log > 0), "the access log's connections were among those killed").toBe(true);
    expect(healthy.status).toBe(200);
    expect(uncaught.errors, 'errors that would have ended the hub').toEqual([]);
    const audit = await auditAnswers(hub, sent, secrets);
    expect(audit.withheld).toBeGreaterThan(0);
    expect(Object.keys(audit.withheldCodes).every((code) => ['DATABASE_UNAVAILABLE', 'ACCESS_LOG_UNAVAILABLE'].includes(code)), JSON.stringify(audit.withheldCodes)).toBe(true);
    expect(audit.byStatus['500'], JSON.stringify(audit.byStatus)).toBeUndefined();
    expect((await verifyLog(hub)).intact).toBe(true);

    console.log(
      `killed connections: ${kills.length} kills of ${JSON.stringify(kills.map(({ killed, active, log }) => ({ killed, active, log })))}; ` +
        `${sent.length} answers (HTTP ${JSON.stringify(audit.byStatus)}; withheld ${JSON.stringify(audit.withheldCodes)}); ` +
        `${audit.served} served (${audit.partial} partial), every value logged; first served after each kill: ${recoveries.join(', ')} ms`,
    );
  });
});
