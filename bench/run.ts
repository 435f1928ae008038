/**
 * `npm run bench -- [--quick] [--residents 1000000] [--log-entries 10000000]`: starts its own
 * PostgreSQL, loads a synthetic municipality and an access log, starts two hubs in child processes
 * (enforcement and logging on, and off as the floor) and drives them over HTTP from further child
 * processes; prints the results and writes them to bench/results/latest.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadActor } from '../src/identity/actor';
import { DirectoryCache } from '../src/organisation/directory-cache';
import { auditor } from './auditor';
import { caseload, type CaseloadResult } from './caseload';
import { fillLog, type LogActor } from './fill-log';
import { countLeaves, errorCodes, post } from './graphql-client';
import { HubHandle } from './hub-handle';
import { benchConfig, loadMunicipality, sampleResidents, tokenIssuer } from './municipality';
import { parseBenchOptions } from './options';
import { body, CASELOAD_NOTHING_REFUSED, SINGLE_RESIDENT_VIEW } from './queries';
import { renderReport } from './report';
import { singleResidentView } from './single-resident';
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

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
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

    let started = performance.now();
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

    console.log('Starting the hubs (on: enforcement and logging; off: the floor) …');
    const on = await HubHandle.start('on', config, true, { profileDir: options.profileHubs });
    hubs.push(on);
    const off = await HubHandle.start('off', config, false, { profileDir: options.profileHubs });
    hubs.push(off);
    const issue = tokenIssuer(config);
    const token = await issue(ACTOR);
    const auditorToken = await issue('privacy-officer');

    const sample = sampleResidents(options.residents, 5000);
    const probe = await post(on.url, token, body(SINGLE_RESIDENT_VIEW, { residentNumber: sample[0], purpose: PURPOSE }));
    const floor = await post(off.url, token, body(SINGLE_RESIDENT_VIEW, { residentNumber: sample[0], purpose: PURPOSE }));
    const mix = `single-resident view of ${sample[0]}: on serves ${countLeaves(probe.data)} values and refuses ${JSON.stringify(errorCodes(probe))}; off serves ${countLeaves(floor.data)} values`;
    console.log(`  ${mix}`);

    console.log('1. Single-resident view');
    const single = await singleResidentView({ on, off }, token, PURPOSE, sample.slice(0, 1000), options);
    console.log('2. Caseload lists');
    const caseloads: CaseloadResult[] = [];
    for (const size of options.caseloadSizes) {
      caseloads.push(await caseload({ on, off }, token, PURPOSE, sample.slice(0, size), { requests: options.caseloadRequests, rounds: options.rounds }));
    }
    const refused = errorCodes(await post(on.url, token, body(CASELOAD_NOTHING_REFUSED, { residentNumbers: sample.slice(0, 50), purpose: PURPOSE })));
    if (Object.keys(refused).length > 0) throw new Error(`CASELOAD_NOTHING_REFUSED is refused fields (${JSON.stringify(refused)}): fix bench/queries.ts`);
    const caseloadsNothingRefused: CaseloadResult[] = [];
    for (const size of options.caseloadSizes) {
      const residents = sample.slice(0, size);
      caseloadsNothingRefused.push(await caseload({ on, off }, token, PURPOSE, residents, { requests: options.caseloadRequests, rounds: options.rounds }, CASELOAD_NOTHING_REFUSED));
    }
    console.log('3. Auditor queries and verification');
    const audit = await auditor(on, auditorToken, postgres.url, accessLogSettings.trustedKeys, sample[0], 'housing-officer', options.quick ? 10 : 20);

    const report = renderReport({
      command,
      options,
      actor: ACTOR,
      purpose: PURPOSE,
      setup: { loadSeconds, logFillSeconds, logFillPerSecond },
      mix,
      single,
      caseloads,
      caseloadsNothingRefused,
      auditor: audit,
    });
    mkdirSync(dirname(options.output), { recursive: true });
    writeFileSync(options.output, report);
    console.log(`\n${report}\nWritten to ${options.output}`);
  } finally {
    await cleanUp();
  }
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
