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
  /** A load in flight, and the version it was started for: a request that read a newer version starts its own. */
  private pending?: { version: number; day: string; directory: Promise<Directory> };

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

  /**
   * The directory at `version` (read by the request just now), reloading it if the one held is
   * older or the day has turned. What a load reads is at least as new as the version that started it.
   */
  async at(em: EntityManager, version: number): Promise<Directory> {
    const day = japanDate();
    if (version <= this.version && day === this.day) return this.directory;
    if (this.pending && this.pending.version >= version && this.pending.day === day) return this.pending.directory;
    const directory = Directory.load(em, day).then((loaded) => {
      // Loaded after every version seen so far was committed: it is at least as new as all of them.
      if (version >= this.version || day !== this.day) {
        this.directory = loaded;
        this.version = Math.max(version, this.version);
        this.day = day;
      }
      return loaded;
    });
    const pending = { version, day, directory };
    this.pending = pending;
    void directory.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    }).catch(() => undefined);
    return directory;
  }
}

async function readVersion(em: EntityManager): Promise<number> {
  const [row] = await em.getConnection().execute<{ version: string }[]>('select "version" from "organisation"."directory_version"');
  return Number(row?.version ?? 0);
}
