import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HubConfig } from '../../src/config/environment';
import { HubHandle } from '../../bench/hub-handle';
import { countLogEntries, verifyLog } from '../../bench/log-accounting';
import { sampleResidents, tokenIssuer } from '../../bench/municipality';
import { addResponse, emptyTally, mergeTallies, type Tally, unexpectedErrors } from '../../bench/response-tally';
import { AUDITOR_EVENTS, mixSequence, soakScenarios } from '../../bench/soak-mix';
import { compileProject, type CompiledProject } from '../support/compiled-project';
import { TEST_RESIDENTS } from '../support/template-database';
import { TEST_JWT_SECRET } from '../support/test-hub';
import { asSuperuser, cloneDatabase } from './support';

const CHECKPOINT_EVERY = 50;
const REQUESTS_PER_HUB = 160;
/** Enough concurrent callers that requests finish while another's append is under way (group commit). */
const CONNECTIONS_PER_HUB = 12;

let compiled: CompiledProject | undefined;
const hubs: HubHandle[] = [];
let config: HubConfig;

beforeAll(async () => {
  // tsc and the database clone in parallel; the hubs run the compiled JavaScript, as in production.
  const [project, databaseUrl] = await Promise.all([compileProject(), cloneDatabase()]);
  compiled = project;
  config = { ...loadConfig({}), databaseUrl, jwt: { secret: TEST_JWT_SECRET, issuer: 'tsunagu', audience: 'tsunagu-hub' } };
  // Two replicas share one signing key, as production replicas must.
  const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const env = { ...compiled.env, AUDIT_SIGNING_KEY: signingKey, AUDIT_CHECKPOINT_EVERY: String(CHECKPOINT_EVERY) };
  const script = join(compiled.dir, 'bench', 'hub-process.js');
  const started = await Promise.allSettled(['a', 'b'].map((label) => HubHandle.start(label, config, true, { script, env })));
  for (const hub of started) if (hub.status === 'fulfilled') hubs.push(hub.value); // stopped in afterAll even if the other failed
  for (const hub of started) if (hub.status === 'rejected') throw hub.reason;
});

afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.stop()));
  compiled?.remove();
});

/** Sends the soak's mix to one hub from CONNECTIONS_PER_HUB concurrent callers; tallies each scenario's responses. */
async function drive(url: string, tokens: Map<string, string>, scenarios: ReturnType<typeof soakScenarios>, offset: number): Promise<Tally[]> {
  const sequence = mixSequence(scenarios);
  const tallies = scenarios.map(() => emptyTally());
  let sent = 0;
  const caller = async () => {
    for (let i = sent++; i < REQUESTS_PER_HUB; i = sent++) {
      const index = sequence[(i + offset) % sequence.length];
      const scenario = scenarios[index];
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(scenario.actor)}`, 'x-tsunagu-decisions': 'include' },
        body: scenario.bodies[(i + offset) % scenario.bodies.length],
      });
      addResponse(tallies[index], response.status, await response.text());
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS_PER_HUB }, caller));
  return tallies;
}

describe('two hub processes on one database', () => {
  it('write one intact chain holding exactly the decisions both reported, under load, requests sharing commits', { timeout: 180_000 }, async () => {
    expect(new Set(hubs.map((h) => h.pid)).size).toBe(2);
    expect(hubs.map((h) => h.pid)).not.toContain(process.pid);
    const scenarios = soakScenarios(sampleResidents(TEST_RESIDENTS, 200));
    const issue = tokenIssuer(config);
    const tokens = new Map<string, string>();
    for (const actor of new Set([...scenarios.map((s) => s.actor), 'privacy-officer'])) tokens.set(actor, await issue(actor));
    const auditor = tokens.get('privacy-officer')!;
    const readers = [...new Set(scenarios.map((s) => s.actor).filter((a) => a !== 'privacy-officer'))];

    const before = await countLogEntries(hubs[0].url, auditor, readers, AUDITOR_EVENTS);
    const perHub = await Promise.all(hubs.map((hub, i) => drive(hub.url, tokens, scenarios, i * 7)));
    const after = await countLogEntries(hubs[1].url, auditor, readers, AUDITOR_EVENTS);

    const reported = perHub.map(mergeTallies);
    for (const tally of reported) {
      expect(tally.requests).toBe(REQUESTS_PER_HUB);
      expect(unexpectedErrors(tally), JSON.stringify(tally)).toBe(0);
      expect(tally.allowed).toBeGreaterThan(0);
      expect(tally.denied).toBeGreaterThan(0);
    }
    for (const actor of readers) {
      const mine = mergeTallies(perHub.flatMap((tallies) => tallies.filter((_, i) => scenarios[i].actor === actor)));
      const entries = { allowed: after.byActor[actor].allowed - before.byActor[actor].allowed, denied: after.byActor[actor].denied - before.byActor[actor].denied };
      expect({ actor, ...entries }).toEqual({ actor, allowed: mine.allowed, denied: mine.denied });
    }
    const auditorRequests = perHub.reduce((n, tallies) => n + tallies.reduce((m, t, i) => m + (scenarios[i].actor === 'privacy-officer' ? t.requests : 0), 0), 0);
    expect(after.auditorEvents - before.auditorEvents - before.ownEvents).toBe(auditorRequests);

    const verification = await verifyLog(hubs[0].url, auditor);
    expect(verification.firstBad).toBeNull();
    expect(verification.intact).toBe(true);
    expect(verification.fromSeq).toBe(1);
    expect(verification.toSeq).toBe(verification.headSeq);
    expect(verification.checkedRecords).toBe(verification.headSeq);
    // Checkpoints signed by either process (one per batch that passes a multiple of CHECKPOINT_EVERY).
    expect(verification.checkedCheckpoints).toBeGreaterThan(0);

    // Group commit: concurrent requests of a process went in together, fewer commits than requests.
    const { requests, commits } = await asSuperuser(config.databaseUrl!, async (db) => {
      const result = await db.query('SELECT count(DISTINCT request_id)::int AS requests, count(DISTINCT xmin::text)::int AS commits FROM audit.access_log_record');
      return result.rows[0] as { requests: number; commits: number };
    });
    expect(requests).toBeGreaterThanOrEqual(2 * REQUESTS_PER_HUB);
    expect(commits).toBeLessThan(requests);
  });
});
