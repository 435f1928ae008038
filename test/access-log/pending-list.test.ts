import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PendingList } from '../../src/access-log/pending-list';
import { appendTo, asSuperuser, type AuditHub, cloneDatabase, draft, startAuditHub } from './support';

/** Pages of the subjects index's pending list merged now (0: nothing was pending). */
const mergeNow = (databaseUrl: string) =>
  asSuperuser(databaseUrl, async (db) => Number((await db.query(`SELECT gin_clean_pending_list('audit.access_log_record_subjects_index'::regclass) AS pages`)).rows[0].pages));

const caseload = (n: number) => {
  const requestId = crypto.randomUUID();
  return Array.from({ length: n }, (_, i) => draft({ requestId, subject: String(1500000000 + i) }));
};

let databaseUrl: string;
let hub: AuditHub;

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hub = await startAuditHub(databaseUrl);
});
afterAll(() => hub?.close());

describe('the subjects index’s pending list', () => {
  it('is left pending by an append alone', async () => {
    await appendTo(databaseUrl, hub.settings, caseload(300));
    expect(await mergeNow(databaseUrl)).toBeGreaterThan(0);
  });

  it('is merged by the hub within a second or so of its append, off the request’s path', async () => {
    expect(await mergeNow(databaseUrl)).toBe(0);
    const numbers = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT resident_number FROM resident.resident ORDER BY resident_number LIMIT 40')).rows.map((r) => r.resident_number));
    const response = await hub.query('housing-officer', `query Caseload($n: [ID!]!) { residents(residentNumbers: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName } }`, { n: numbers });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mergeNow(databaseUrl)).toBe(0);
  });
});

describe('PendingList', () => {
  it('merges once per delay however many appends come, and once more for appends after that', async () => {
    let merges = 0;
    const list = new PendingList(async () => merges++, 30);
    for (let i = 0; i < 5; i++) list.appended();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(merges).toBe(1);
    list.appended();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(merges).toBe(2);
    await list.stop();
  });

  it('merges nothing when nothing was appended since the last merge', async () => {
    let merges = 0;
    const list = new PendingList(async () => merges++, 10);
    await list.mergeNow();
    expect(merges).toBe(0);
    list.appended();
    await list.mergeNow();
    await list.mergeNow();
    expect(merges).toBe(1);
    await list.stop();
  });

  it('merges again after a merge that was running when more was appended', async () => {
    let merges = 0;
    let finish = () => {};
    const list = new PendingList(() => {
      merges++;
      return new Promise<void>((resolve) => (finish = resolve));
    }, 1000);
    list.appended();
    const first = list.mergeNow();
    list.appended();
    const second = list.mergeNow();
    finish();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(merges).toBe(2);
    finish();
    await second;
    await list.stop();
  });

  it('reports a failed merge without throwing, and merges again after the next append', async () => {
    let calls = 0;
    const list = new PendingList(async () => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
    }, 10);
    list.appended();
    await expect(list.mergeNow()).resolves.toBeUndefined();
    expect(calls).toBe(1);
    list.appended();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(2);
    await list.stop();
  });
});
