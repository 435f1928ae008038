/**
 * `npm run soak -- [--quick] [--minutes 10]`: a bounded soak. Starts its own PostgreSQL and a
 * synthetic municipality, one enforcing hub in a child process, and drives it from autocannon in
 * another with a mix of departments' requests at fixed concurrency; samples the hub's memory
 * throughout; then checks that every decision the hub reported is in the access log and that the
 * chain verifies. Writes bench/results/soak.md (soak-quick.md with --quick); exits 1 on entries
 * lost, a broken chain or unexpected errors.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { HubHandle } from './hub-handle';
import { countLogEntries, type LogCounts, verifyLog } from './log-accounting';
import { sampleHubMemory } from './memory-sampler';
import { benchConfig, loadMunicipality, sampleResidents, tokenIssuer } from './municipality';
import { addResponse, emptyTally, mergeTallies, unexpectedErrors } from './response-tally';
import { runSoakLoad } from './soak-load';
import { AUDITOR_EVENTS, mixSequence, type Scenario, soakScenarios } from './soak-mix';
import { parseSoakOptions } from './soak-options';
import { type ActorAccount, failures, renderSoakReport, type SoakResults } from './soak-report';
import { startThrowawayPostgres } from './throwaway-postgres';

async function main(): Promise<number> {
  const options = parseSoakOptions(process.argv.slice(2));
  const args = process.argv.slice(2);
  const command = args.length ? `npm run soak -- ${args.join(' ')}` : 'npm run soak';
  const startedAt = new Date();
  const loadAverageStart = loadavg();
  console.log(`${command}\nStarting a throwaway PostgreSQL …`);
  const postgres = await startThrowawayPostgres();
  let hub: HubHandle | undefined;
  const cleanUp = async () => {
    await hub?.stop();
    await postgres.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    const config = benchConfig(postgres, options.residents);
    const { loadSeconds } = await loadMunicipality(config);
    console.log('Starting the hub …');
    hub = await HubHandle.start('soak', config, true);

    const scenarios = soakScenarios(sampleResidents(options.residents, 2000));
    const issue = tokenIssuer(config);
    const tokens = new Map<string, string>();
    for (const actor of new Set([...scenarios.map((s) => s.actor), 'privacy-officer'])) tokens.set(actor, await issue(actor));
    const auditorToken = tokens.get('privacy-officer')!;
    const readers = [...new Set(scenarios.filter((s) => s.actor !== 'privacy-officer').map((s) => s.actor))];

    console.log('Mix (one probe request each):');
    const probes = await Promise.all(scenarios.map((s) => probe(hub!.url, tokens.get(s.actor)!, s)));
    scenarios.forEach((s, i) => console.log(`  ${s.name} (${s.actor}, weight ${s.weight}): ${probes[i]}`));

    const before = await countLogEntries(hub.url, auditorToken, readers, AUDITOR_EVENTS);
    console.log(`Load: ${options.connections} connections for ${options.minutes} min …`);
    const sampler = sampleHubMemory(hub, options.sampleSeconds);
    let last = { seconds: 0, requests: 0 };
    const load = await runSoakLoad(
      {
        url: hub.url,
        connections: options.connections,
        seconds: options.minutes * 60,
        timeoutSeconds: 30,
        scenarios: scenarios.map((s) => ({ name: s.name, headers: { authorization: `Bearer ${tokens.get(s.actor)}` }, bodies: s.bodies })),
        sequence: mixSequence(scenarios),
        progressSeconds: options.quick ? 10 : 30,
      },
      (p) => {
        const memory = sampler.samples[sampler.samples.length - 1];
        const rate = (p.requests - last.requests) / (p.seconds - last.seconds);
        last = p;
        console.log(
          `  ${p.seconds.toFixed(0).padStart(4)} s: ${p.requests.toLocaleString('en')} requests (${rate.toFixed(1)} req/s), ${p.decisions.toLocaleString('en')} decisions; ` +
            `hub RSS ${(memory.rssBytes / 2 ** 20).toFixed(0)} MB, heap ${(memory.heapUsedBytes / 2 ** 20).toFixed(0)} MB; load ${loadavg()[0].toFixed(2)}`,
        );
      },
    );
    const memory = await sampler.stop();

    console.log('Counting the log through the auditor API and verifying the chain …');
    const after = await countLogEntries(hub.url, auditorToken, readers, AUDITOR_EVENTS);
    const verification = await verifyLog(hub.url, auditorToken);
    const results: SoakResults = {
      command,
      options,
      startedAt,
      loadSeconds,
      scenarios: scenarios.map((s, i) => ({ name: s.name, actor: s.actor, weight: s.weight, probe: probes[i] })),
      load,
      memory,
      accounts: accounts(scenarios, load.tallies, readers, before, after),
      auditor: { requests: auditorRequests(scenarios, load.tallies), events: after.auditorEvents - before.auditorEvents - before.ownEvents },
      verification,
      loadAverage: { start: loadAverageStart, end: loadavg() },
    };
    const total = mergeTallies(load.tallies);
    const report = renderSoakReport(results, total);
    mkdirSync(dirname(options.output), { recursive: true });
    writeFileSync(options.output, report);
    console.log(`\n${report}\nWritten to ${options.output}`);
    const problems = failures(results, total);
    if (problems.length) console.error(`Soak FAILED: ${problems.join('; ')}`);
    return problems.length ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

/** One request of a scenario, outside the measured run: what it decides and refuses. */
async function probe(url: string, token: string, scenario: Scenario): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-tsunagu-decisions': 'include' },
    body: scenario.bodies[0],
  });
  const tally = emptyTally();
  addResponse(tally, response.status, await response.text());
  if (unexpectedErrors(tally)) throw new Error(`The probe of "${scenario.name}" failed: ${JSON.stringify(tally)}`);
  return `${tally.decisions} decisions (${tally.allowed} allowed, ${tally.denied} denied), ${tally.errorCodes.ACCESS_DENIED ?? 0} ACCESS_DENIED errors`;
}

function accounts(scenarios: Scenario[], tallies: SoakResults['load']['tallies'], readers: string[], before: LogCounts, after: LogCounts): ActorAccount[] {
  return readers.map((actor) => {
    const mine = mergeTallies(tallies.filter((_, i) => scenarios[i].actor === actor));
    return {
      actor,
      decisions: { allowed: mine.allowed, denied: mine.denied },
      entries: {
        allowed: after.byActor[actor].allowed - before.byActor[actor].allowed,
        denied: after.byActor[actor].denied - before.byActor[actor].denied,
      },
    };
  });
}

/** Auditor requests that were answered without an error (each writes one event). */
function auditorRequests(scenarios: Scenario[], tallies: SoakResults['load']['tallies']): number {
  return tallies.filter((_, i) => scenarios[i].actor === 'privacy-officer').reduce((n, t) => n + t.requests - unexpectedErrors(t), 0);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
