import { post } from './graphql-client';
import type { HubHandle } from './hub-handle';
import { body, CASELOAD } from './queries';
import { median, timed } from './stats';

export interface CaseloadSide {
  /** Median latency of one request, over every request of every round. */
  medianMs: number;
  statementsPerRequest: number;
  peakRssMb: number;
  msPerResident: number;
}

export interface CaseloadResult {
  size: number;
  requestsPerSide: number;
  on: CaseloadSide;
  off: CaseloadSide;
}

/**
 * Sequential caseload requests of one size, on and off alternating by round; statements are the
 * ORM's (counted in the hub process), peak RSS that of the hub process during the requests.
 */
export async function caseload(
  hubs: { on: HubHandle; off: HubHandle },
  token: string,
  purpose: string,
  residentNumbers: string[],
  options: { requests: number; rounds: number },
  query = CASELOAD,
): Promise<CaseloadResult> {
  const size = residentNumbers.length;
  // The largest caseload takes seconds per request: a quarter of the requests (at least two).
  const requests = size >= 5000 ? Math.max(2, Math.ceil(options.requests / 4)) : options.requests;
  const request = body(query, { residentNumbers, purpose });
  const samples = { on: [] as number[], off: [] as number[] };
  const statements = { on: [] as number[], off: [] as number[] };
  const rss = { on: [] as number[], off: [] as number[] };
  // Warm-up: a few requests per side, so that a larger caseload measured just before (and the
  // garbage it left) does not weigh on the first samples of a smaller one.
  const warmUp = size >= 5000 ? 1 : 3;
  for (const hub of [hubs.on, hubs.off]) for (let i = 0; i < warmUp; i++) await post(hub.url, token, request);
  for (let round = 0; round < options.rounds; round++) {
    for (const side of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const hub = hubs[side];
      await hub.stats(true);
      for (let i = 0; i < requests; i++) samples[side].push(await timed(() => post(hub.url, token, request)));
      const stats = await hub.stats(true);
      statements[side].push(stats.statements / requests);
      rss[side].push(stats.peakRssBytes / 2 ** 20);
    }
  }
  const summary = (side: 'on' | 'off'): CaseloadSide => {
    const medianMs = median(samples[side]);
    return { medianMs, statementsPerRequest: median(statements[side]), peakRssMb: Math.max(...rss[side]), msPerResident: medianMs / size };
  };
  const result = { size, requestsPerSide: requests * options.rounds, on: summary('on'), off: summary('off') };
  console.log(
    `  caseload ${size}${query === CASELOAD ? '' : ' (nothing refused)'}: on ${result.on.medianMs.toFixed(1)} ms (${result.on.statementsPerRequest} statements, ${result.on.peakRssMb.toFixed(0)} MB), ` +
      `off ${result.off.medianMs.toFixed(1)} ms (${result.off.statementsPerRequest} statements, ${result.off.peakRssMb.toFixed(0)} MB)`,
  );
  return result;
}
