import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface CompiledProject {
  /** Where the JavaScript is: `<dir>/src`, `<dir>/bench`, `<dir>/migrations`. */
  dir: string;
  /** Environment for a Node process that runs it: the repository's packages on NODE_PATH. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

/**
 * Compiles the project with tsc, as `npm run build` does (decorator metadata included, which
 * type-graphql needs and esbuild-based runners do not emit), into a temporary directory of its own,
 * so that a test can run hubs as separate OS processes on a fresh clone without touching dist/.
 */
export function compileProject(): Promise<CompiledProject> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-compiled-'));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  return new Promise((resolve, reject) => {
    // --noCheck: the same JavaScript, without type-checking the whole program again.
    execFile(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json'), '--outDir', dir, '--sourceMap', 'false', '--noCheck'], { cwd: ROOT }, (error, stdout, stderr) => {
      if (error) {
        rmSync(dir, { recursive: true, force: true });
        return reject(new Error(`tsc failed: ${stdout}${stderr}`));
      }
      resolve({
        dir,
        env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: join(ROOT, 'node_modules') },
        remove: () => rmSync(dir, { recursive: true, force: true }),
      });
    });
  });
}
