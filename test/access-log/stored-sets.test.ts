import { describe, expect, it } from 'vitest';
import type { Pool, QueryConfig } from 'pg';
import { appendRecords } from '../../src/access-log/append';
import { DecisionSets } from '../../src/access-log/decision-set';
import type { RecordDraft } from '../../src/access-log/entry';
import { StoredSets, UNKNOWN_SET_STATE } from '../../src/access-log/stored-sets';
import { asSuperuser, auditDatabase, draft, testSettings, verifyDatabase } from './support';

const settings = testSettings({ checkpointEvery: 10 });
const audit = auditDatabase();

/** The pool, recording the sets JSON (the append's first parameter) of every statement sent through it. */
function recording(): { pool: Pool; setsSent: string[] } {
  const setsSent: string[] = [];
  const query = ((config: QueryConfig) => {
    setsSent.push(String(config.values?.[0]));
    return audit.pool.query(config);
  }) as Pool['query'];
  return { pool: { query } as Pool, setsSent };
}

/** A request's records about two residents decided alike, under a citation no other test uses. */
function request(citation: string): RecordDraft[] {
  const requestId = crypto.randomUUID();
  return ['1000000011', '1000000012'].map((subject) => draft({ requestId, subject, action: 'STORED_SET_PROBE', citation }));
}

const setIdOf = (drafts: RecordDraft[]) => new DecisionSets().of(drafts[0].items).id;

async function storedSet(id: string): Promise<{ categories: string[]; citations: string[] } | undefined> {
  return asSuperuser(audit.url, async (db) => (await db.query('SELECT categories, citations FROM audit.decision_set WHERE id = $1', [id])).rows[0]);
}

describe('decision sets the hub has seen committed', () => {
  it('go by their id alone from the second append on, and the records name the one stored set', async () => {
    const stored = new StoredSets();
    const { pool: spy, setsSent } = recording();
    const first = request('art. 69(1) — stored-set probe A');
    const second = request('art. 69(1) — stored-set probe A');
    await appendRecords(spy, first, settings.signer, settings.checkpointEvery, { stored });
    const { range } = await appendRecords(spy, second, settings.signer, settings.checkpointEvery, { stored });

    expect(setsSent).toHaveLength(2);
    expect(setsSent[0]).toContain('stored-set probe A');
    expect(setsSent[1]).not.toContain('stored-set probe A');
    expect(setsSent[1]).toContain(setIdOf(second));
    expect(await storedSet(setIdOf(second))).toMatchObject({ citations: ['art. 69(1) — stored-set probe A'] });
    const named = await asSuperuser(audit.url, async (db) => (await db.query('SELECT DISTINCT decision_set FROM audit.access_log_record WHERE seq BETWEEN $1 AND $2', [range.first, range.last])).rows);
    expect(named).toEqual([{ decision_set: setIdOf(second) }]);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('are sent whole again when the database does not hold them (restored from an older backup), and the append succeeds', async () => {
    const drafts = request('art. 69(1) — stored-set probe B');
    const stored = new StoredSets();
    stored.add([setIdOf(drafts)]); // what the hub believes; the database never saw this set
    const { pool: spy, setsSent } = recording();
    const { range } = await appendRecords(spy, drafts, settings.signer, settings.checkpointEvery, { stored });

    expect(setsSent).toHaveLength(2);
    expect(setsSent[0]).not.toContain('stored-set probe B');
    expect(setsSent[1]).toContain('stored-set probe B');
    expect(range.last - range.first + 1).toBe(2);
    expect(await storedSet(setIdOf(drafts))).toMatchObject({ citations: ['art. 69(1) — stored-set probe B'] });
    expect(stored.has(setIdOf(drafts))).toBe(true);
    expect((await verifyDatabase(audit.url, settings)).firstBad).toBeNull();
  });

  it('named by an id the database does not hold, fail the whole statement with TS001 and write nothing', async () => {
    const drafts = request('art. 69(1) — stored-set probe C');
    const count = () => asSuperuser(audit.url, async (db) => Number((await db.query('SELECT count(*) FROM audit.access_log_record')).rows[0].count));
    const before = await count();
    const direct = await audit.pool
      .query(`SELECT * FROM audit.append_runs($1::json, '[{"request_id":"x","action":"STORED_SET_PROBE","withheld_from_subject":false}]'::json, '{1}', '{1}', '{1}', '{"1000000013"}', '{}'::json, '[]'::json)`, [
        JSON.stringify([{ id: setIdOf(drafts), has_denial: false, has_exceptional_basis: false }]),
      ])
      .catch((e: { code?: string }) => e);
    expect(direct).toMatchObject({ code: UNKNOWN_SET_STATE });
    expect(await count()).toBe(before);
    expect(await storedSet(setIdOf(drafts))).toBeUndefined();
  });
});
