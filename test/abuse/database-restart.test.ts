import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditHub, createHubRole, startAuditHub } from '../access-log/support';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { auditAnswers, collectUncaught, health, Load, secretsIn, send, served, verifyLog, waitUntil, withheld, WORKLOAD } from './fault-load';

/**
 * The whole PostgreSQL server stops (fast shutdown) under load and starts again on the same data:
 * no answer carries personal data without its log entries, /health says what is wrong meanwhile,
 * and the same hub process serves again by itself. The server is this file's own.
 */
let postgres: PrivatePostgres;
let hub: AuditHub;
beforeAll(async () => {
  postgres = await startPrivatePostgres();
  hub = await startAuditHub((await createHubRole(postgres.databaseUrl)).url);
});
afterAll(async () => {
  await hub?.close();
  await postgres?.destroy();
});

describe('the database server stops mid-load and comes back', () => {
  it('withholds every answer it cannot log, reports it, and recovers without a restart of the hub', async () => {
    const baseline = await Promise.all(WORKLOAD.map((work) => send(hub, work, new Map())));
    expect(baseline.every(served)).toBe(true);
    const secrets = secretsIn(baseline);

    const uncaught = collectUncaught();
    const load = new Load(hub, 6);
    await waitUntil(() => load.countSince(0, served) >= 20, 20_000, '20 answers served before the fault');
    const inFlightAtStop = load.inFlight;
    const stopping = Date.now();
    await postgres.stop();
    const down = Date.now();

    const unhealthy = await waitUntil(
      async () => {
        const answer = await health(hub);
        return answer.status === 503 ? answer : undefined;
      },
      5_000,
      '/health answering 503',
    );
    expect(unhealthy.report.status).toBe('unavailable');
    expect(unhealthy.report.checks.accessLog).not.toBe('ok');
    expect(unhealthy.report.checks.core).not.toBe('ok');
    await waitUntil(() => load.countSince(down, () => true) >= 20, 10_000, '20 answers while the server is down');

    // The server accepts connections a little before start() returns (it is polled until it
    // answers): the outage is over when the start begins, not when it returns.
    const starting = Date.now();
    await postgres.start();
    const up = Date.now();
    const firstServed = await load.answerSince(up, served, 20_000, 'an answer served after the server came back');
    await waitUntil(() => load.countSince(up, served) >= 20, 20_000, '20 answers served after the server came back');
    const healthy = await health(hub);
    const sent = await load.stop();
    uncaught.stop();

    expect(healthy).toEqual({ status: 200, report: { status: 'ok', checks: expect.objectContaining({ accessLog: 'ok', core: 'ok' }) } });
    const caught = sent.filter((s) => s.startedAt < stopping && s.endedAt > stopping);
    const duringOutage = sent.filter((s) => s.startedAt >= down && s.endedAt <= starting);
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(duringOutage.every(withheld)).toBe(true);
    expect(uncaught.errors, 'errors that would have ended the hub').toEqual([]);
    const audit = await auditAnswers(hub, sent, secrets);
    expect((await verifyLog(hub)).intact).toBe(true);

    // A database that does not answer is said as such (retry), never as an internal error or a 500.
    expect(Object.keys(audit.withheldCodes).every((code) => ['DATABASE_UNAVAILABLE', 'ACCESS_LOG_UNAVAILABLE'].includes(code)), JSON.stringify(audit.withheldCodes)).toBe(true);
    expect(audit.byStatus['500'], JSON.stringify(audit.byStatus)).toBeUndefined();
    expect(duringOutage.some((s) => s.status === 503 && s.body?.errors?.[0]?.extensions?.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    console.log(
      `database restart: ${sent.length} answers (HTTP ${JSON.stringify(audit.byStatus)}; withheld ${JSON.stringify(audit.withheldCodes)}), ` +
        `${inFlightAtStop} in flight at the stop (answered ${JSON.stringify(caught.map((s) => s.status))}), ` +
        `stop took ${down - stopping} ms, ${duringOutage.length} answered while down, all withheld; ${audit.served} served (${audit.partial} partial) ` +
        `and every value logged; first served ${firstServed.endedAt - up} ms after the server was up ` +
        `(${sent.filter((s) => s.startedAt >= up && s.endedAt < firstServed.endedAt && !served(s)).length} withheld before it); ` +
        `/health while down: ${JSON.stringify(unhealthy.report.checks)}`,
    );
  });
});
