import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, DatabaseError } from 'pg';
import { LogWrites, WRITE_FAILURE_REPORTED_MS } from '../../src/access-log/write-outcomes';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe('GET /health', () => {
  it('says every database answers', async () => {
    const response = await fetch(new URL('/health', hub.url));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      checks: { core: 'ok', housing: 'ok', tax: 'ok', welfare: 'ok', utility: 'ok', audit: 'ok', accessLog: 'ok' },
    });
  });

  it('says what is wrong when the database refuses connections, and recovers when it returns', async () => {
    const database = new URL(hub.config.databaseUrl!).pathname.slice(1);
    const admin = new Client({ connectionString: hub.config.databaseUrl!.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
      const down = await fetch(new URL('/health', hub.url));
      expect(down.status).toBe(503);
      const report = (await down.json()) as { status: string; checks: Record<string, string> };
      expect(report.status).toBe('unavailable');
      expect(report.checks.accessLog).not.toBe('ok');
      const query = await hub.query('housing-officer', '{ resident(residentNumber: "1000000001", purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName } }');
      expect(JSON.stringify(query.data ?? null)).not.toMatch(/familyName":"\S/);
    } finally {
      await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt++) {
      recovered = (await fetch(new URL('/health', hub.url))).status;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(200);
    const again = await hub.query('housing-officer', '{ resident(residentNumber: "1000000001", purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName } }');
    expect(again.data.resident.familyName).toMatch(/\S/);
  });
});

describe("the access log's latest write, as /health reports it", () => {
  const diskFull = Object.assign(new DatabaseError('could not extend file "pg_tblspc/1/2/3": No space left on device', 0, 'error'), { code: '53100' });

  it('names the SQLSTATE of a failed write, never the message (which names files)', () => {
    const writes = new LogWrites();
    expect(writes.problem()).toBeUndefined();
    writes.failed(diskFull, 1_000);
    expect(writes.problem(3_000)).toBe('the last write failed 2 s ago: disk full (SQLSTATE 53100)');
    writes.failed(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 1_000);
    expect(writes.problem(1_000)).toBe('the last write failed 0 s ago: ECONNREFUSED');
  });

  it('forgets the failure once a write succeeds, or after a while without writes', () => {
    const writes = new LogWrites();
    writes.failed(diskFull, 1_000);
    writes.succeeded();
    expect(writes.problem(1_000)).toBeUndefined();
    writes.failed(diskFull, 1_000);
    expect(writes.problem(1_000 + WRITE_FAILURE_REPORTED_MS)).toMatch(/53100/);
    expect(writes.problem(1_001 + WRITE_FAILURE_REPORTED_MS)).toBeUndefined();
  });
});
