import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { GroupCommitFigures } from '../access-log/group-commit';

/**
 * The hub's Prometheus metrics (TSUNAGU_METRICS=on, `GET /metrics`). Labels take values from fixed
 * sets only — operation types, error codes of the catalogue, decisions, legal bases, data
 * categories — never a resident, a staff member, an operation's name or a variable: what a metric
 * says must be what anyone with access to the monitoring may know, and its cardinality bounded.
 */
export class HubMetrics {
  readonly registry = new Registry();

  readonly requests = new Counter({
    name: 'tsunagu_requests_total',
    help: 'GraphQL requests answered, by operation type and outcome (ok, or the first error code).',
    labelNames: ['operation_type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly requestSeconds = new Histogram({
    name: 'tsunagu_request_duration_seconds',
    help: 'Time from the request reaching Apollo to its response, the access-log append included.',
    labelNames: ['operation_type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly decisions = new Counter({
    name: 'tsunagu_field_decisions_total',
    help: 'Access decisions (one per resident, category and holder a request touched), by decision, legal basis and data category.',
    labelNames: ['decision', 'basis', 'category'] as const,
    registers: [this.registry],
  });

  readonly logAppends = new Counter({
    name: 'tsunagu_access_log_appends_total',
    help: 'Requests whose access-log records were appended (ok) or could not be (failed: the response was withheld).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly logRecords = new Counter({
    name: 'tsunagu_access_log_records_total',
    help: 'Access-log records appended (one per resident a request concerned).',
    registers: [this.registry],
  });

  readonly logWaitSeconds = new Histogram({
    name: 'tsunagu_access_log_wait_seconds',
    help: 'Per request: from asking to append until the commit holding its records (queue behind the append in flight, the statement with the chain lock, the commit).',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });

  constructor(groupCommit?: GroupCommitFigures) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tsunagu_' });
    if (groupCommit) this.groupCommitFrom(groupCommit);
  }

  /** Appends shared by the requests that finished together (group commit), read from its running totals. */
  private groupCommitFrom(figures: GroupCommitFigures): void {
    let seen = { flushes: 0, flushMs: 0 };
    new Counter({
      name: 'tsunagu_access_log_group_appends_total',
      help: 'Append statements (each one transaction carrying the records of every request waiting); requests per append = appends_total{outcome="ok"} / this.',
      registers: [this.registry],
      collect() {
        this.inc(figures.flushes - seen.flushes);
        seen = { ...seen, flushes: figures.flushes };
      },
    });
    new Counter({
      name: 'tsunagu_access_log_group_append_seconds_total',
      help: 'Time spent in append statements, waiting for the chain lock included.',
      registers: [this.registry],
      collect() {
        this.inc((figures.flushMs - seen.flushMs) / 1000);
        seen = { ...seen, flushMs: figures.flushMs };
      },
    });
  }

  /** What the access log tells of each request's append (AccessLog.observer). */
  accessLogObserver(): { appended(records: number, seconds: number): void; failed(): void } {
    return {
      appended: (records, seconds) => {
        this.logAppends.inc({ outcome: 'ok' });
        this.logRecords.inc(records);
        this.logWaitSeconds.observe(seconds);
      },
      failed: () => this.logAppends.inc({ outcome: 'failed' }),
    };
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
