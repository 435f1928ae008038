/**
 * The load generator, in a process of its own so that it does not share the hub's CPU time slices
 * within one event loop: receives a LoadJob over IPC, runs autocannon, sends back a LoadResult.
 */
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  headers: Record<string, string>;
  /** Request bodies, used in turn. */
  bodies: string[];
  connections: number;
  seconds: number;
  /** With this, the job ends after this many requests instead of after `seconds`. */
  requests?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  requests: number;
  non2xx: number;
  errors: number;
}

process.once('message', (job: LoadJob) => {
  let next = 0;
  const instance = autocannon(
    {
      url: job.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...job.headers },
      connections: job.connections,
      ...(job.requests ? { amount: job.requests } : { duration: job.seconds }),
      requests: [{ setupRequest: (request) => ({ ...request, body: job.bodies[next++ % job.bodies.length] }) }],
    },
    (error, result) => {
      if (error) throw error;
      const outcome: LoadResult = {
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        meanMs: result.latency.average,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
      };
      process.send!(outcome, () => process.exit(0));
    },
  );
  autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
});
