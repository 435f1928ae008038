import { cpus, totalmem, platform, release } from 'node:os';
import type { AuditorResult } from './auditor';
import type { CaseloadResult } from './caseload';
import { IDLE_PAUSE_MS, type IdleRoundTrip } from './idle-round-trips';
import type { LockWait, TwoHubs } from './log-scaling';
import type { BenchOptions } from './options';
import type { RatioSummary } from './sides';
import { SIDES } from './sides';
import type { ThroughputResult } from './single-resident';

export interface BenchResults {
  command: string;
  options: BenchOptions;
  /** Load average (1 / 5 / 15 min) of the machine, which other work shares. */
  load: { atStart: string; atEnd: string };
  actor: string;
  purpose: string;
  setup: { loadSeconds: number; logFillSeconds: number; logFillPerSecond: number };
  mix: string;
  /** Same values on every side: the headline. */
  single: ThroughputResult;
  caseloads: CaseloadResult[];
  /** One more statement's round trip, back to back and after an idle pause (idle-round-trips.ts). */
  roundTrips: IdleRoundTrip[];
  /** The refused-fields scenario: "on" refuses what "off" and "floor" load and serve. */
  singleRefused: ThroughputResult;
  caseloadsRefused: CaseloadResult[];
  waits: LockWait[];
  scaling: TwoHubs;
  auditor: AuditorResult;
}

/** The goals of issue 15, and the targets of this step. */
const GOAL = { throughput: 0.9, latency: 1.1 };
const STEP = { throughput: 0.75, latency: 1.3 };
const LOCK_WAIT_SHARE = 0.05;
const LOG_QUERY_MS = 50;
/** Statements per request differing by less than this across list sizes count as flat. */
const FLAT = 0.05;

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const ratio = (r: RatioSummary) => `**${f(r.median, 3)}** (${f(r.min, 2)}–${f(r.max, 2)})`;
const perRound = (r: RatioSummary) => r.rounds.map((x) => f(x, 3)).join(', ');

function throughputTable(t: ThroughputResult): string[] {
  return [
    '| side | req/s | p50 ms | p99 ms | CPU ms/request, whole machine | of which the hub | database ms/request | statements/request | of which the log | the log\'s housekeeping per run | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...SIDES.map((s) => {
      const m = t.median[s];
      return `| ${s} | ${f(m.requestsPerSecond, 0)} | ${f(m.p50Ms)} | ${f(m.p99Ms)} | ${f(m.machineCpuMs, 2)} | ${f(m.hubCpuMs, 2)} | ${f(m.databaseMs, 2)} | ${f(m.statementsPerRequest, 2)} | ${f(m.logStatementsPerRequest, 2)} | ${f(m.housekeepingPerRun, 0)} | ${m.non2xx} |`;
    }),
    '',
    `Throughput on ÷ floor: ${ratio(t.onFloor)}; on ÷ off: ${ratio(t.onOff)} (median round, spread min–max).`,
    `Of which storing the log, on ÷ bare: ${ratio(t.onBare)}; deciding and waiting for a durable commit, bare ÷ off: ${ratio(t.bareOff)}.`,
    '',
    `- on ÷ floor per round: ${perRound(t.onFloor)}`,
    `- on ÷ off per round: ${perRound(t.onOff)}`,
    `- on ÷ bare per round: ${perRound(t.onBare)}; bare ÷ off per round: ${perRound(t.bareOff)}`,
    `- req/s per round (${SIDES.join(' / ')}): ${t.rounds.map((r) => SIDES.map((s) => f(r.side[s].requestsPerSecond, 0)).join(' / ')).join('; ')}`,
  ];
}

function caseloadTable(caseloads: CaseloadResult[]): string[] {
  return [
    `| residents | ${SIDES.map((s) => `${s} ms`).join(' | ')} | on ÷ floor (spread) | on ÷ off (spread) | on ÷ bare | bare ÷ off | waiting for the log, ms (mean) on / bare | hub CPU ms/request ${SIDES.join(' / ')} | database ms/request ${SIDES.join(' / ')} | statements/request on | off | floor | of which the log (on) | the log\'s housekeeping per run (on) | peak RSS on / floor MB |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...caseloads.map(
      (c) =>
        `| ${c.size.toLocaleString('en')} | ${SIDES.map((s) => f(c.side[s].medianMs)).join(' | ')} | ${ratio(c.onFloor)} | ${ratio(c.onOff)} | ${ratio(c.onBare)} | ${ratio(c.bareOff)} | ${f(c.side.on.logWaitMs)} / ${f(c.side.bare.logWaitMs)} | ` +
        `${SIDES.map((s) => f(c.side[s].hubCpuMs)).join(' / ')} | ${SIDES.map((s) => f(c.side[s].databaseMs)).join(' / ')} | ` +
        `${f(c.side.on.statementsPerRequest, 1)} | ${f(c.side.off.statementsPerRequest, 1)} | ${f(c.side.floor.statementsPerRequest, 1)} | ${f(c.side.on.logStatementsPerRequest, 1)} | ${f(c.side.on.housekeepingPerRun, 0)} | ${f(c.side.on.peakRssMb, 0)} / ${f(c.side.floor.peakRssMb, 0)} |`,
    ),
    '',
    ...caseloads.map((c) => `- ${c.size.toLocaleString('en')}: on ÷ floor per round ${perRound(c.onFloor)}; on ÷ off per round ${perRound(c.onOff)}; on ÷ bare per round ${perRound(c.onBare)}; bare ÷ off per round ${perRound(c.bareOff)}`),
  ];
}

/** The results as markdown: machine and load, command, parameters, one table per scenario, verdicts. */
export function renderReport(r: BenchResults): string {
  const cpu = cpus();
  const lines: string[] = [];
  const { single, caseloads, auditor } = r;
  lines.push('# Tsunagu benchmark: enforcement and logging against the floor', '');
  lines.push(`- Date: ${new Date().toISOString()}`);
  lines.push(`- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${f(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`);
  lines.push(`- Load average (1/5/15 min) at start: ${r.load.atStart}; at end: ${r.load.atEnd}. The machine is shared, so absolute figures are noisy: read the ratios and their spread.`);
  lines.push(`- Command: \`${r.command}\``);
  lines.push(
    `- Parameters: ${r.options.residents.toLocaleString('en')} residents; ${auditor.logEntries.toLocaleString('en')} access-log entries; ` +
      `${r.options.connections} connections × ${r.options.seconds} s per side per round; ${r.options.rounds} rounds, the ${SIDES.length} sides alternating in a balanced order (over ${SIDES.length} rounds each runs once in every place and once after each other side); ` +
      `${r.options.caseloadRequests} sequential requests per caseload size, side and round (a quarter of that, at least 1, for 5,000)`,
  );
  lines.push(`- Actor and purpose: \`${r.actor}\` declaring ${r.purpose}; ${r.mix}`);
  lines.push(`- Setup: municipality loaded in ${f(r.setup.loadSeconds)} s; log filled in ${f(r.setup.logFillSeconds)} s (${Math.round(r.setup.logFillPerSecond).toLocaleString('en')} entries/s)`);
  lines.push(
    '- Sides: **on** = the hub as deployed; **off** = the same without the field guard and the access log (resolvers still declare the purpose, load the facts and decide identity); ' +
      '**floor** = the same resolvers with purpose declaration, facts loading, decisions and the log all removed (src/request/floor-scope.ts): the same values from the fewest statements. ' +
      '**bare** = "on" with its appends storing one bare row each (its number of records: no decision sets, hash chain or indexes) on the same connection, through the same group commit, each response still held for a durable commit (bench/bare-log.ts): on ÷ bare is what storing the log costs, bare ÷ off what deciding every field and waiting for a commit cost. It has no target of its own.',
  );
  lines.push(
    '- Statements are counted by PostgreSQL (pg_stat_statements, loaded at the throwaway server\'s start, top-level statements incl. BEGIN/COMMIT), every pool of every hub process, reset before each side\'s run. ' +
      '"Of which the log" are the access log\'s appends: one statement per append (the rows hashed by the hub, inserted in autocommit, its values bound; a second, audit.append_runs, when another process moved the head or held the chain lock), which group commit shares between the requests that finish together, and which carries the signed checkpoints due. ' +
      '"The log\'s housekeeping" is counted apart, per run of a side, because it runs by the clock and not per request: a checkpoint stored on its own when no append follows to carry it (the hub\'s idle timer; the bench stores it before each count is taken, so that it is counted on its own side) and the merge of the subjects index\'s pending list (the hub\'s, a second after appends; the bench\'s before each count). ' +
      'Statements per request are the rest over the requests; off and floor have no housekeeping.',
    '',
  );

  lines.push('## 1. Single-resident view, same values on every side', '');
  lines.push(...throughputTable(single), '');
  lines.push('## 2. Caseload lists, same values on every side (13 fields per resident)', '');
  lines.push(...caseloadTable(caseloads), '');
  lines.push(
    `One more statement on a request's path, from a client on this machine (median of 60 each; bench/idle-round-trips.ts) — the logged side's sequential caseload has one more than the others, its append:`,
    '',
    `| statement | back to back, ms | after ${IDLE_PAUSE_MS} ms idle, ms |`,
    '| --- | ---: | ---: |',
    ...r.roundTrips.map((t) => `| ${t.label} | ${f(t.hotMs, 2)} | ${f(t.idleMs, 2)} |`),
    '',
  );
  lines.push('## 3. With refused fields: "on" refuses what "off" and "floor" load and serve', '');
  lines.push('Not like for like — "on" skips the refused fields\' loading — kept for comparison with earlier runs.', '');
  lines.push('### 3a. Single-resident view (~40 fields, all four domains)', '', ...throughputTable(r.singleRefused), '');
  lines.push('### 3b. Caseload list (~30 fields per resident)', '', ...caseloadTable(r.caseloadsRefused), '');

  lines.push('## 4. The access log under load ("on", single-resident view, same values)', '');
  lines.push('| connections | req/s | p50 ms | mean ms | requests per append | waiting for the log (share of latency) | waiting for the chain lock (share of latency) | backends waiting for the lock (mean) |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const w of r.waits) {
    lines.push(
      `| ${w.connections} | ${f(w.load.requestsPerSecond, 0)} | ${f(w.load.p50Ms)} | ${f(w.load.meanMs)} | ${f(w.requestsPerAppend, 2)} | ${f(w.logWaitShare * 100)} % | ${f(w.lockWaitShare * 100, 2)} % | ${f(w.meanLockWaiters, 3)} |`,
    );
  }
  lines.push(
    '',
    '"Waiting for the log" is measured in the hub: from asking to append until the commit holding the request\'s records (queueing behind the append in flight, the statement, the commit). ' +
      '"Waiting for the chain lock" is estimated from PostgreSQL: backends waiting for the advisory lock, sampled every 10 ms, times the requests each carries, over the connections (Little\'s law).',
    '',
  );
  const s = r.scaling;
  const twoTotal = s.two[0].requestsPerSecond + s.two[1].requestsPerSecond;
  lines.push('| hub processes on one log | connections per hub | req/s (total) | p50 ms |', '| ---: | ---: | ---: | ---: |');
  lines.push(`| 1 | ${s.connectionsPerHub} | ${f(s.one.requestsPerSecond, 0)} | ${f(s.one.p50Ms)} |`);
  lines.push(`| 2 | ${s.connectionsPerHub} | ${f(twoTotal, 0)} (${s.two.map((t) => f(t.requestsPerSecond, 0)).join(' + ')}) | ${s.two.map((t) => f(t.p50Ms)).join(' / ')} |`);
  lines.push('', `Two processes ÷ one: **${f(twoTotal / s.one.requestsPerSecond, 2)}** (on ${cpu.length} cores shared with PostgreSQL and the load generators).`, '');

  lines.push(`## 5. Auditor queries over ${auditor.logEntries.toLocaleString('en')} log entries (${auditor.logRecords.toLocaleString('en')} chained records)`, '');
  lines.push('| query (through GraphQL, itself logged) | median ms | p99 ms | rows |', '| --- | ---: | ---: | ---: |');
  for (const q of auditor.queries) lines.push(`| ${q.name} \`${JSON.stringify(q.variables)}\` | ${f(q.medianMs)} | ${f(q.p99Ms)} | ${q.rows} |`);
  const plans = auditor.queries.filter((q) => q.plan);
  if (plans.length) lines.push('', 'Plans of the accessLog SQL (EXPLAIN ANALYZE):', '', ...plans.map((q) => `- ${q.name}: ${q.plan}`));
  const v = auditor.verification;
  lines.push(
    '',
    `Chain verification: ${v.records.toLocaleString('en')} records holding ${v.entries.toLocaleString('en')} entries in ${f(v.ms / 1000, 2)} s = ` +
      `**${Math.round(v.entriesPerSecond).toLocaleString('en')} entries/s** (${Math.round(v.recordsPerSecond).toLocaleString('en')} records/s; intact: ${v.intact}).`,
    '',
  );

  const latency = caseloads.map((c) => `${c.size}: ${f(c.onFloor.median, 3)}`).join(', ');
  const latencyOff = caseloads.map((c) => `${c.size}: ${f(c.onOff.median, 3)}`).join(', ');
  const worstFloor = Math.max(...caseloads.map((c) => c.onFloor.median));
  const worstOff = Math.max(...caseloads.map((c) => c.onOff.median));
  const slowest = Math.max(...auditor.queries.map((q) => q.medianMs));
  const worstWait = Math.max(...r.waits.map((w) => w.lockWaitShare));
  lines.push('## Verdicts (median round; the spread is in the tables above)', '');
  lines.push('| target | measured | verdict |', '| --- | --- | --- |');
  lines.push(`| goal: single-resident throughput on ÷ floor ≥ ${GOAL.throughput} | ${f(single.onFloor.median, 3)} (${f(single.onFloor.min, 2)}–${f(single.onFloor.max, 2)}) | ${verdict(single.onFloor.median >= GOAL.throughput)} |`);
  lines.push(`| goal: caseload latency on ÷ floor ≤ ${GOAL.latency}× at every size | ${latency} | ${verdict(worstFloor <= GOAL.latency)} |`);
  lines.push(`| this step: single-resident throughput on ÷ floor ≥ ${STEP.throughput} | ${f(single.onFloor.median, 3)} | ${verdict(single.onFloor.median >= STEP.throughput)} |`);
  lines.push(`| this step: caseload latency on ÷ floor ≤ ${STEP.latency}× at every size | ${latency} | ${verdict(worstFloor <= STEP.latency)} |`);
  lines.push(`| this step: on ÷ off, same data: throughput ≥ 0.90 | ${f(single.onOff.median, 3)} | ${verdict(single.onOff.median >= 0.9)} |`);
  lines.push(`| this step: on ÷ off, same data: caseload latency ≤ 1.1× | ${latencyOff} | ${verdict(worstOff <= 1.1)} |`);
  const perRequest = caseloads.map((c) => c.side.on.statementsPerRequest);
  const housekeeping = caseloads.map((c) => `${f(c.side.on.housekeepingPerRun, 0)} at ${c.size.toLocaleString('en')}`).join(', ');
  lines.push(
    `| statements per request flat in list size (PostgreSQL's count, on) | ${caseloads.map((c) => `${f(c.side.on.statementsPerRequest, 2)} at ${c.size.toLocaleString('en')}`).join(', ')}; the log's housekeeping per run: ${housekeeping} | ${verdict(Math.max(...perRequest) - Math.min(...perRequest) < FLAT)} |`,
  );
  lines.push(`| chain-lock wait ≤ 5 % of latency at 8 and 32 connections | ${r.waits.map((w) => `${w.connections}: ${f(w.lockWaitShare * 100, 2)} %`).join(', ')} | ${verdict(worstWait <= LOCK_WAIT_SHARE)} |`);
  lines.push(`| log queries < ${LOG_QUERY_MS} ms at ${auditor.logEntries.toLocaleString('en')} entries | slowest median ${f(slowest)} ms | ${verdict(slowest < LOG_QUERY_MS)}${auditor.logEntries < 10_000_000 ? ' (below the 10,000,000 entries the target names)' : ''} |`);
  lines.push('');
  return lines.join('\n');
}
