#!/usr/bin/env node
/**
 * `node scripts/run.js <compiled script> [args…]`: runs a command from dist/ without a full build
 * every time. The build is incremental (dist/.tsbuildinfo) and stamped (dist/.build-stamp); when a
 * source is newer than the stamp — or there is no build — it is rebuilt first, and says so.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const dist = join(root, 'dist');
const stamp = join(dist, '.build-stamp');
const SOURCES = ['src', 'migrations', 'bench', 'tsconfig.json', 'package-lock.json'];

function newestSource(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its directory
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

function ensureBuilt() {
  const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const changed = Math.max(...SOURCES.map((s) => newestSource(join(root, s))));
  if (built >= changed && process.env.TSUNAGU_REBUILD !== '1') return;
  process.stderr.write(built === 0 ? 'Building (first run)…\n' : 'Sources changed since the last build: rebuilding…\n');
  const started = Date.now();
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--incremental', '--tsBuildInfoFile', join(dist, '.tsbuildinfo')], { cwd: root, stdio: 'inherit' });
  } catch {
    process.stderr.write('The build failed (above); nothing was run.\n');
    process.exit(2);
  }
  writeFileSync(stamp, new Date().toISOString());
  process.stderr.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node scripts/run.js <dist script> [args…]\n');
  process.exit(2);
}
ensureBuilt();
// The web console is bundled separately (Vite); its own step does nothing when the bundle is current.
if (script === '--build-only' || script === 'src/server/main.js') execFileSync(process.execPath, [join(root, 'src', 'console', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (script === '--build-only') process.exit(0);
const target = join(dist, script);
if (!existsSync(target)) {
  process.stderr.write(`${target} is not built.\n`);
  process.exit(2);
}
process.argv = [process.argv[0], target, ...args];
require(target);
