import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/free-port';
import { isAlive, postmasterLock } from '../../src/db/embedded/postmaster';
import { compileProject, type CompiledProject } from '../support/compiled-project';

const ROOT = join(__dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-beside-hub-'));
chmodSync(dataDir, 0o755);
let compiled: CompiledProject;
let env: NodeJS.ProcessEnv;
let hub: ChildProcess | undefined;
let hubUrl: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(compiled.dir, script), ...args], { cwd: ROOT, env: { ...env, ...extraEnv }, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  compiled = await compileProject();
  const hubPort = await freePort();
  env = { ...compiled.env, TSUNAGU_DATA_DIR: dataDir, TSUNAGU_EMBEDDED_PG_PORT: String(await freePort()), PORT: String(hubPort), TSUNAGU_DEMO_RESIDENTS: '30', AUDIT_CHECKPOINT_EVERY: '20' };
  hubUrl = `http://127.0.0.1:${hubPort}`;
  hub = spawn(process.execPath, [join(compiled.dir, 'src', 'server', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Tsunagu is serving GraphQL')) resolve();
    };
    hub!.stdout!.on('data', collect);
    hub!.stderr!.on('data', collect);
    hub!.once('exit', (code) => reject(new Error(`the hub exited with ${code}: ${output}`)));
  });
}, 240_000);

afterAll(async () => {
  await stopHub();
  const lock = postmasterLock(join(dataDir, 'postgres'));
  if (lock && isAlive(lock.pid)) process.kill(lock.pid, 'SIGINT');
  compiled?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

async function stopHub(): Promise<void> {
  if (!hub || hub.exitCode !== null || hub.signalCode !== null) return;
  const exited = new Promise((resolve) => hub!.once('exit', resolve));
  hub.kill('SIGINT');
  await exited;
}

/** Asks the hub for its health and for the caller's identity (a database read) every 100 ms; collects every answer that is not 200. */
function watchHub(token: string) {
  const failures: string[] = [];
  let asked = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      asked++;
      const health = await fetch(`${hubUrl}/health`).catch((error: Error) => ({ status: 0, text: async () => error.message }));
      if (health.status !== 200) failures.push(`/health ${health.status} ${await health.text()}`);
      const query = await fetch(hubUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { code unitCode } }' }),
      }).catch((error: Error) => ({ status: 0, text: async () => error.message }));
      const body = await query.text();
      if (query.status !== 200 || !body.includes('"code":"caseworker"')) failures.push(`query ${query.status} ${body.slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    failures,
    async stop() {
      running = false;
      await loop;
      return asked;
    },
  };
}

describe('commands beside a running hub', () => {
  it('import, generate and log:verify use the hub’s database and leave the hub answering', { timeout: 300_000 }, async () => {
    const token = (await run('src/identity/cli/print-token.js', ['caseworker'])).stdout.trim();
    const watch = watchHub(token);
    const imported = await run('src/imports/import-command.js', ['--kind', 'residents', 'test/imports/fixtures/residents.csv', '--dry-run']);
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);
    const generated = await run('src/synthetic/generate-command.js', ['--residents', '20', '--replace']);
    expect(generated.code, generated.stderr + generated.stdout).toBe(0);
    const verified = await run('src/access-log/cli/verify.js', []);
    expect(verified.code, verified.stderr + verified.stdout).toBe(0);
    expect(verified.stdout).toContain('INTACT');
    const asked = await watch.stop();
    expect(watch.failures).toEqual([]);
    expect(asked).toBeGreaterThan(3);
  });

  it('log:verify works with the hub stopped, and stops the server it started for itself', { timeout: 120_000 }, async () => {
    await stopHub();
    expect(postmasterLock(join(dataDir, 'postgres'))).toBeUndefined();
    const verified = await run('src/access-log/cli/verify.js', []);
    expect(verified.code, verified.stderr + verified.stdout).toBe(0);
    expect(verified.stdout).toContain('INTACT');
    const lock = postmasterLock(join(dataDir, 'postgres'));
    expect(lock === undefined || !isAlive(lock.pid)).toBe(true);
  });

  it('a backup taken with the hub stopped restores into another data dir, whose log verifies', { timeout: 120_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tsunagu-backup-')), 'backup');
    const restored = mkdtempSync(join(tmpdir(), 'tsunagu-restored-'));
    chmodSync(restored, 0o755);
    const checkpointFile = join(restored, '..', `${process.pid}-checkpoint.json`);
    try {
      const checkpoint = await run('src/access-log/cli/checkpoint.js', []);
      expect(checkpoint.code, checkpoint.stderr).toBe(0);
      writeFileSync(checkpointFile, checkpoint.stdout);
      const backedUp = await run('src/db/cli/backup.js', ['backup', '--out', out]);
      expect(backedUp.code, backedUp.stderr).toBe(0);
      const restoredRun = await new Promise<Run>((resolve) =>
        execFile(process.execPath, [join(compiled.dir, 'src/db/cli/backup.js'), 'restore', '--from', out], { cwd: ROOT, env: { ...env, TSUNAGU_DATA_DIR: restored } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
      expect(restoredRun.code, restoredRun.stderr).toBe(0);
      const verified = await new Promise<Run>((resolve) =>
        execFile(process.execPath, [join(compiled.dir, 'src/access-log/cli/verify.js')], { cwd: ROOT, env: { ...env, TSUNAGU_DATA_DIR: restored }, timeout: 60_000 }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
      expect(verified.code, verified.stderr + verified.stdout).toBe(0);
      expect(verified.stdout).toMatch(/INTACT/);
      expect(verified.stdout).not.toMatch(/ 0 checkpoint\(s\) checked/);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
      rmSync(checkpointFile, { force: true });
      rmSync(restored, { recursive: true, force: true });
    }
  });

  it('log:verify says where the hub’s database is missing instead of creating one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tsunagu-no-db-'));
    try {
      const result = await new Promise<Run>((resolve) =>
        execFile(process.execPath, [join(compiled.dir, 'src/access-log/cli/verify.js')], { cwd: ROOT, env: { ...env, TSUNAGU_DATA_DIR: empty, AUDIT_SIGNING_KEY: undefined }, timeout: 60_000 }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
      expect(result.code).toBe(2);
      expect(existsSync(join(empty, 'postgres'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** Every command the README lists answers --help with its usage, without touching a database. */
describe("the README's commands", () => {
  const commands: Record<string, string> = {
    generate: 'src/synthetic/generate-command.js',
    import: 'src/imports/import-command.js',
    token: 'src/identity/cli/print-token.js',
    'log:verify': 'src/access-log/cli/verify.js',
    'log:export': 'src/access-log/cli/export.js',
    'log:checkpoint': 'src/access-log/cli/checkpoint.js',
    'migration:up': 'src/db/cli/migrate.js',
  };
  for (const [name, script] of Object.entries(commands)) {
    it(`npm run ${name} -- --help prints its usage`, async () => {
      const result = await run(script, ['--help']);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^usage: npm run /i);
    });
  }

  it('npm run token prints no token a hub with an identity provider would refuse, and says why', async () => {
    const oidc = { OIDC_ISSUER: 'https://idp.city.example/realms/staff', OIDC_AUDIENCE: 'tsunagu-hub-api', OIDC_JWKS_URL: 'https://idp.city.example/certs' };
    const refused = await run('src/identity/cli/print-token.js', ['housing-officer'], oidc);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain("accepts only the city's identity provider's tokens");
    const turnedOn = await run('src/identity/cli/print-token.js', ['housing-officer'], { ...oidc, TSUNAGU_HUB_TOKENS: 'on' });
    expect(turnedOn.code, turnedOn.stderr).toBe(0);
    expect(turnedOn.stdout.trim()).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('npm run token -- nobody says the actor is unknown and lists the demo actors', async () => {
    const result = await run('src/identity/cli/print-token.js', ['nobody']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown actor "nobody"');
    expect(result.stderr).toContain('housing-officer');
  });
});
