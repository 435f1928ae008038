import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { DOMAINS, type Domain, type HubConfig } from '../config/environment';
import { type EmbeddedServer, useEmbeddedPostgres } from './embedded-postgres';
import { ormOptionsFor } from './orm-options';

export interface OpenOptions {
  /** Called with every SQL statement the ORMs run (used by tests and the benchmark to count them). */
  onQuery?: (sql: string) => void;
}

/**
 * One MikroORM per source domain. Domains share the database at DATABASE_URL unless a domain has
 * its own `<DOMAIN>_DATABASE_URL`; with neither, the data dir's embedded PostgreSQL: the running one
 * (the hub's, another command's) if there is one, else one started now and stopped on close.
 */
export class Databases {
  private constructor(
    private readonly orms: Record<Domain, MikroORM>,
    readonly urls: Record<Domain, string>,
    /** The embedded server these databases live on, when no URL was configured. */
    readonly embedded?: EmbeddedServer,
  ) {}

  static async open(config: HubConfig, options: OpenOptions = {}): Promise<Databases> {
    const needsEmbedded = !config.databaseUrl && DOMAINS.some((d) => !config.domainDatabaseUrls[d]);
    const embedded = needsEmbedded
      ? await useEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort })
      : undefined;
    const urls = {} as Record<Domain, string>;
    const orms = {} as Record<Domain, MikroORM>;
    try {
      for (const domain of DOMAINS) {
        urls[domain] = config.domainDatabaseUrls[domain] ?? config.databaseUrl ?? embedded!.url;
        const ormOptions = ormOptionsFor(domain, urls[domain]);
        if (options.onQuery) {
          ormOptions.debug = ['query'];
          ormOptions.logger = (message: string) => options.onQuery!(message);
        }
        orms[domain] = await MikroORM.init(ormOptions);
      }
    } catch (error) {
      await Promise.all(Object.values(orms).map((orm) => orm.close()));
      await embedded?.release();
      throw error;
    }
    return new Databases(orms, urls, embedded);
  }

  /** Applies every domain's pending migrations (each domain in its own database and migration table). */
  async migrate(): Promise<void> {
    for (const domain of DOMAINS) await this.orms[domain].getMigrator().up();
  }

  /** A fresh entity manager for one unit of work. */
  em(domain: Domain): EntityManager {
    return this.orms[domain].em.fork() as EntityManager;
  }

  async close(): Promise<void> {
    try {
      await Promise.all(DOMAINS.map((d) => this.orms[d].close()));
    } finally {
      await this.embedded?.release();
    }
  }
}
