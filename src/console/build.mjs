// `npm run build`'s console step: type-checks and bundles src/console into dist/console (served at
// /console), unless the bundle is newer than every source of the console (then it does nothing).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const stamp = join(root, 'dist', 'console', '.built');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = Math.max(newest(here), newest(join(root, 'package-lock.json')));
if (!process.argv.includes('--force') && existsSync(stamp) && statSync(stamp).mtimeMs >= sources) process.exit(0);

const bin = (name) => join(root, 'node_modules', '.bin', name);
execFileSync(bin('tsc'), ['-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
execFileSync(bin('vite'), ['build', '--config', join(here, 'vite.config.mts'), '--logLevel', 'warn'], { stdio: 'inherit' });
writeFileSync(stamp, new Date().toISOString() + '\n');
