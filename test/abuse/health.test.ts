import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
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
