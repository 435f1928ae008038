import type { MigrationObject } from '@mikro-orm/core';
import type { Domain } from '../src/config/environment';
import { Migration20261122112103 as core20261122112103 } from './core/Migration20261122112103';
import { Migration20261122113359 as core20261122113359 } from './core/Migration20261122113359';
import { Migration20261122112105 as housing20261122112105 } from './housing/Migration20261122112105';
import { Migration20261122112106 as tax20261122112106 } from './tax/Migration20261122112106';
import { Migration20261122112108 as welfare20261122112108 } from './welfare/Migration20261122112108';
import { Migration20261122112110 as utility20261122112110 } from './utility/Migration20261122112110';
import { Migration20261122113234 as audit20261122113234 } from './audit/Migration20261122113234';

/**
 * Every domain's migrations, in order. A migration created with the MikroORM CLI is added here
 * (`test/db/migrations.test.ts` fails when a file in a domain folder is missing from its list).
 */
export const MIGRATIONS: Record<Domain, MigrationObject[]> = {
  core: [
    { name: 'Migration20261122112103', class: core20261122112103 },
    { name: 'Migration20261122113359', class: core20261122113359 },
  ],
  housing: [{ name: 'Migration20261122112105', class: housing20261122112105 }],
  tax: [{ name: 'Migration20261122112106', class: tax20261122112106 }],
  welfare: [{ name: 'Migration20261122112108', class: welfare20261122112108 }],
  utility: [{ name: 'Migration20261122112110', class: utility20261122112110 }],
  audit: [{ name: 'Migration20261122113234', class: audit20261122113234 }],
};
