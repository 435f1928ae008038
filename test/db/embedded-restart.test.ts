import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { Resident } from '../../src/resident/entities';
import { PolicyVersion } from '../../src/policy/settings/policy-version';
import { prepareDatabase } from '../../src/server/prepare-database';

const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-restart-'));
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `npm start` with no DATABASE_URL: an embedded PostgreSQL in the data directory, kept across restarts. */
describe('the zero-setup embedded database', () => {
  it('starts, loads the demo once, and keeps the data across a restart', async () => {
    const config = { ...loadConfig({}), dataDir, embeddedPostgresPort: 56000 + Math.floor(Math.random() * 3000), demoResidents: 40 };

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
});
