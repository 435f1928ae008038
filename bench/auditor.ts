import { Pool } from 'pg';
import { searchSql } from '../src/access-log/search';
import { verifyChain } from '../src/access-log/verify';
import type { TrustedKey } from '../src/access-log/signing-key';
import { post } from './graphql-client';
import type { HubHandle } from './hub-handle';
import { body, DISCLOSURE_REPORT, FILTERED_LOG } from './queries';
import { median, percentile, timed } from './stats';

export interface QueryTiming {
  name: string;
  /** What was asked, for the results file. */
  variables: Record<string, unknown>;
  medianMs: number;
  p99Ms: number;
  rows: number;
  /** For accessLog: PostgreSQL's plan (indexes used) and execution time of its SQL, EXPLAIN ANALYZE. */
  plan?: string;
}

export interface AuditorResult {
  logEntries: number;
  queries: QueryTiming[];
  logRecords: number;
  verification: { records: number; entries: number; ms: number; entriesPerSecond: number; recordsPerSecond: number; intact: boolean };
}

/**
 * The auditor's questions through GraphQL on the enforcing hub (each is itself logged, as in
 * production), timed over sequential requests; then a full chain verification.
 */
export async function auditor(hub: HubHandle, token: string, auditUrl: string, trustedKeys: TrustedKey[], subject: string, actorCode: string, requests: number): Promise<AuditorResult> {
  const now = new Date();
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const asks: { name: string; query: string; variables: Record<string, unknown>; rows: (data: any) => number }[] = [
    { name: 'disclosure report (one resident)', query: DISCLOSURE_REPORT, variables: { residentNumber: subject }, rows: (d) => d.disclosureReport.lines.length },
    { name: 'access log: one resident', query: FILTERED_LOG, variables: { filter: { subject } }, rows: (d) => d.accessLog.entries.length },
    {
      name: 'access log: one actor, denials, last 30 days',
      query: FILTERED_LOG,
      variables: { filter: { actorCode, decision: 'DENIED', from: monthAgo.toISOString(), to: now.toISOString() } },
      rows: (d) => d.accessLog.entries.length,
    },
    {
      name: 'access log: consent basis, one category',
      query: FILTERED_LOG,
      variables: { filter: { bases: ['CONSENT'], categories: ['welfare.public-assistance'] } },
      rows: (d) => d.accessLog.entries.length,
    },
  ];
  const queries: QueryTiming[] = [];
  for (const ask of asks) {
    const request = body(ask.query, ask.variables);
    let rows = 0;
    await post(hub.url, token, request).then((r) => (rows = ask.rows(r.data)));
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) samples.push(await timed(() => post(hub.url, token, request)));
    const filter = (ask.variables as { filter?: Record<string, unknown> }).filter;
    const plan = filter ? await explain(auditUrl, filter) : undefined;
    queries.push({ name: ask.name, variables: ask.variables, medianMs: median(samples), p99Ms: percentile(samples, 99), rows, plan });
    console.log(`  ${ask.name}: median ${median(samples).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms, ${rows} rows`);
  }
  const pool = new Pool({ connectionString: auditUrl, max: 4 });
  try {
    const size = (
      await pool.query(
        'SELECT coalesce(sum(coalesce(cardinality(r.subjects), 1)), 0) AS records, coalesce(sum(coalesce(cardinality(r.subjects), 1) * cardinality(s.decisions)), 0) AS entries FROM audit.access_log_record r JOIN audit.decision_set s ON s.id = r.decision_set',
      )
    ).rows[0];
    const count = Number(size.entries);
    const verification = await verifyChain(pool, { trustedKeys, parallelism: 4 });
    const seconds = verification.durationMs / 1000;
    // Every record verified carries its decisions: entries verified = all of them when the chain is whole.
    const entriesPerSecond = (verification.checkedRecords === Number(size.records) ? count : 0) / seconds;
    const recordsPerSecond = verification.checkedRecords / seconds;
    console.log(
      `  verification: ${verification.checkedRecords} records (${count} entries) in ${verification.durationMs} ms (${recordsPerSecond.toFixed(0)} records/s, ${entriesPerSecond.toFixed(0)} entries/s), intact ${verification.intact}`,
    );
    return {
      logEntries: count,
      logRecords: Number(size.records),
      queries,
      verification: { records: verification.checkedRecords, entries: count, ms: verification.durationMs, entriesPerSecond, recordsPerSecond, intact: verification.intact },
    };
  } finally {
    await pool.end();
  }
}

/** The access paths and execution time of the accessLog query's SQL (src/access-log/search.ts). */
async function explain(url: string, filter: Record<string, unknown>): Promise<string> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const search = searchSql({ ...filter, from: filter.from ? new Date(filter.from as string) : null, to: filter.to ? new Date(filter.to as string) : null } as never, 50);
    const result = await pool.query(`EXPLAIN (ANALYZE, COSTS OFF) ${search.sql}`, search.params);
    const lines = result.rows.map((r) => String(r['QUERY PLAN']).trim());
    const scans = lines.filter((l) => /Scan|Sort /.test(l)).map((l) => l.replace(/^->\s*/, '').replace(/\s*\(actual.*$/, ''));
    const time = lines.find((l) => l.startsWith('Execution Time'));
    return `${scans.join(' → ')}; ${time ?? ''}`;
  } finally {
    await pool.end();
  }
}
