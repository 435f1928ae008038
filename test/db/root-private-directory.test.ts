import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { useEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { CLUSTER_POINTER } from '../../src/db/embedded/cluster-location';
import { isAlive, postmasterLock } from '../../src/db/embedded/postmaster';
import { freePort } from '../../src/db/free-port';

const asRoot = process.getuid?.() === 0;
const privateDir = mkdtempSync(join(tmpdir(), 'tsunagu-private-')); // 0700, like /root or mktemp -d
const sharedDir = mkdtempSync(join(tmpdir(), 'tsunagu-shared-'));
chmodSync(sharedDir, 0o755);
afterAll(() => {
  rmSync(privateDir, { recursive: true, force: true });
  rmSync(sharedDir, { recursive: true, force: true });
});

/** Containers run as root; PostgreSQL runs as the postgres user, who cannot enter a private directory. */
describe.runIf(asRoot)('as root with the data directory in a private directory', () => {
  it('keeps the cluster where the postgres user can reach it, says where, and starts', { timeout: 120_000 }, async () => {
    const previous = process.env.TSUNAGU_SHARED_DIR;
    process.env.TSUNAGU_SHARED_DIR = sharedDir;
    try {
      const dataDir = join(privateDir, 'data');
      const server = await useEmbeddedPostgres({ dataDir, port: await freePort() });
      const clusterDir = readFileSync(join(dataDir, CLUSTER_POINTER), 'utf8').trim();
      expect(clusterDir.startsWith(join(sharedDir, 'clusters'))).toBe(true);
      expect(existsSync(join(clusterDir, 'PG_VERSION'))).toBe(true);
      const client = new Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query('SHOW server_encoding')).rows[0].server_encoding).toBe('UTF8');
      await client.end();
      const lock = postmasterLock(clusterDir)!;
      await server.release();
      expect(isAlive(lock.pid)).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.TSUNAGU_SHARED_DIR;
      else process.env.TSUNAGU_SHARED_DIR = previous;
    }
  });
});
