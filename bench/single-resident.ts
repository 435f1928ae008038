import { runLoad } from './load';
import type { LoadResult } from './load-worker';
import type { PgStatements } from './pg-statements';
import { type BySide, bySide, counted, type Hubs, ratioSummary, type RatioSummary, roundOrder, SIDES } from './sides';
import { machineCpuMs, median } from './stats';

/** Where a side's requests spent their time: the hub process's CPU and the database's statement execution, ms per request. */
export interface CostPerRequest {
  hubCpuMs: number;
  databaseMs: number;
  /** Every process of the machine (hub, PostgreSQL, the load generator), from the kernel's CPU counters. */
  machineCpuMs: number;
}

export interface ThroughputRound {
  side: BySide<LoadResult & CostPerRequest & { statementsPerRequest: number; logStatementsPerRequest: number; housekeepingPerRun: number }>;
}

export interface ThroughputResult {
  label: string;
  rounds: ThroughputRound[];
  /** Median round of each side. */
  median: BySide<CostPerRequest & { requestsPerSecond: number; p50Ms: number; p99Ms: number; statementsPerRequest: number; logStatementsPerRequest: number; housekeepingPerRun: number; non2xx: number; errors: number }>;
  onFloor: RatioSummary;
  onOff: RatioSummary;
  /** What storing the log costs (bare-log.ts). */
  onBare: RatioSummary;
  /** What deciding and waiting for a commit cost, without the log's storage work. */
  bareOff: RatioSummary;
}

/**
 * Throughput and latency of one document set at fixed concurrency, the sides alternating
 * (roundOrder); statements counted by PostgreSQL during each side's run.
 */
export async function throughputBySide(
  label: string,
  hubs: Hubs,
  token: string,
  bodies: string[],
  statements: PgStatements,
  options: { connections: number; seconds: number; rounds: number },
): Promise<ThroughputResult> {
  const job = (url: string, seconds: number, requests?: number) => runLoad({ url, headers: { authorization: `Bearer ${token}` }, bodies, connections: options.connections, seconds, requests });
  // A warm-up of each (JIT, connection pools, PostgreSQL buffers, the hubs' caches): every document
  // twice, so that the rounds measure the steady state, not which side reached it first.
  for (const side of SIDES) await job(hubs[side].url, 0, Math.max(2 * bodies.length, 400));
  const rounds: ThroughputRound[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const side = {} as ThroughputRound['side'];
    for (const s of roundOrder(round)) {
      const cpuBefore = (await hubs[s].stats(false)).cpuMicros;
      const machineBefore = machineCpuMs();
      const { result, statements: count } = await counted(statements, async () => {
        const load = await job(hubs[s].url, options.seconds);
        await hubs[s].settle();
        return load;
      });
      const machineAfter = machineCpuMs();
      const cpuAfter = (await hubs[s].stats(false)).cpuMicros;
      const requests = Math.max(1, result.requests);
      side[s] = {
        ...result,
        statementsPerRequest: (count.total - count.housekeeping) / requests,
        logStatementsPerRequest: (count.log - count.housekeeping) / requests,
        housekeepingPerRun: count.housekeeping,
        hubCpuMs: (cpuAfter - cpuBefore) / 1000 / requests,
        databaseMs: count.execMs / requests,
        machineCpuMs: (machineAfter - machineBefore) / requests,
      };
      if (result.non2xx || result.errors) console.log(`    ${s}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    }
    rounds.push({ side });
    console.log(
      `  ${label}, round ${round + 1}: ` +
        SIDES.map((s) => `${s} ${side[s].requestsPerSecond.toFixed(0)} req/s p50 ${side[s].p50Ms} ms (CPU ${side[s].machineCpuMs.toFixed(2)} of which hub ${side[s].hubCpuMs.toFixed(2)}, database ${side[s].databaseMs.toFixed(2)} ms/request; ${side[s].statementsPerRequest.toFixed(2)} statements, the log's ${side[s].logStatementsPerRequest.toFixed(2)}, + ${side[s].housekeepingPerRun} per run)`).join(', ') +
        `; on÷floor ${(side.on.requestsPerSecond / side.floor.requestsPerSecond).toFixed(3)}, on÷off ${(side.on.requestsPerSecond / side.off.requestsPerSecond).toFixed(3)}, on÷bare ${(side.on.requestsPerSecond / side.bare.requestsPerSecond).toFixed(3)}, bare÷off ${(side.bare.requestsPerSecond / side.off.requestsPerSecond).toFixed(3)}`,
    );
  }
  const medianOf = (s: keyof BySide<unknown>) => ({
    requestsPerSecond: median(rounds.map((r) => r.side[s].requestsPerSecond)),
    p50Ms: median(rounds.map((r) => r.side[s].p50Ms)),
    p99Ms: median(rounds.map((r) => r.side[s].p99Ms)),
    statementsPerRequest: median(rounds.map((r) => r.side[s].statementsPerRequest)),
    logStatementsPerRequest: median(rounds.map((r) => r.side[s].logStatementsPerRequest)),
    housekeepingPerRun: median(rounds.map((r) => r.side[s].housekeepingPerRun)),
    hubCpuMs: median(rounds.map((r) => r.side[s].hubCpuMs)),
    databaseMs: median(rounds.map((r) => r.side[s].databaseMs)),
    machineCpuMs: median(rounds.map((r) => r.side[s].machineCpuMs)),
    non2xx: rounds.reduce((n, r) => n + r.side[s].non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.side[s].errors, 0),
  });
  return {
    label,
    rounds,
    median: bySide(medianOf),
    onFloor: ratioSummary(rounds.map((r) => r.side.on.requestsPerSecond / r.side.floor.requestsPerSecond)),
    onOff: ratioSummary(rounds.map((r) => r.side.on.requestsPerSecond / r.side.off.requestsPerSecond)),
    onBare: ratioSummary(rounds.map((r) => r.side.on.requestsPerSecond / r.side.bare.requestsPerSecond)),
    bareOff: ratioSummary(rounds.map((r) => r.side.bare.requestsPerSecond / r.side.off.requestsPerSecond)),
  };
}
