import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { Resident } from '../../src/resident/entities';
import { PolicyVersion } from '../../src/policy/settings/policy-version';
import { prepareDatabase } from '../../src/server/prepare-database';
import { hubRoleUrls } from '../../src/db/hub-role';
import { Client } from 'pg';
import { freePort } from '../../src/db/free-port';

const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-restart-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` with no DATABASE_URL: an embedded PostgreSQL in the data directory, kept across restarts. */
describe('the zero-setup embedded database', () => {
  it('starts, loads the demo once, and keeps the data across a restart', async () => {
    const config = { ...loadConfig({}), dataDir, embeddedPostgresPort: await freePort(), demoResidents: 40 };

    const first = await Databases.open(config);
    try {
      await prepareDatabase(first, config, { progress: false });
      expect(await first.em('core').count(Resident)).toBeGreaterThanOrEqual(40);
      const em = first.em('core');
      em.create(PolicyVersion, { settings: { emergencyMaxHours: 24 } as never, changedBy: 'test', reason: 'kept across restart', changedAt: new Date() });
      await em.flush();
    } finally {
      await first.close();
    }
    const residentsBefore = await (async () => {
      const again = await Databases.open(config);
      try {
        await prepareDatabase(again, config, { progress: false });
        expect(await again.em('core').count(PolicyVersion, { reason: 'kept across restart' })).toBe(1);
        return await again.em('core').count(Resident);
      } finally {
        await again.close();
      }
    })();
    // The demo is not generated a second time.
    expect(residentsBefore).toBeLessThan(80);
  }, 120_000);

  it('runs the hub as a role that reads and writes records but cannot change the access log', async () => {
    const config = { ...loadConfig({}), dataDir, embeddedPostgresPort: await freePort(), demoResidents: 40 };
    const owner = await Databases.open(config);
    try {
      await prepareDatabase(owner, config, { progress: false });
      const urls = await hubRoleUrls(owner.urls, dataDir);
      const hub = new Client({ connectionString: urls.audit });
      await hub.connect();
      try {
        expect((await hub.query('SELECT current_user AS u, usesuper FROM pg_user WHERE usename = current_user')).rows[0]).toEqual({ u: 'tsunagu_hub', usesuper: false });
        expect((await hub.query('SELECT count(*)::int AS n FROM resident.resident')).rows[0].n).toBeGreaterThan(0);
        for (const statement of ['DELETE FROM audit.access_log_record', 'UPDATE audit.access_log_record SET action = action', 'TRUNCATE audit.access_log_record']) {
          await expect(hub.query(statement), statement).rejects.toMatchObject({ code: '42501' });
        }
      } finally {
        await hub.end();
      }
    } finally {
      await owner.close();
    }
  }, 120_000);
});
