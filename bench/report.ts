import { cpus, totalmem, platform, release } from 'node:os';
import type { AuditorResult } from './auditor';
import type { CaseloadResult } from './caseload';
import type { BenchOptions } from './options';
import type { SingleResidentResult } from './single-resident';

export interface BenchResults {
  command: string;
  options: BenchOptions;
  actor: string;
  purpose: string;
  setup: { loadSeconds: number; logFillSeconds: number; logFillPerSecond: number };
  mix: string;
  single: SingleResidentResult;
  caseloads: CaseloadResult[];
  /** The same sizes with CASELOAD_NOTHING_REFUSED: both hubs load the same data. */
  caseloadsNothingRefused: CaseloadResult[];
  auditor: AuditorResult;
}

const TARGETS = {
  singleThroughput: 0.85,
  caseloadLatency: 1.2,
  flatPerResident: 0.2,
  logQueryMs: 50,
  verifyPerSecond: 100_000,
};

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function caseloadTable(caseloads: CaseloadResult[]): string[] {
  return [
    '| residents | on ms | off ms | on/off | SQL statements/request on | off | peak RSS on MB | off MB | ms per resident on | off |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...caseloads.map(
      (c) =>
        `| ${c.size.toLocaleString('en')} | ${f(c.on.medianMs)} | ${f(c.off.medianMs)} | **${f(c.on.medianMs / c.off.medianMs, 3)}** | ${c.on.statementsPerRequest} | ${c.off.statementsPerRequest} | ` +
        `${f(c.on.peakRssMb, 0)} | ${f(c.off.peakRssMb, 0)} | ${f(c.on.msPerResident, 3)} | ${f(c.off.msPerResident, 3)} |`,
    ),
  ];
}

/** The results as markdown: machine, command, parameters, one table per scenario and the targets. */
export function renderReport(r: BenchResults): string {
  const cpu = cpus();
  const lines: string[] = [];
  const { single, caseloads, auditor } = r;
  const throughputRatio = single.on.requestsPerSecond / single.off.requestsPerSecond;
  lines.push('# Tsunagu benchmark: enforcement and logging on vs off', '');
  lines.push(`- Date: ${new Date().toISOString()}`);
  lines.push(`- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${f(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`);
  lines.push(`- Command: \`${r.command}\``);
  lines.push(
    `- Parameters: ${r.options.residents.toLocaleString('en')} residents; ${auditor.logEntries.toLocaleString('en')} access-log entries; ` +
      `${r.options.connections} connections × ${r.options.seconds} s per side per round; ${r.options.rounds} rounds (on/off alternating, median round reported); ` +
      `${r.options.caseloadRequests} sequential requests per caseload size, side and round (a quarter of that, at least 2, for 5,000)`,
  );
  lines.push(`- Actor and purpose: \`${r.actor}\` declaring ${r.purpose}; ${r.mix}`);
  lines.push(
    `- Setup: municipality loaded in ${f(r.setup.loadSeconds)} s; log filled in ${f(r.setup.logFillSeconds)} s (${Math.round(r.setup.logFillPerSecond).toLocaleString('en')} entries/s, hashed with the hub's canonical form)`,
  );
  lines.push('- "off" is the same hub without the field guard and the access-log plugin (HubOptions.enforcementForBenchmarkOnly = false); resolvers still declare the purpose and load the facts.', '');

  lines.push('## 1. Single-resident view (~40 fields, all four domains)', '');
  lines.push('| side | req/s | p50 ms | p99 ms | requests | non-2xx |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const side of ['on', 'off'] as const) {
    const s = single[side];
    lines.push(`| ${side} | ${f(s.requestsPerSecond, 0)} | ${f(s.p50Ms)} | ${f(s.p99Ms)} | ${s.requests} | ${s.non2xx} |`);
  }
  lines.push(`| **on/off** | **${f(throughputRatio, 3)}** | ${f(single.on.p50Ms / single.off.p50Ms, 2)} | ${f(single.on.p99Ms / single.off.p99Ms, 2)} | | |`, '');
  lines.push('Rounds (req/s on / off): ' + single.rounds.map((x) => `${f(x.on.requestsPerSecond, 0)} / ${f(x.off.requestsPerSecond, 0)}`).join('; '), '');

  lines.push('## 2. Caseload list (~30 fields per resident)', '');
  lines.push(...caseloadTable(caseloads));
  lines.push('', 'SQL statements are those of the ORM (counted in the hub process). The "off" hub issues more because it also loads the categories the "on" hub refuses (a refused field\'s resolver never runs). The "on" hub also appends the access log once per request (lock and head, an INSERT of the decision sets, one COPY of its records, COMMIT), whatever the size.', '');
  lines.push('### 2b. The same caseload without the refused categories (13 fields per resident, both hubs load the same data)', '');
  lines.push(...caseloadTable(r.caseloadsNothingRefused), '');
  lines.push(
    'Here the "off" hub does no work the "on" hub skips, so on/off is the cost of deciding every field and of the durable, chained log record per resident alone; with 13 light fields per resident, that record (its hash, its COPY row, its share of the commit) weighs more than in the ~30-field list above.',
    '',
  );

  lines.push(`## 3. Auditor queries over ${auditor.logEntries.toLocaleString('en')} log entries (${auditor.logRecords.toLocaleString('en')} chained records)`, '');
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

  const ratios = caseloads.map((c) => c.on.medianMs / c.off.medianMs);
  const ratiosNothingRefused = r.caseloadsNothingRefused.map((c) => c.on.medianMs / c.off.medianMs);
  const first = caseloads[0];
  const last = caseloads[caseloads.length - 1];
  const drift = last.on.msPerResident / first.on.msPerResident - 1;
  const slowest = Math.max(...auditor.queries.map((q) => q.medianMs));
  lines.push('## Targets', '');
  lines.push('| target | measured | verdict |', '| --- | --- | --- |');
  lines.push(`| single-resident throughput on ≥ 0.85 × off | ${f(throughputRatio, 3)} × | ${verdict(throughputRatio >= TARGETS.singleThroughput)} |`);
  lines.push(`| caseload latency on ≤ 1.2 × off at every size | ${ratios.map((x, i) => `${caseloads[i].size}: ${f(x, 3)}`).join(', ')} | ${verdict(ratios.every((x) => x <= TARGETS.caseloadLatency))} |`);
  lines.push(
    `| (for reference, not a scenario of the issue: the caseload without refused categories, both hubs loading the same data) | ${ratiosNothingRefused.map((x, i) => `${r.caseloadsNothingRefused[i].size}: ${f(x, 3)}`).join(', ')} | ${ratiosNothingRefused.every((x) => x <= TARGETS.caseloadLatency) ? 'within 1.2' : 'above 1.2'} |`,
  );
  lines.push(
    `| SQL statements per request the same for 50 and 5,000 | on ${first.on.statementsPerRequest} vs ${last.on.statementsPerRequest}; off ${first.off.statementsPerRequest} vs ${last.off.statementsPerRequest} | ${verdict(first.on.statementsPerRequest === last.on.statementsPerRequest)} |`,
  );
  lines.push(`| time per resident flat (±20%) from 50 to 5,000 (on) | ${f(first.on.msPerResident, 3)} → ${f(last.on.msPerResident, 3)} ms (${drift >= 0 ? '+' : ''}${f(drift * 100, 0)}%) | ${verdict(Math.abs(drift) <= TARGETS.flatPerResident)} |`);
  // The same per resident once the fixed cost of a request (token, actor, policy, the log's lock) is
  // set aside: the extra time each further resident costs, between consecutive sizes.
  const marginal = caseloads.slice(1).map((c, i) => (c.on.medianMs - caseloads[i].on.medianMs) / (c.size - caseloads[i].size));
  const marginalDrift = marginal[marginal.length - 1] / marginal[0] - 1;
  lines.push(
    `| (the same, marginal: extra ms per further resident, on) | ${marginal.map((m, i) => `${caseloads[i].size}→${caseloads[i + 1].size}: ${f(m, 3)}`).join(', ')} ms (${marginalDrift >= 0 ? '+' : ''}${f(marginalDrift * 100, 0)}%) | ${verdict(Math.abs(marginalDrift) <= TARGETS.flatPerResident)} |`,
  );
  lines.push(`| log queries < 50 ms at ${auditor.logEntries.toLocaleString('en')} entries | slowest median ${f(slowest)} ms | ${verdict(slowest < TARGETS.logQueryMs)}${auditor.logEntries < 10_000_000 ? ' (below the 10,000,000 the target names)' : ''} |`);
  lines.push(`| verification ≥ 100,000 entries/s | ${Math.round(v.entriesPerSecond).toLocaleString('en')} /s | ${verdict(v.entriesPerSecond >= TARGETS.verifyPerSecond)} |`);
  lines.push('');
  return lines.join('\n');
}
