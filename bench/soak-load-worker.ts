/**
 * The soak's load generator, in a process of its own: receives a SoakLoadJob over IPC, runs
 * autocannon over fixed connections, reads every response (decisions and errors, per scenario) and
 * sends progress and then a SoakLoadResult. At the deadline each connection finishes the request it
 * has in flight and stops, so every request sent is also read: no response is cut off.
 */
import autocannon from 'autocannon';
import { addResponse, emptyTally, type Tally } from './response-tally';

export interface SoakLoadJob {
  url: string;
  connections: number;
  seconds: number;
  timeoutSeconds: number;
  scenarios: { name: string; headers: Record<string, string>; bodies: string[] }[];
  /** Scenario indices in the order every connection sends them, over and over. */
  sequence: number[];
  progressSeconds: number;
}

export interface SoakLoadResult {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Per scenario, in the job's order. */
  tallies: Tally[];
  /** Connection errors and timeouts (a timed-out request is abandoned, its response never read). */
  errors: number;
  timeouts: number;
  /** Responses completed in each second of the run. */
  perSecond: number[];
}

export type SoakLoadMessage = { type: 'progress'; seconds: number; requests: number; decisions: number } | { type: 'done'; result: SoakLoadResult };

/** What autocannon's client exposes at run time (lib/httpClient.js): requests made and the cap on them. */
interface CannonClient {
  reqsMade: number;
  responseMax?: number;
}

process.once('message', (job: SoakLoadJob) => {
  const tallies = job.scenarios.map(() => emptyTally());
  const perSecond: number[] = [];
  const clients: CannonClient[] = [];
  const next = job.scenarios.map(() => 0);
  const started = Date.now();
  const requests = job.sequence.map((index): autocannon.Request => {
    const scenario = job.scenarios[index];
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tsunagu-decisions': 'include', ...scenario.headers },
      setupRequest: (request) => ({ ...request, body: scenario.bodies[next[index]++ % scenario.bodies.length] }),
      onResponse: (status: number, body: string) => {
        addResponse(tallies[index], status, body);
        const second = Math.floor((Date.now() - started) / 1000);
        perSecond[second] = (perSecond[second] ?? 0) + 1;
      },
    };
  });
  const instance = autocannon(
    {
      url: job.url,
      connections: job.connections,
      // The deadline below drains the connections; autocannon's own stop, which drops the requests
      // in flight, is only a backstop.
      duration: job.seconds + 10 * job.timeoutSeconds,
      timeout: job.timeoutSeconds,
      requests,
      setupClient: (client) => clients.push(client as unknown as CannonClient),
    },
    (error, result) => {
      if (error) throw error;
      clearInterval(progress);
      const outcome: SoakLoadResult = {
        seconds: (Date.now() - started) / 1000,
        requests: tallies.reduce((n, t) => n + t.requests, 0),
        requestsPerSecond: 0,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        tallies,
        errors: result.errors,
        timeouts: result.timeouts,
        perSecond: Array.from(perSecond, (n) => n ?? 0),
      };
      outcome.requestsPerSecond = outcome.requests / outcome.seconds;
      send({ type: 'done', result: outcome }, () => process.exit(0));
    },
  );
  autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  setTimeout(() => {
    for (const client of clients) client.responseMax = Math.max(1, client.reqsMade);
  }, job.seconds * 1000);
  const progress = setInterval(() => {
    const done = tallies.reduce((n, t) => n + t.requests, 0);
    send({ type: 'progress', seconds: (Date.now() - started) / 1000, requests: done, decisions: tallies.reduce((n, t) => n + t.decisions, 0) });
  }, job.progressSeconds * 1000);
});

function send(message: SoakLoadMessage, then: () => void = () => {}) {
  process.send!(message, then);
}
