/**
 * `npm run bench -- [--quick] [--residents N] [--log-entries N] [--rounds R] …`: starts its own
 * PostgreSQL (pg_stat_statements loaded), loads a synthetic municipality and an access log, starts
 * four hubs in child processes — on (enforced and logged), bare (on with a bare row per append in
 * place of the log's records: bare-log.ts), off (guard and log removed) and floor (also no purpose,
 * facts or decisions: the same values from the fewest statements) — and drives
 * them over HTTP from further child processes, the sides alternating every round; then the log
 * under load (lock wait at 8 and 32 connections, one vs two hub processes on one log) and the
 * auditor's queries. Prints the results and writes them to bench/results/latest.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { loadActor } from '../src/identity/actor';
import { DirectoryCache } from '../src/organisation/directory-cache';
import { auditor } from './auditor';
import { createBareAppendTable } from './bare-log';
import { caseload, type CaseloadResult } from './caseload';
import { fillLog, type LogActor } from './fill-log';
import { countLeaves, errorCodes, post } from './graphql-client';
import { HubHandle } from './hub-handle';
import { IDLE_PAUSE_MS, idleRoundTrips } from './idle-round-trips';
import { lockWait, twoHubs } from './log-scaling';
import { benchConfig, loadMunicipality, sampleResidents, tokenIssuer } from './municipality';
import { parseBenchOptions } from './options';
import { PgStatements } from './pg-statements';
import { body, CASELOAD, CASELOAD_NOTHING_REFUSED, SINGLE_RESIDENT_SAME_DATA, SINGLE_RESIDENT_VIEW } from './queries';
import { renderReport } from './report';
import { type Hubs, SIDES } from './sides';
import { throughputBySide } from './single-resident';
import { startThrowawayPostgres } from './throwaway-postgres';

/** The department whose staff use the caseworker views: public assistance (生活福祉課). */
const ACTOR = 'assistance-caseworker';
const PURPOSE = 'PUBLIC_ASSISTANCE';
/** Whose decisions fill the synthetic log, and the purposes they declare. */
const LOG_ACTORS: [string, string][] = [
  ['housing-officer', 'PUBLIC_HOUSING_MANAGEMENT'],
  ['tax-officer', 'TAX_ASSESSMENT_AND_COLLECTION'],
  ['nhi-officer', 'NHI_ADMINISTRATION'],
  ['assistance-caseworker', 'PUBLIC_ASSISTANCE'],
  ['caseworker', 'SELF_RELIANCE_SUPPORT'],
  ['registry-clerk', 'RESIDENT_REGISTRY'],
];

const loadAverage = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  const loadAtStart = loadAverage();
  console.log(`${command}\nStarting a throwaway PostgreSQL …`);
  const postgres = await startThrowawayPostgres();
  const hubs: HubHandle[] = [];
  const cleanUp = async () => {
    for (const hub of hubs) await hub.stop();
    await postgres.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    const config = benchConfig(postgres, options.residents);
    const { accessLogSettings, loadSeconds, result: actors } = await loadMunicipality(config, async (databases): Promise<LogActor[]> => {
      const directories = await DirectoryCache.open(databases.em('core'));
      return Promise.all(LOG_ACTORS.map(async ([code, purpose]) => ({ actor: (await loadActor(databases.em('core'), directories, code)).actor, purpose })));
    });

    const started = performance.now();
    console.log(`Filling the access log with ${options.logEntries.toLocaleString('en')} entries …`);
    let reported = 0;
    const logFillPerSecond = await fillLog(postgres.url, options.logEntries, options.residents, actors, (done) => {
      if (done - reported >= 1_000_000 || done === options.logEntries) {
        reported = done;
        console.log(`  ${done.toLocaleString('en')} entries (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    });
    const logFillSeconds = (performance.now() - started) / 1000;
    await analyse(postgres.url);
    const statements = await PgStatements.open(postgres.url);

    await createBareAppendTable(postgres.url);
    console.log(`Starting the hubs (${SIDES.join(', ')}) …`);
    const sides = {} as Hubs;
    for (const side of SIDES) hubs.push((sides[side] = await HubHandle.start(side, config, side, { profileDir: options.profileHubs })));
    const issue = tokenIssuer(config);
    const token = await issue(ACTOR);
    const auditorToken = await issue('privacy-officer');

    const sample = sampleResidents(options.residents, 5000);
    const mix = await checkSameValues(sides, token, sample);
    console.log(`  ${mix}`);

    const singleBodies = (query: string) => sample.slice(0, 1000).map((residentNumber) => body(query, { residentNumber, purpose: PURPOSE }));
    const rounds = { connections: options.connections, seconds: options.seconds, rounds: options.rounds };
    console.log('1. Single-resident view, same values on every side');
    const single = await throughputBySide('single-resident (same values)', sides, token, singleBodies(SINGLE_RESIDENT_SAME_DATA), statements, rounds);
    console.log('2. Caseloads, same values on every side');
    const caseloads: CaseloadResult[] = [];
    for (const size of options.caseloadSizes) {
      caseloads.push(await caseload(sides, token, CASELOAD_NOTHING_REFUSED, PURPOSE, sample.slice(0, size), statements, { requests: options.caseloadRequests, rounds: options.rounds }));
    }
    const roundTrips = await idleRoundTrips(postgres.url, accessLogSettings);
    console.log(`  one more statement on a request's path: ${roundTrips.map((t) => `${t.label} ${t.hotMs.toFixed(2)} ms back to back, ${t.idleMs.toFixed(2)} ms after ${IDLE_PAUSE_MS} ms idle`).join('; ')}`);
    const refusedRounds = options.quick ? Math.min(3, options.rounds) : options.rounds;
    console.log(`3. With refused fields (on refuses what off and floor serve), ${refusedRounds} rounds`);
    const singleRefused = await throughputBySide('single-resident (refused fields)', sides, token, singleBodies(SINGLE_RESIDENT_VIEW), statements, { ...rounds, rounds: refusedRounds });
    const caseloadsRefused: CaseloadResult[] = [];
    for (const size of options.caseloadSizes) {
      caseloadsRefused.push(await caseload(sides, token, CASELOAD, PURPOSE, sample.slice(0, size), statements, { requests: options.caseloadRequests, rounds: refusedRounds }));
    }

    console.log('4. The access log under load');
    const bodies = singleBodies(SINGLE_RESIDENT_SAME_DATA);
    const waits = [];
    for (const connections of [8, 32]) {
      const wait = await lockWait(sides.on, token, bodies, statements, connections, options.seconds);
      console.log(`  ${connections} connections: ${wait.load.requestsPerSecond.toFixed(0)} req/s, ${wait.requestsPerAppend.toFixed(1)} requests per append, log wait ${(wait.logWaitShare * 100).toFixed(1)} %, chain-lock wait ${(wait.lockWaitShare * 100).toFixed(1)} % of latency`);
      waits.push(wait);
    }
    for (const side of SIDES) if (side !== 'on') await sides[side].stop();
    const second = await HubHandle.start('on-2', config, 'on');
    hubs.push(second);
    const scaling = await twoHubs([sides.on, second], token, bodies, options.connections, options.seconds);
    console.log(`  one hub: ${scaling.one.requestsPerSecond.toFixed(0)} req/s; two hubs: ${scaling.two.map((t) => t.requestsPerSecond.toFixed(0)).join(' + ')} req/s`);

    console.log('5. Auditor queries and verification');
    const audit = await auditor(sides.on, auditorToken, postgres.url, accessLogSettings.trustedKeys, sample[0], 'housing-officer', options.quick ? 10 : 20);
    await statements.close();

    const report = renderReport({
      command,
      options,
      load: { atStart: loadAtStart, atEnd: loadAverage() },
      actor: ACTOR,
      purpose: PURPOSE,
      setup: { loadSeconds, logFillSeconds, logFillPerSecond },
      mix,
      single,
      caseloads,
      roundTrips,
      singleRefused,
      caseloadsRefused,
      waits,
      scaling,
      auditor: audit,
    });
    mkdirSync(dirname(options.output), { recursive: true });
    writeFileSync(options.output, report);
    console.log(`\n${report}\nWritten to ${options.output}`);
  } finally {
    await cleanUp();
  }
}

/**
 * The headline documents must compare like with like: "on" refuses nothing in them, and every side
 * answers with the same data. Returns a line describing what each side serves.
 */
async function checkSameValues(hubs: Hubs, token: string, sample: string[]): Promise<string> {
  const asks = [
    { name: 'single-resident view', request: body(SINGLE_RESIDENT_SAME_DATA, { residentNumber: sample[0], purpose: PURPOSE }) },
    { name: 'caseload of 50', request: body(CASELOAD_NOTHING_REFUSED, { residentNumbers: sample.slice(0, 50), purpose: PURPOSE }) },
  ];
  const lines: string[] = [];
  for (const { name, request } of asks) {
    const answers = await Promise.all(SIDES.map((side) => post(hubs[side].url, token, request)));
    const refused = errorCodes(answers[0]);
    if (Object.keys(refused).length > 0) throw new Error(`The ${name} document is refused fields on "on" (${JSON.stringify(refused)}): fix bench/queries.ts`);
    const texts = answers.map((answer) => JSON.stringify(answer.data));
    if (new Set(texts).size !== 1) throw new Error(`The ${name} differs between the sides: ${SIDES.map((side, i) => `${side}: ${texts[i].slice(0, 200)}`).join(' | ')}`);
    lines.push(`${name}: ${countLeaves(answers[0].data)} values, equal on every side`);
  }
  const refused = await post(hubs.on.url, token, body(SINGLE_RESIDENT_VIEW, { residentNumber: sample[0], purpose: PURPOSE }));
  const served = await post(hubs.floor.url, token, body(SINGLE_RESIDENT_VIEW, { residentNumber: sample[0], purpose: PURPOSE }));
  lines.push(`refused-fields view: on serves ${countLeaves(refused.data)} values and refuses ${JSON.stringify(errorCodes(refused))}, floor serves ${countLeaves(served.data)}`);
  return lines.join('; ');
}

async function analyse(url: string) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM ANALYZE audit.access_log_record');
  await client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
