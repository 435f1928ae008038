/**
 * `npm run bench:append -- [--log-entries N] [--rounds R] [--output FILE]`: the access log's append
 * alone, as the hub sends it — its rows hashed in the hub after the head it last wrote and inserted
 * by one plain statement (src/access-log/hashed-append.ts) — against the same batches hashed in the
 * database (audit.append_runs, which the hub falls back to). One throwaway PostgreSQL, one log,
 * one connection per side. Each round runs both sides in turn (the order alternating by round) with
 * batches shaped as the hub's: three single views' records together (three requests of three
 * residents), and one caseload of 50, 500 and 5,000 residents decided alike; sets by id once stored,
 * as the hub sends them. Measured per call: the time in the client, and the CPU time of the
 * database backend that served it (/proc), which is what an append takes from a machine's cores.
 * The subjects index's pending list is merged between blocks, off the clock, as the hub does. Prints
 * every round; the chain is verified at the end; the table goes to FILE (default
 * bench/results/append-function.md).
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, Pool } from 'pg';
import { appendRecords, type WriterMemory } from '../src/access-log/append';
import { ChainHead } from '../src/access-log/chain-head';
import type { AccessLogSettings } from '../src/access-log/settings';
import { StoredSets } from '../src/access-log/stored-sets';
import { verifyChain } from '../src/access-log/verify';
import { loadActor } from '../src/identity/actor';
import { DirectoryCache } from '../src/organisation/directory-cache';
import { fillLog } from './fill-log';
import { caseloadDrafts } from './log-drafts';
import { benchConfig, loadMunicipality } from './municipality';
import { median } from './stats';
import { startThrowawayPostgres } from './throwaway-postgres';

/** Requests × residents per append. */
const SHAPES = [
  { label: '3 single views (3 × 3)', requests: 3, residents: 3, calls: 300 },
  { label: 'caseload of 50', requests: 1, residents: 50, calls: 200 },
  { label: 'caseload of 500', requests: 1, residents: 500, calls: 100 },
  { label: 'caseload of 5,000', requests: 1, residents: 5000, calls: 16 },
];
const SIDES = ['hub', 'database'] as const;
type Side = (typeof SIDES)[number];

/** The CPU time a process has used, ms (Linux: utime + stime of /proc/PID/stat, in clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One block's medians: time per call in the client, and CPU per call of the backend and of this process. */
interface Sample {
  ms: number;
  cpuMs: number;
  clientCpuMs: number;
}

/** One side: its connection, the backend serving it, and what the hub's log remembers between appends. */
interface Writer {
  client: Client;
  backend: number;
  memory: WriterMemory;
}

async function openWriter(url: string, side: Side): Promise<Writer> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const backend = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  return { client, backend, memory: { stored: new StoredSets(), head: side === 'hub' ? new ChainHead() : undefined } };
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
    const writers = { hub: await openWriter(postgres.url, 'hub'), database: await openWriter(postgres.url, 'database') };
    await writers.hub.client.query('ANALYZE audit.access_log_record');

    let call = 0;
    const append = (side: Side, shape: (typeof SHAPES)[number]) => {
      const drafts = Array.from({ length: shape.requests }, () => caseloadDrafts(shape.residents, call++, 'append')).flat();
      return appendRecords(writers[side].client, drafts, accessLogSettings.signer, Number.MAX_SAFE_INTEGER, writers[side].memory);
    };
    // One block: a side's calls of one shape, after an untimed one that finds the head (the other
    // side has appended since) and the pending list merged.
    const block = async (side: Side, shape: (typeof SHAPES)[number]) => {
      await append(side, shape);
      await writers[side].client.query('SELECT audit.merge_pending_subjects()');
      const cpuBefore = processCpuMs(writers[side].backend);
      const clientBefore = process.cpuUsage();
      const times: number[] = [];
      for (let i = 0; i < shape.calls; i++) {
        const started = performance.now();
        await append(side, shape);
        times.push(performance.now() - started);
      }
      const client = process.cpuUsage(clientBefore);
      return { ms: median(times), cpuMs: (processCpuMs(writers[side].backend) - cpuBefore) / shape.calls, clientCpuMs: (client.user + client.system) / 1000 / shape.calls };
    };

    const samples = SHAPES.map(() => ({ hub: [] as Sample[], database: [] as Sample[] }));
    for (const shape of SHAPES) for (const side of SIDES) await block(side, shape); // plans cached, as on the hub's connection
    for (let round = 0; round < rounds; round++) {
      const line: string[] = [];
      for (const [i, shape] of SHAPES.entries()) {
        for (const side of round % 2 === 0 ? SIDES : [...SIDES].reverse()) samples[i][side].push(await block(side, shape));
        const [hub, database] = [samples[i].hub[round], samples[i].database[round]];
        line.push(`${shape.label}: ${hub.ms.toFixed(2)} / ${database.ms.toFixed(2)} ms, backend CPU ${hub.cpuMs.toFixed(2)} / ${database.cpuMs.toFixed(2)} ms, client CPU ${hub.clientCpuMs.toFixed(2)} / ${database.clientCpuMs.toFixed(2)} ms`);
      }
      console.log(`round ${round + 1} (hashed in the hub / in the database): ${line.join('; ')}`);
    }
    await Promise.all(SIDES.map((side) => writers[side].client.end()));

    const verification = await verifyLog(postgres.url, accessLogSettings);
    const rows = SHAPES.map((shape, i) => {
      const { hub, database } = samples[i];
      const ratio = (pick: (s: Sample) => number) => {
        const perRound = hub.map((h, r) => pick(h) / pick(database[r]));
        return `**${(median(hub.map(pick)) / median(database.map(pick))).toFixed(2)}** (${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)})`;
      };
      const f = (list: Sample[], pick: (s: Sample) => number) => median(list.map(pick)).toFixed(2);
      const both = (s: Sample) => s.cpuMs + s.clientCpuMs;
      return `| ${shape.label} | ${f(hub, (s) => s.ms)} | ${f(database, (s) => s.ms)} | ${ratio((s) => s.ms)} | ${f(hub, (s) => s.cpuMs)} | ${f(database, (s) => s.cpuMs)} | ${ratio((s) => s.cpuMs)} | ${f(hub, (s) => s.clientCpuMs)} | ${f(database, (s) => s.clientCpuMs)} | ${ratio(both)} |`;
    });
    const report = [
      '# The append alone: rows hashed in the hub and inserted by one statement, against hashed in the database (audit.append_runs)',
      '',
      `- Date: ${new Date().toISOString()}; load average at start ${loadAtStart}, at end ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (2 shared cores: read the ratios)`,
      `- Command: \`${command}\``,
      `- One throwaway PostgreSQL, the log filled with ${logEntries.toLocaleString('en')} entries; ${rounds} rounds, each running both sides in turn (the order alternating by round), per shape ${SHAPES.map((s) => `${s.calls} calls of ${s.label}`).join(', ')}; one connection per side, plans cached; each block after an untimed call (the head moved while the other side appended) and a merge of the subjects index's pending list`,
      '- Each call is `appendRecords` as the hub makes it (sets by id once stored, no checkpoint due), with and without the head the hub keeps (src/access-log/chain-head.ts). Time is measured in the client around the call. Backend CPU is the database backend\'s (/proc, in 10 ms ticks, over the block); client CPU is this process\'s (drafting the records, building the values, and on the hub side hashing the rows: the work that side moves out of the database), both per call.',
      `- Afterwards the whole chain verified: ${verification.checkedRecords.toLocaleString('en')} records, rows of both sides interleaved, intact.`,
      '',
      '| batch | hub ms | database ms | hub ÷ database (spread over rounds) | backend CPU ms per call, hub | database | hub ÷ database (spread) | client CPU ms per call, hub | database | backend + client CPU, hub ÷ database (spread) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
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

async function verifyLog(url: string, settings: AccessLogSettings) {
  const pool = new Pool({ connectionString: url });
  try {
    const verification = await verifyChain(pool, { trustedKeys: settings.trustedKeys });
    if (verification.firstBad !== null) throw new Error(`The chain does not verify: ${JSON.stringify(verification.firstBad)}`);
    return verification;
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
