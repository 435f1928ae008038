import type { Pool, PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';

/** What an append needs of the database: a pool, or the hub's own connection for appends. */
export interface Queryable {
  query<R extends QueryResultRow = any>(config: QueryConfig): Promise<QueryResult<R>>;
}

/**
 * The hub's appends go out on a connection kept checked out of the writer's pool, so that the
 * statement leaves in the turn of the event loop that asked for it. A pool hands out even an idle
 * connection a tick later (pg-pool's connect uses process.nextTick), and that tick comes only once
 * the promise jobs queued before it have run — among them Apollo serialising the whole response:
 * the append would then start after the serialisation instead of running beside it
 * (src/request/plugin.ts). One append is in flight at a time (group-commit.ts), so one connection
 * serves. A connection whose statement fails, or that the server closes, is discarded, and the next
 * append takes another.
 */
export class AppendConnection implements Queryable {
  private client?: PoolClient;

  constructor(private readonly pool: Pool) {}

  async query<R extends QueryResultRow = any>(config: QueryConfig): Promise<QueryResult<R>> {
    const client = this.client ?? (await this.connect());
    try {
      return await client.query<R>(config);
    } catch (error) {
      this.discard(client, error as Error);
      throw error;
    }
  }

  private async connect(): Promise<PoolClient> {
    const client = await this.pool.connect();
    this.client = client;
    // Closed by the server while waiting (a restart, an idle timeout): the next append connects
    // afresh instead of failing on it.
    client.once('end', () => this.discard(client, new Error('the audit database closed the connection')));
    return client;
  }

  private discard(client: PoolClient, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.release(error);
  }

  /** Back to the pool (closing: the pool ends only once every connection is back). */
  release(): void {
    this.client?.release();
    this.client = undefined;
  }
}
