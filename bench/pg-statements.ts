import { Client } from 'pg';
import { BARE_APPEND_TABLE } from './bare-log';

/** Statements as PostgreSQL counts them, split into the access log's and the rest. */
export interface StatementCount {
  total: number;
  /** The log's: its append (one statement, the hub's hashed insert or audit.append_runs; the bare side's, bare-log.ts), checkpoints and pending-list merges. */
  log: number;
  /**
   * Of the log's, its housekeeping, which runs by the clock and not per request: a checkpoint stored
   * on its own (when no append follows to carry it) and the merge of the subjects index's pending
   * list (a second after appends). Counted within `log` and `total`.
   */
  housekeeping: number;
  /** Time the server spent executing them (pg_stat_statements' total_exec_time), ms. */
  execMs: number;
}

/** Queries of the benchmark's own probes, left out of every count. */
const OWN = `query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pg_stat_activity%'`;
const HOUSEKEEPING = `(query ILIKE '%merge_pending_subjects%' OR query ILIKE 'INSERT INTO audit.checkpoint%')`;
const LOG = `(${HOUSEKEEPING} OR query ILIKE '%append_runs%' OR query ILIKE '%pg_try_advisory_xact_lock%' OR query ILIKE '%${BARE_APPEND_TABLE}%' OR query ILIKE '%audit.checkpoint%' OR query ILIKE '%statement_timeout%' OR query IN ('BEGIN', 'COMMIT', 'ROLLBACK'))`;

/**
 * Counts every statement the throwaway server runs, from every pool of every hub process (the ORM's
 * and the access log's), with pg_stat_statements (loaded at server start: throwaway-postgres.ts).
 * Only one side runs at a time, so the count between `reset` and `count` is that side's.
 */
export class PgStatements {
  private constructor(private readonly client: Client) {}

  static async open(url: string): Promise<PgStatements> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT count(*) FROM pg_stat_statements');
    } catch (error) {
      await client.end();
      throw new Error(`pg_stat_statements is not available in this PostgreSQL: ${(error as Error).message}`);
    }
    return new PgStatements(client);
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  async count(): Promise<StatementCount> {
    const result = await this.client.query(
      `SELECT coalesce(sum(calls), 0)::int8 AS total, coalesce(sum(calls) FILTER (WHERE ${LOG}), 0)::int8 AS log, coalesce(sum(calls) FILTER (WHERE ${HOUSEKEEPING}), 0)::int8 AS housekeeping, coalesce(sum(total_exec_time), 0)::float8 AS exec_ms FROM pg_stat_statements WHERE ${OWN}`,
    );
    const row = result.rows[0];
    return { total: Number(row.total), log: Number(row.log), housekeeping: Number(row.housekeeping), execMs: Number(row.exec_ms) };
  }

  /** Hub backends waiting for the chain lock (an advisory lock) right now. */
  async chainLockWaiters(): Promise<number> {
    const result = await this.client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory'`);
    return result.rows[0].n;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}
