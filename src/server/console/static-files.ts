import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * dist/console, where `npm run build` (vite) writes the console: beside the project's package.json,
 * else (a build copied elsewhere) beside the compiled `src/`. A missing bundle is answered per page.
 */
export function consoleBundleDir(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'console');
  }
  return join(__dirname, '..', '..', '..', 'console');
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
  immutable: boolean;
}

/** A file of the bundle by its path under the bundle; undefined for a missing file or a path that leaves the bundle. */
export async function readBundleFile(bundleDir: string, relative: string): Promise<StaticFile | undefined> {
  const path = normalize(join(bundleDir, relative));
  if (!path.startsWith(bundleDir + sep)) return undefined;
  const contentType = TYPES[extname(path)];
  if (!contentType) return undefined;
  try {
    return { body: await readFile(path), contentType, immutable: relative.startsWith('assets/') };
  } catch {
    return undefined;
  }
}
