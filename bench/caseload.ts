import { post } from './graphql-client';
import type { PgStatements } from './pg-statements';
import { type BySide, bySide, counted, type Hubs, ratioSummary, type RatioSummary, roundOrder, SIDES } from './sides';
import { median, timed } from './stats';

export interface CaseloadSide {
  /** Median latency of one request, over every request of every round. */
  medianMs: number;
  /** Counted by PostgreSQL, every pool; median over rounds. The log's housekeeping apart (below). */
  statementsPerRequest: number;
  logStatementsPerRequest: number;
  /** The log's housekeeping (pg-statements.ts) after each run of requests: median over rounds. */
  housekeepingPerRun: number;
  peakRssMb: number;
  msPerResident: number;
  /** Mean per request, measured in the hub: from asking to append until the commit holding its records ("on" only; 0 elsewhere). */
  logWaitMs: number;
  /** Mean per request: the hub process's CPU time, and the database's statement execution time (every pool). */
  hubCpuMs: number;
  databaseMs: number;
}

export interface CaseloadResult {
  size: number;
  requestsPerSide: number;
  side: BySide<CaseloadSide>;
  /** Latency ratios per round (median request of the round on each side). */
  onFloor: RatioSummary;
  onOff: RatioSummary;
  /** What storing the log costs (bare-log.ts). */
  onBare: RatioSummary;
  /** What deciding and waiting for a commit cost, without the log's storage work. */
  bareOff: RatioSummary;
}

/** Sequential caseload requests of one size, the sides alternating by round. */
export async function caseload(
  hubs: Hubs,
  token: string,
  query: string,
  purpose: string,
  residentNumbers: string[],
  statements: PgStatements,
  options: { requests: number; rounds: number },
): Promise<CaseloadResult> {
  const size = residentNumbers.length;
  // The largest caseload takes seconds per request: a quarter of the requests (at least one).
  const requests = size >= 5000 ? Math.max(1, Math.ceil(options.requests / 4)) : options.requests;
  const request = JSON.stringify({ query, variables: { residentNumbers, purpose } });
  const samples = bySide((): number[][] => []);
  const counts = bySide((): { total: number; log: number; housekeeping: number }[] => []);
  const costs = bySide(() => ({ cpuMicros: 0, execMs: 0, requests: 0 }));
  const rss = bySide((): number[] => []);
  const logWait = bySide(() => ({ requests: 0, waitedMs: 0 }));
  const warmUp = size >= 5000 ? 1 : 2;
  for (const s of SIDES) for (let i = 0; i < warmUp; i++) await post(hubs[s].url, token, request);
  for (let round = 0; round < options.rounds; round++) {
    for (const s of roundOrder(round)) {
      const hub = hubs[s];
      const beforeStats = await hub.stats(true);
      const before = beforeStats.log;
      const { result, statements: count } = await counted(statements, async () => {
        const times: number[] = [];
        for (let i = 0; i < requests; i++) times.push(await timed(() => post(hub.url, token, request)));
        await hub.settle();
        return times;
      });
      samples[s].push(result);
      counts[s].push({ total: (count.total - count.housekeeping) / requests, log: (count.log - count.housekeeping) / requests, housekeeping: count.housekeeping });
      const after = await hub.stats(true);
      rss[s].push(after.peakRssBytes / 2 ** 20);
      costs[s].cpuMicros += after.cpuMicros - beforeStats.cpuMicros;
      costs[s].execMs += count.execMs;
      costs[s].requests += requests;
      logWait[s].requests += after.log.requests - before.requests;
      logWait[s].waitedMs += after.log.waitedMs - before.waitedMs;
    }
  }
  const summary = (s: keyof BySide<unknown>): CaseloadSide => {
    const medianMs = median(samples[s].flat());
    return {
      medianMs,
      statementsPerRequest: median(counts[s].map((c) => c.total)),
      logStatementsPerRequest: median(counts[s].map((c) => c.log)),
      housekeepingPerRun: median(counts[s].map((c) => c.housekeeping)),
      peakRssMb: Math.max(...rss[s]),
      msPerResident: medianMs / size,
      logWaitMs: logWait[s].requests > 0 ? logWait[s].waitedMs / logWait[s].requests : 0,
      hubCpuMs: costs[s].cpuMicros / 1000 / costs[s].requests,
      databaseMs: costs[s].execMs / costs[s].requests,
    };
  };
  const perRound = (a: keyof BySide<unknown>, b: keyof BySide<unknown>) => samples[a].map((times, round) => median(times) / median(samples[b][round]));
  const result: CaseloadResult = {
    size,
    requestsPerSide: requests * options.rounds,
    side: bySide(summary),
    onFloor: ratioSummary(perRound('on', 'floor')),
    onOff: ratioSummary(perRound('on', 'off')),
    onBare: ratioSummary(perRound('on', 'bare')),
    bareOff: ratioSummary(perRound('bare', 'off')),
  };
  console.log(
    `  caseload ${size}: ` +
      SIDES.map((s) => `${s} ${result.side[s].medianMs.toFixed(1)} ms (${result.side[s].statementsPerRequest.toFixed(1)} statements + ${result.side[s].housekeepingPerRun} per run; hub CPU ${result.side[s].hubCpuMs.toFixed(1)}, database ${result.side[s].databaseMs.toFixed(1)} ms)`).join(', ') +
      `; on waits ${result.side.on.logWaitMs.toFixed(1)} ms for the log; on÷floor per round ${result.onFloor.rounds.map((x) => x.toFixed(2)).join(' ')}`,
  );
  return result;
}
