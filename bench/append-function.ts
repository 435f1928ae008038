/**
 * `npm run bench:append -- [--log-entries N] [--rounds R] [--output FILE]`: the access log's append
 * statement alone, the current audit.append_runs (log format 4: a row per run of residents decided
 * alike) against the append it replaced (audit.append_batch of migration audit/20261209010000,
 * format 3: a row per resident), side by side on one throwaway PostgreSQL and one log. Each round
 * calls both, in alternating order, with the same batches: one request's records about 2, 50, 500
 * and 5,000 residents decided alike, as a single view's and caseloads' are. Both extend the same
 * chain, each in its own format; the log is verified at the end. Prints every round and writes the
 * table to FILE (default bench/results/append-function.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Pool } from 'pg';
import { batchValues } from '../src/access-log/append';
import { arrayLiteral } from '../src/db/array-literal';
import { verifyChain } from '../src/access-log/verify';
import { loadActor } from '../src/identity/actor';
import { DirectoryCache } from '../src/organisation/directory-cache';
import { Migration20261209010000 } from '../migrations/audit/Migration20261209010000';
import { fillLog } from './fill-log';
import { caseloadDrafts } from './log-drafts';
import { benchConfig, loadMunicipality } from './municipality';
import { median } from './stats';
import { startThrowawayPostgres } from './throwaway-postgres';

const SIZES = [2, 50, 500, 5000];
const CALLS = 8;
/** Calls per size and function in a round: more for the small batches (a single-resident view's), fewer at 5,000. */
const callsFor = (size: number) => (size < 50 ? CALLS * 5 : size >= 5000 ? CALLS / 4 : CALLS);
const PREVIOUS = 'audit.append_batch_format3';

/**
 * One request's records (log-drafts.ts) as each function takes them: what the hub sends now
 * (src/access-log/append.ts), and the same records as the previous hub sent them (one header and one
 * set, numbered for every record). No checkpoints.
 */
function batch(size: number, call: number): { current: unknown[]; previous: unknown[] } {
  const drafts = caseloadDrafts(size, call, 'append');
  const [sets, headers, , , , subjects, basisRecordIds] = batchValues(drafts).values;
  const ones = arrayLiteral(drafts.map(() => 1));
  return { current: [sets, headers, '{1}', '{1}', `{${size}}`, subjects, basisRecordIds, '[]'], previous: [sets, headers, ones, subjects, ones, basisRecordIds, '[]'] };
}

const CALLS_OF = {
  current: 'SELECT count(*) FROM audit.append_runs($1::json, $2::json, $3::int[], $4::int[], $5::int[], $6::text[], $7::json, $8::json)',
  previous: `SELECT count(*) FROM ${PREVIOUS}($1::json, $2::json, $3::int[], $4::text[], $5::int[], $6::json, $7::json)`,
} as const;

async function timedCall(client: Client, side: keyof typeof CALLS_OF, values: unknown[]): Promise<number> {
  const started = performance.now();
  await client.query(CALLS_OF[side], values);
  return performance.now() - started;
}

async function main() {
  const { values } = parseArgs({ options: { 'log-entries': { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '7' }, output: { type: 'string', default: 'bench/results/append-function.md' } } });
  const logEntries = Number(values['log-entries']);
  const rounds = Number(values.rounds);
  const command = `npm run bench:append -- ${process.argv.slice(2).join(' ')}`.trim();
  const loadAtStart = loadavg().map((x) => x.toFixed(2)).join(' / ');
  const postgres = await startThrowawayPostgres();
  try {
    const config = benchConfig(postgres, 1000);
    const { accessLogSettings, result: actors } = await loadMunicipality(config, async (databases) => {
      const directories = await DirectoryCache.open(databases.em('core'));
      return [{ actor: (await loadActor(databases.em('core'), directories, 'assistance-caseworker')).actor, purpose: 'PUBLIC_ASSISTANCE' }];
    });
    console.log(`Filling the log with ${logEntries.toLocaleString('en')} entries …`);
    await fillLog(postgres.url, logEntries, 100_000, actors, () => undefined);

    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    // The previous append under another name, reading the head as this version does (a row's last
    // record), so that its format-3 rows continue the chain after format-4 rows.
    const previous = new Migration20261209010000(undefined as never, undefined as never);
    await previous.up();
    for (const sql of previous.getQueries()) {
      const renamed = String(sql).replace('"audit"."append_batch"', PREVIOUS).replace('select l.seq, l.hash into', 'select l.seq + coalesce(cardinality(l.subjects), 1) - 1, l.hash into');
      if (!renamed.includes('cardinality')) throw new Error('the previous append’s head read was not found: adapt bench/append-function.ts');
      await client.query(renamed);
    }
    await client.query('ANALYZE audit.access_log_record');

    const samples: Record<number, { current: number[]; previous: number[] }[]> = {};
    for (const size of SIZES) {
      samples[size] = [];
      const warm = batch(size, -1);
      for (const side of ['current', 'previous'] as const) await timedCall(client, side, warm[side]); // plans cached, as on a pooled connection
    }
    for (let round = 0; round < rounds; round++) {
      const line: string[] = [];
      for (const size of SIZES) {
        const calls = callsFor(size);
        const times = { current: [] as number[], previous: [] as number[] };
        const order = round % 2 === 0 ? (['current', 'previous'] as const) : (['previous', 'current'] as const);
        for (let i = 0; i < calls; i++) {
          const values = batch(size, round * 100 + i);
          for (const side of order) times[side].push(await timedCall(client, side, values[side]));
        }
        samples[size].push(times);
        line.push(`${size}: ${median(times.current).toFixed(1)} / ${median(times.previous).toFixed(1)} ms (${(median(times.current) / median(times.previous)).toFixed(2)})`);
      }
      console.log(`round ${round + 1}: current / previous — ${line.join('; ')}`);
    }
    await client.end();

    const pool = new Pool({ connectionString: postgres.url });
    const verification = await verifyChain(pool, { trustedKeys: accessLogSettings.trustedKeys });
    await pool.end();
    if (verification.firstBad !== null) throw new Error(`The chain does not verify: ${JSON.stringify(verification.firstBad)}`);

    const rows = SIZES.map((size) => {
      const current = median(samples[size].flatMap((s) => s.current));
      const previous = median(samples[size].flatMap((s) => s.previous));
      const ratios = samples[size].map((s) => median(s.current) / median(s.previous));
      return `| ${size.toLocaleString('en')} | ${current.toFixed(1)} | ${previous.toFixed(1)} | **${(current / previous).toFixed(2)}** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) | ${((current * 1000) / size).toFixed(1)} | ${((previous * 1000) / size).toFixed(1)} |`;
    });
    const report = [
      '# The append statement alone: audit.append_runs (format 4) against audit.append_batch (format 3)',
      '',
      `- Date: ${new Date().toISOString()}; load average at start ${loadAtStart}, at end ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (2 shared cores: read the ratios)`,
      `- Command: \`${command}\``,
      `- One throwaway PostgreSQL, the log filled with ${logEntries.toLocaleString('en')} entries; ${rounds} rounds, each calling both functions in turn (the order alternating by round) ${callsFor(2)} times per size for 2 records, ${callsFor(500)} for 50 and 500, ${callsFor(5000)} for 5,000, one connection, plans cached`,
      '- A call is one request\'s batch: one header, one decision set (sent whole), the given number of residents, as each version\'s hub sends it (`batchValues`; the previous one numbered header and set per record). The current function writes one row (format 4), the previous one a row per resident (format 3). Time is measured in the client around the statement.',
      `- Afterwards the whole chain verified (${verification.checkedRecords.toLocaleString('en')} records), rows of both formats interleaved.`,
      '',
      '| records | current ms | previous ms | current ÷ previous (spread over rounds) | µs per record, current | previous |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
    ].join('\n');
    console.log(`\n${report}`);
    mkdirSync(dirname(values.output!), { recursive: true });
    writeFileSync(values.output!, report);
  } finally {
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
