import type { GroupCommitFigures } from '../src/access-log/group-commit';
import type { HubHandle } from './hub-handle';
import { runLoad } from './load';
import type { LoadResult } from './load-worker';
import type { PgStatements } from './pg-statements';

export interface LockWait {
  connections: number;
  load: LoadResult;
  /** Requests per append (group commit). */
  requestsPerAppend: number;
  /** Time from asking to append until the commit, as a share of the requests' summed latency. */
  logWaitShare: number;
  /** Time waiting for the chain lock in PostgreSQL (sampled), as a share of summed latency. */
  lockWaitShare: number;
  /** Mean hub backends waiting for the chain lock (sampled every 10 ms). */
  meanLockWaiters: number;
}

export interface TwoHubs {
  connectionsPerHub: number;
  one: LoadResult;
  two: [LoadResult, LoadResult];
}

function delta(after: GroupCommitFigures, before: GroupCommitFigures): GroupCommitFigures {
  return { requests: after.requests - before.requests, waitedMs: after.waitedMs - before.waitedMs, flushes: after.flushes - before.flushes, flushMs: after.flushMs - before.flushMs };
}

/**
 * The "on" hub at `connections`: how long requests wait for the log, and for the chain lock. The
 * lock wait is estimated from PostgreSQL: the mean number of backends waiting for the advisory lock
 * (sampled), each holding a group of requestsPerAppend requests' records, over the connections
 * (a closed loop keeps `connections` requests in flight: Little's law).
 */
export async function lockWait(hub: HubHandle, token: string, bodies: string[], statements: PgStatements, connections: number, seconds: number): Promise<LockWait> {
  const before = (await hub.stats(false)).log;
  let samples = 0;
  let waiters = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      waiters += await statements.chainLockWaiters();
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const load = await runLoad({ url: hub.url, headers: { authorization: `Bearer ${token}` }, bodies, connections, seconds });
  running = false;
  await sampler;
  const log = delta((await hub.stats(false)).log, before);
  const summedLatency = load.requests * load.meanMs;
  const meanLockWaiters = waiters / Math.max(1, samples);
  const requestsPerAppend = log.requests / Math.max(1, log.flushes);
  return {
    connections,
    load,
    requestsPerAppend,
    logWaitShare: log.waitedMs / summedLatency,
    lockWaitShare: (meanLockWaiters * requestsPerAppend) / connections,
    meanLockWaiters,
  };
}

/** Throughput of one "on" hub, then of two "on" hub processes on the same log at once. */
export async function twoHubs(hubs: [HubHandle, HubHandle], token: string, bodies: string[], connectionsPerHub: number, seconds: number): Promise<TwoHubs> {
  const job = (hub: HubHandle) => runLoad({ url: hub.url, headers: { authorization: `Bearer ${token}` }, bodies, connections: connectionsPerHub, seconds });
  await job(hubs[1]); // warm-up of the second hub
  const one = await job(hubs[0]);
  const two = (await Promise.all(hubs.map(job))) as [LoadResult, LoadResult];
  return { connectionsPerHub, one, two };
}
