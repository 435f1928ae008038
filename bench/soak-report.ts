import { cpus, platform, release, totalmem } from 'node:os';
import type { ChainVerification } from './log-accounting';
import { type MemorySample, memoryWindow } from './memory-sampler';
import { type Tally, unexpectedErrors } from './response-tally';
import type { SoakLoadResult } from './soak-load-worker';
import type { SoakOptions } from './soak-options';

export interface ActorAccount {
  actor: string;
  decisions: { allowed: number; denied: number };
  entries: { allowed: number; denied: number };
}

export interface SoakResults {
  command: string;
  options: SoakOptions;
  startedAt: Date;
  loadSeconds: number;
  scenarios: { name: string; actor: string; weight: number; probe: string }[];
  load: SoakLoadResult;
  memory: MemorySample[];
  accounts: ActorAccount[];
  auditor: { requests: number; events: number };
  verification: ChainVerification;
  loadAverage: { start: number[]; end: number[] };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const n = (x: number) => x.toLocaleString('en');
const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;

export function entriesLost(r: SoakResults): number {
  return r.accounts.reduce((sum, a) => sum + a.decisions.allowed + a.decisions.denied - a.entries.allowed - a.entries.denied, 0);
}

/** Everything that makes the soak fail, in words; empty when it passed. */
export function failures(r: SoakResults, total: Tally): string[] {
  const problems: string[] = [];
  const lost = entriesLost(r);
  if (lost !== 0) problems.push(`entries lost = ${lost} (decisions − entries)`);
  const mismatched = r.accounts.filter((a) => a.decisions.allowed !== a.entries.allowed || a.decisions.denied !== a.entries.denied);
  if (mismatched.length) problems.push(`allowed/denied counts differ from the log for ${mismatched.map((a) => a.actor).join(', ')}`);
  if (r.auditor.requests !== r.auditor.events) problems.push(`auditor requests ${r.auditor.requests} ≠ their log events ${r.auditor.events}`);
  if (!r.verification.intact) problems.push(`chain broken at entry ${r.verification.firstBad?.seq}: ${r.verification.firstBad?.problem}`);
  const unexpected = unexpectedErrors(total) + r.load.errors;
  if (unexpected) problems.push(`${unexpected} unexpected errors`);
  return problems;
}

export function renderSoakReport(r: SoakResults, total: Tally): string {
  const cpu = cpus();
  const { load } = r;
  const lines: string[] = [];
  const problems = failures(r, total);
  lines.push('# Tsunagu soak: sustained load, memory and access-log completeness', '');
  lines.push(`- Date: ${r.startedAt.toISOString()}`);
  lines.push(`- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${f(totalmem() / 2 ** 30)} GiB RAM, ${platform()} ${release()}, Node ${process.version}`);
  lines.push(`- Load average (1/5/15 min): ${r.loadAverage.start.map((x) => f(x, 2)).join(' / ')} before, ${r.loadAverage.end.map((x) => f(x, 2)).join(' / ')} after; mean of the 1-minute figure during the run ${f(mean(r.memory.map((s) => s.load1)), 2)} (the machine is shared)`);
  lines.push(`- Command: \`${r.command}\``);
  lines.push(
    `- Parameters: ${n(r.options.residents)} residents (loaded in ${f(r.loadSeconds)} s); one hub process, enforcement and logging on; ` +
      `${r.options.connections} connections (autocannon in a child process) for ${f(r.options.minutes, 2)} min; memory sampled every ${r.options.sampleSeconds} s; loopback only`,
  );
  lines.push(`- Verdict: **${problems.length ? `FAILED — ${problems.join('; ')}` : 'passed'}**`, '');

  lines.push('## Mix (each connection sends these in turn, weighted)', '');
  lines.push('| scenario | actor | weight | one probe request before the run |', '| --- | --- | ---: | --- |');
  for (const s of r.scenarios) lines.push(`| ${s.name} | \`${s.actor}\` | ${s.weight} | ${s.probe} |`);
  lines.push('');

  lines.push('## Throughput and errors', '');
  const non2xx = Object.entries(total.non2xx);
  const otherCodes = Object.entries(total.errorCodes).filter(([code]) => code !== 'ACCESS_DENIED');
  lines.push('| requests | req/s | p50 ms | p99 ms | non-2xx | GraphQL errors other than ACCESS_DENIED | unreadable bodies | connection errors / timeouts | ACCESS_DENIED errors (expected) |');
  lines.push('| ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |');
  lines.push(
    `| ${n(load.requests)} | ${f(load.requestsPerSecond)} | ${f(load.p50Ms)} | ${f(load.p99Ms)} | ${non2xx.length ? non2xx.map(([s, c]) => `${s}: ${c}`).join(', ') : '0'} | ` +
      `${otherCodes.length ? otherCodes.map(([code, c]) => `${code}: ${c}`).join(', ') : '0'} | ${total.unreadable} | ${load.errors} / ${load.timeouts} | ${n(total.errorCodes.ACCESS_DENIED ?? 0)} |`,
  );
  lines.push('');
  lines.push('| scenario | requests | decisions | allowed | denied | unexpected errors |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  load.tallies.forEach((t, i) => lines.push(`| ${r.scenarios[i].name} | ${n(t.requests)} | ${n(t.decisions)} | ${n(t.allowed)} | ${n(t.denied)} | ${unexpectedErrors(t)} |`));
  lines.push('');

  const duration = load.seconds;
  const window = Math.min(60, duration / 3);
  const first = memoryWindow(r.memory, 0, window);
  const last = memoryWindow(r.memory, duration - window, duration + r.options.sampleSeconds);
  const rssGrowth = last.meanRssBytes - first.meanRssBytes;
  const heapGrowth = last.meanHeapUsedBytes - first.meanHeapUsedBytes;
  lines.push('## Hub memory', '');
  lines.push(`| window | samples | mean RSS MB | mean heap used MB | lowest heap used MB |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const [label, w] of [[`first ${f(window, 0)} s`, first], [`last ${f(window, 0)} s`, last]] as const) {
    lines.push(`| ${label} | ${w.samples} | ${mb(w.meanRssBytes)} | ${mb(w.meanHeapUsedBytes)} | ${mb(w.minHeapUsedBytes)} |`);
  }
  lines.push(
    `| **growth** | | **${signed(rssGrowth / 2 ** 20)} MB (${signed((rssGrowth / first.meanRssBytes) * 100)}%)** | **${signed(heapGrowth / 2 ** 20)} MB (${signed((heapGrowth / first.meanHeapUsedBytes) * 100)}%)** | ${signed((last.minHeapUsedBytes - first.minHeapUsedBytes) / 2 ** 20)} MB |`,
  );
  lines.push('', `Peak RSS ${mb(Math.max(...r.memory.map((s) => s.rssBytes)))} MB, peak heap used ${mb(Math.max(...r.memory.map((s) => s.heapUsedBytes)))} MB.`, '');
  const bucket = duration >= 180 ? 60 : 10;
  lines.push(`Over time (${bucket} s buckets):`, '');
  lines.push('| from s | req/s | mean RSS MB | mean heap used MB | load average (1 min) |', '| ---: | ---: | ---: | ---: | ---: |');
  // Whole buckets up to the deadline; the connections' last requests after it are left out here.
  for (let from = 0; from + bucket <= r.options.minutes * 60; from += bucket) {
    const to = from + bucket;
    const done = load.perSecond.slice(from, Math.ceil(to)).reduce((a, b) => a + b, 0);
    const inside = r.memory.filter((s) => s.seconds >= from && s.seconds < to);
    if (!inside.length) continue;
    lines.push(`| ${from} | ${f(done / (to - from))} | ${mb(mean(inside.map((s) => s.rssBytes)))} | ${mb(mean(inside.map((s) => s.heapUsedBytes)))} | ${f(mean(inside.map((s) => s.load1)), 2)} |`);
  }
  lines.push('');

  lines.push('## Decisions made vs access-log entries written', '');
  lines.push(
    'Decisions: what the hub reported in `extensions.decisions` (header `x-tsunagu-decisions: include`) of every response the load generator read. ' +
      'Entries: READ entries written during the run, per actor and decision, counted by the privacy officer through `accessLog(filter) { totalCount }`.',
    '',
  );
  lines.push('| actor | decisions allowed | entries allowed | decisions denied | entries denied | entries lost |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const a of r.accounts) {
    const lost = a.decisions.allowed + a.decisions.denied - a.entries.allowed - a.entries.denied;
    lines.push(`| \`${a.actor}\` | ${n(a.decisions.allowed)} | ${n(a.entries.allowed)} | ${n(a.decisions.denied)} | ${n(a.entries.denied)} | ${lost} |`);
  }
  const decisions = r.accounts.reduce((s, a) => s + a.decisions.allowed + a.decisions.denied, 0);
  const entries = r.accounts.reduce((s, a) => s + a.entries.allowed + a.entries.denied, 0);
  lines.push(`| **all** | | | | | **${entriesLost(r)}** |`, '');
  lines.push(`**Decisions made ${n(decisions)}; entries written ${n(entries)}; entries lost = decisions − entries = ${decisions - entries}.**`);
  lines.push(`Auditor requests answered ${n(r.auditor.requests)}; their log events (ACCESS_LOG_SEARCHED, DISCLOSURE_REPORTED) ${n(r.auditor.events)}.`, '');

  const v = r.verification;
  lines.push('## Chain verification (`verifyAccessLog`)', '');
  lines.push(
    `${v.intact ? '**Intact**' : `**BROKEN** at record ${v.firstBad?.seq}: ${v.firstBad?.problem} — ${v.firstBad?.detail}`}: records ${n(v.fromSeq)}–${n(v.toSeq)} of ${n(v.headSeq)}, ` +
      `${n(v.checkedRecords)} checked, ${n(v.checkedCheckpoints)} signed checkpoints checked, in ${f(v.durationMs / 1000, 2)} s.`,
    '',
  );
  return lines.join('\n');
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
