import { Client } from 'pg';
import type { AccessLog } from '../src/access-log/access-log';
import { AppendConnection } from '../src/access-log/append-connection';
import { GroupCommit } from '../src/access-log/group-commit';

/** Where the "bare" side's appends go: one row per append, no index, no hash. */
export const BARE_APPEND_TABLE = 'bench_bare_append';

/** Creates the bare side's table in the throwaway database (as its superuser), writable by every hub. */
export async function createBareAppendTable(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS public.${BARE_APPEND_TABLE} (records int NOT NULL)`);
    await client.query(`GRANT INSERT ON public.${BARE_APPEND_TABLE} TO PUBLIC`);
  } finally {
    await client.end();
  }
}

/**
 * BENCHMARK ONLY — the "bare" side: the hub as deployed (guard, decisions, every record drafted,
 * group commit with its join window, each response held for a durable commit), except that an
 * append stores one bare row (its number of records) instead of the log's records: no decision
 * sets, no hash chain, no indexes. It is "on" minus the log's storage work, so that on ÷ bare is
 * what storing the log costs, and bare ÷ off what deciding and waiting for a commit cost.
 */
export function useBareLog(log: AccessLog): void {
  const connection = new AppendConnection(log.pool);
  let last = 0;
  const bare = new GroupCommit(async (drafts) => {
    await connection.query({ name: 'bench.bare_append', text: `INSERT INTO public.${BARE_APPEND_TABLE} (records) VALUES ($1)`, values: [drafts.length] });
    const first = last + 1;
    last += drafts.length;
    return { first, last };
  }, log.settings.joinWindow);
  bare.inProgress = log.group.inProgress;
  (log as { group: GroupCommit }).group = bare;
  // Its connection back to the pool before the pool ends (which waits for every connection).
  const close = log.close.bind(log);
  log.close = async () => {
    connection.release();
    await close();
  };
}
