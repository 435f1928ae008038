import type { EntityManager } from '@mikro-orm/postgresql';
import { Directory } from './directory';

/** The calendar date in Japan (JST), where contract periods and memberships are kept. */
export function japanDate(now = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The directory, loaded once and reloaded only when it changed: every change to an organisation,
 * unit, contract or membership bumps `organisation.directory_version` (a trigger), and each request
 * reads that number in the same statement that looks up its actor, so the hot path costs nothing
 * more. A new day reloads it too: contracts and memberships begin and end on dates.
 */
export class DirectoryCache {
  private pending?: Promise<Directory>;

  private constructor(
    private directory: Directory,
    private version: number,
    private day: string,
  ) {}

  static async open(em: EntityManager): Promise<DirectoryCache> {
    const version = await readVersion(em);
    const day = japanDate();
    return new DirectoryCache(await Directory.load(em, day), version, day);
  }

  /** The directory last loaded (for requests without an actor, and the access log's unit names). */
  get current(): Directory {
    return this.directory;
  }

  /** The directory at `version`, reloading it if it is newer than the one held or the day has turned. */
  async at(em: EntityManager, version: number): Promise<Directory> {
    const day = japanDate();
    if (version === this.version && day === this.day) return this.directory;
    this.pending ??= Directory.load(em, day).then(
      (directory) => {
        this.directory = directory;
        this.version = Math.max(this.version, version);
        this.day = day;
        this.pending = undefined;
        return directory;
      },
      (error) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}

async function readVersion(em: EntityManager): Promise<number> {
  const [row] = await em.getConnection().execute<{ version: string }[]>('select "version" from "organisation"."directory_version"');
  return Number(row?.version ?? 0);
}
