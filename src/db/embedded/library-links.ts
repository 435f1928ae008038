import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The platform package ships its shared libraries once (`libicuuc.so.60.2`) and lists the symlinks
 * the binaries load them by (`libicuuc.so.60`) in `native/pg-symlinks.json`; its install script
 * would create them, but npm 11 runs no install script unapproved. The hub restores them itself,
 * idempotently, before it uses the binaries.
 */
export function restoreLibraryLinks(packageDir: string): void {
  const listing = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listing)) return;
  const links = JSON.parse(readFileSync(listing, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = join(packageDir, target);
    if (lstatSync(link, { throwIfNoEntry: false })) continue;
    try {
      symlinkSync(relative(dirname(link), join(packageDir, source)), link);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new Error(`Cannot restore ${link} for the PostgreSQL binaries (${(error as Error).message}); run \`npm install-scripts approve ${packageDir.split('node_modules/').pop()}\` and reinstall, or set DATABASE_URL.`);
      }
    }
  }
}
