/**
 * A hub in a process of its own, started by the benchmark and the soak (bench/hub-handle.ts):
 * argv[2] is the JSON of HubProcessArgs. It samples its resident set size, and answers
 * `{ type: 'stats', reset }` with it and the log's figures, `{ type: 'memory' }` with its memory
 * use now, and `{ type: 'settle' }` once the requests in progress have ended, the log's carried checkpoints are stored and its subjects
 * index's pending list merged (so that a side's count holds the work its own appends made due, not
 * an earlier side's).
 * Statements are counted by PostgreSQL (bench/pg-statements.ts), not here: the ORM's query logging,
 * which counted them before, cost every side CPU (its formatting showed in the hubs' profiles).
 */
import type { HubConfig } from '../src/config/environment';
import { Databases } from '../src/db/databases';
import { startHub } from '../src/server/hub';
import { useBareLog } from './bare-log';
import type { GroupCommitFigures } from '../src/access-log/group-commit';

/**
 * on: enforcement and log; bare: the same with a bare append in place of the log's (bare-log.ts);
 * off: guard and log removed; floor: also no purpose, facts or decisions.
 */
export type HubSide = 'on' | 'bare' | 'off' | 'floor';

export interface HubProcessArgs {
  config: HubConfig;
  side: HubSide;
}

export interface HubStats {
  peakRssBytes: number;
  /** CPU time of the hub process (user + system) since it started, µs. */
  cpuMicros: number;
  /** The access log's group commit, totals since the hub started. */
  log: GroupCommitFigures;
}

export interface HubMemory {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
}

async function main() {
  const args = JSON.parse(process.argv[2]) as HubProcessArgs;
  let peakRss = process.memoryUsage.rss();
  // Every 25 ms: reading the RSS is a system call, and at every 5 ms it took about 7 % of a hub's CPU
  // on this machine's virtualised kernel, on every side alike.
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25);
  sampler.unref();
  const databases = await Databases.open(args.config);
  const hub = await startHub(args.config, databases, { port: 0, enforcementForBenchmarkOnly: args.side === 'on' || args.side === 'bare', floorForBenchmarkOnly: args.side === 'floor' });
  if (args.side === 'bare') useBareLog(hub.accessLog);
  // A load generator that stops on time leaves requests behind (autocannon closes its connections);
  // they are finished first, so that their statements and appends count on this side's run, not on
  // the next side's.
  const settle = async () => {
    while (hub.graphqlRequestsInProgress() > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await hub.accessLog.settle();
  };
  process.on('message', (message: { type: string; reset?: boolean }) => {
    if (message.type === 'stats') {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      const cpu = process.cpuUsage();
      const stats: HubStats = { peakRssBytes: peakRss, cpuMicros: cpu.user + cpu.system, log: { ...hub.accessLog.group.figures } };
      if (message.reset) {
        peakRss = process.memoryUsage.rss();
      }
      process.send!({ type: 'stats', stats });
    } else if (message.type === 'settle') {
      void settle().then(() => process.send!({ type: 'settle', settled: true }));
    } else if (message.type === 'memory') {
      const usage = process.memoryUsage();
      const memory: HubMemory = { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, heapTotalBytes: usage.heapTotal, externalBytes: usage.external };
      process.send!({ type: 'memory', memory });
    } else if (message.type === 'stop') {
      void hub
        .stop()
        .then(() => databases.close())
        .finally(() => process.exit(0));
    }
  });
  process.send!({ type: 'ready', url: hub.url });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
