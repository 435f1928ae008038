import { beforeAll, describe, expect, it } from 'vitest';
import { Migration20261210010000 } from '../../migrations/audit/Migration20261210010000';
import { appendTo, asSuperuser, cloneDatabase, draft, tamperWith, testSettings, verifyDatabase } from './support';

/** The SQL of one direction of the format-4 migration. */
async function sqlOf(direction: 'up' | 'down'): Promise<string[]> {
  const migration = new Migration20261210010000(undefined as never, undefined as never);
  await migration[direction]();
  return migration.getQueries().map(String);
}

const run = (databaseUrl: string, queries: string[]) =>
  asSuperuser(databaseUrl, async (db) => {
    await db.query('BEGIN');
    try {
      for (const sql of queries) await db.query(sql);
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
  });

const functions = (databaseUrl: string) =>
  asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT proname FROM pg_proc WHERE pronamespace = 'audit'::regnamespace AND proname LIKE 'append%' ORDER BY 1`)).rows.map((r) => r.proname));

const settings = testSettings();
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
});

describe('migration audit/20261210010000 (log format 4)', () => {
  it('will not go down while the log holds format-4 rows, and changes nothing', async () => {
    await appendTo(databaseUrl, settings, [draft({ subject: '1000000001' }), draft({ subject: '1000000002' })]);
    await expect(run(databaseUrl, await sqlOf('down'))).rejects.toThrow(/format-4 rows/);
    expect(await functions(databaseUrl)).toEqual(['append_runs']);
  });

  it('goes down to format 3 and its appends on a log without format-4 rows, and up again, the log still verifying', async () => {
    await tamperWith(databaseUrl, (db) => db.query('DELETE FROM audit.access_log_record WHERE format = 4'));
    await run(databaseUrl, await sqlOf('down'));
    expect(await functions(databaseUrl)).toEqual(['append_batch', 'append_records']);
    const columns = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'audit' AND table_name = 'access_log_record'`)).rows.map((r) => r.column_name));
    expect(columns).not.toContain('subjects');

    await run(databaseUrl, await sqlOf('up'));
    expect(await functions(databaseUrl)).toEqual(['append_runs']);
    await appendTo(databaseUrl, settings, [draft({ subject: '1000000003' })]);
    expect((await verifyDatabase(databaseUrl, settings)).firstBad).toBeNull();
  });
});
