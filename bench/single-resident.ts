import type { HubHandle } from './hub-handle';
import { runLoad } from './load';
import type { LoadResult } from './load-worker';
import { body, SINGLE_RESIDENT_VIEW } from './queries';
import { median } from './stats';

export interface SingleResidentResult {
  on: LoadResult;
  off: LoadResult;
  rounds: { on: LoadResult; off: LoadResult }[];
}

/**
 * Throughput and latency of the single-resident view at fixed concurrency: on and off alternate
 * (on first in even rounds, off first in odd ones); the result is the median round of each side.
 */
export async function singleResidentView(
  hubs: { on: HubHandle; off: HubHandle },
  token: string,
  purpose: string,
  residentNumbers: string[],
  options: { connections: number; seconds: number; rounds: number },
): Promise<SingleResidentResult> {
  const bodies = residentNumbers.map((residentNumber) => body(SINGLE_RESIDENT_VIEW, { residentNumber, purpose }));
  const job = (hub: HubHandle) => runLoad({ url: hub.url, headers: { authorization: `Bearer ${token}` }, bodies, connections: options.connections, seconds: options.seconds });
  // A short warm-up of each (JIT, connection pools, PostgreSQL buffers).
  for (const hub of [hubs.on, hubs.off]) await runLoad({ url: hub.url, headers: { authorization: `Bearer ${token}` }, bodies, connections: options.connections, seconds: 2 });
  const rounds: { on: LoadResult; off: LoadResult }[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const result = {} as { on: LoadResult; off: LoadResult };
    for (const side of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      result[side] = await job(hubs[side]);
      console.log(`  single-resident view, round ${round + 1}, ${side}: ${result[side].requestsPerSecond.toFixed(0)} req/s, p50 ${result[side].p50Ms} ms, p99 ${result[side].p99Ms} ms`);
      if (result[side].non2xx || result[side].errors) console.log(`    ${result[side].non2xx} non-2xx, ${result[side].errors} errors`);
    }
    rounds.push(result);
  }
  const pick = (side: 'on' | 'off'): LoadResult => {
    const rps = median(rounds.map((r) => r[side].requestsPerSecond));
    return {
      requestsPerSecond: rps,
      p50Ms: median(rounds.map((r) => r[side].p50Ms)),
      p99Ms: median(rounds.map((r) => r[side].p99Ms)),
      requests: rounds.reduce((n, r) => n + r[side].requests, 0),
      non2xx: rounds.reduce((n, r) => n + r[side].non2xx, 0),
      errors: rounds.reduce((n, r) => n + r[side].errors, 0),
    };
  };
  return { on: pick('on'), off: pick('off'), rounds };
}
