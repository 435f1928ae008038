import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../migrations';
import { DOMAINS } from '../../src/config/environment';
import { ormOptionsFor } from '../../src/db/orm-options';
import { cloneTemplate } from '../support/template-database';

let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await cloneTemplate(inject('postgresServerUrl'));
});

describe('migrations', () => {
  it('lists every migration file of every domain, in order', () => {
    for (const domain of DOMAINS) {
      const files = readdirSync(`migrations/${domain}`).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
      expect(MIGRATIONS[domain].map((m) => m.name), domain).toEqual(files);
    }
  });

  it('leave nothing between the entities and the database (no schema diff after migrating)', async () => {
    for (const domain of DOMAINS) {
      const orm = await MikroORM.init(ormOptionsFor(domain, databaseUrl));
      try {
        const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
        expect(diff.trim(), `${domain} entities differ from the migrated schema`).toBe('');
      } finally {
        await orm.close();
      }
    }
  });
});
