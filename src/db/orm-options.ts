import 'reflect-metadata';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Domain } from '../config/environment';
import { DOMAIN_MODEL } from './domain-entities';
import { MIGRATIONS } from '../../migrations';

/** MikroORM options for one domain: its entities, its own migrations and migration table. */
export function ormOptionsFor(domain: Domain, clientUrl: string): Options {
  const model = DOMAIN_MODEL[domain];
  // Domains may share one database: each one's schema diff must leave the others' schemas alone.
  const otherSchemas = Object.entries(DOMAIN_MODEL)
    .filter(([name]) => name !== domain)
    .flatMap(([, other]) => other.schemas);
  return defineConfig({
    contextName: domain,
    clientUrl,
    entities: model.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    pool: { min: 0, max: 5 },
    schemaGenerator: { ignoreSchema: otherSchemas },
    migrations: {
      tableName: `${model.schemas[0]}.mikro_orm_migrations`,
      path: `dist/migrations/${domain}`,
      pathTs: `migrations/${domain}`,
      emit: 'ts',
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
      migrationsList: MIGRATIONS[domain],
    },
  });
}
