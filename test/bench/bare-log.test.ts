import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BARE_APPEND_TABLE, createBareAppendTable, useBareLog } from '../../bench/bare-log';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { asSuperuser, type AuditHub, cloneDatabase, startAuditHub } from '../access-log/support';

/** The benchmark's "bare" side must be "on" minus the log's storage, and nothing else. */

const R = DEMO_RESIDENTS.fallingBetween;
const TENANCY_AND_TAX = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName publicHousingTenancies { estateName } taxArrears { amountYen } } }`;

let databaseUrl: string;
let hub: AuditHub;
beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  await createBareAppendTable(databaseUrl);
  hub = await startAuditHub(databaseUrl);
  useBareLog(hub.log);
});
afterAll(() => hub?.close());

const counts = () =>
  asSuperuser(databaseUrl, async (db) => {
    const log = await db.query('SELECT count(*)::int AS n FROM audit.access_log_record');
    const bare = await db.query(`SELECT count(*)::int AS appends, coalesce(sum(records), 0)::int AS records FROM public.${BARE_APPEND_TABLE}`);
    return { logRows: log.rows[0].n as number, appends: bare.rows[0].appends as number, records: bare.rows[0].records as number };
  });

describe("the benchmark's bare side", () => {
  it('decides as "on" does and holds the response for one bare row per append, writing nothing to the access log', async () => {
    const before = await counts();
    const response = await hub.query('housing-officer', TENANCY_AND_TAX, { n: R });
    expect(response.status).toBe(200);
    expect(response.data.resident.publicHousingTenancies.length).toBeGreaterThan(0);
    expect(response.data.resident.taxArrears).toBeNull(); // still refused: the guard is on
    expect(response.errors?.map((e) => e.extensions?.code)).toContain('ACCESS_DENIED');

    const after = await counts();
    expect(after.logRows).toBe(before.logRows);
    expect(after.appends).toBe(before.appends + 1);
    expect(after.records).toBe(before.records + 1); // one resident decided: one record
  });

  it('withholds the response when its bare row cannot be written, as "on" does when the log cannot', async () => {
    await asSuperuser(databaseUrl, (db) => db.query(`ALTER TABLE public.${BARE_APPEND_TABLE} ADD CONSTRAINT refuse_all CHECK (records < 0) NOT VALID`));
    const response = await hub.query('housing-officer', TENANCY_AND_TAX, { n: R });
    expect(response.status).toBe(503);
    expect(response.data).toBeUndefined();
  });
});
