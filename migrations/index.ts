import type { MigrationObject } from '@mikro-orm/core';
import type { Domain } from '../src/config/environment';
import { Migration20261122112103 as core20261122112103 } from './core/Migration20261122112103';
import { Migration20261122113359 as core20261122113359 } from './core/Migration20261122113359';
import { Migration20261122120403 as core20261122120403 } from './core/Migration20261122120403';
import { Migration20261122120438 as core20261122120438 } from './core/Migration20261122120438';
import { Migration20261122121007 as core20261122121007 } from './core/Migration20261122121007';
import { Migration20261205100000 as core20261205100000 } from './core/Migration20261205100000';
import { Migration20261205110000 as core20261205110000 } from './core/Migration20261205110000';
import { Migration20261205115000 as core20261205115000 } from './core/Migration20261205115000';
import { Migration20261205120000 as core20261205120000 } from './core/Migration20261205120000';
import { Migration20261205130000 as core20261205130000 } from './core/Migration20261205130000';
import { Migration20261206010000 as core20261206010000 } from './core/Migration20261206010000';
import { Migration20261207010000 as core20261207010000 } from './core/Migration20261207010000';
import { Migration20261122112105 as housing20261122112105 } from './housing/Migration20261122112105';
import { Migration20261122120444 as housing20261122120444 } from './housing/Migration20261122120444';
import { Migration20261122112106 as tax20261122112106 } from './tax/Migration20261122112106';
import { Migration20261122120450 as tax20261122120450 } from './tax/Migration20261122120450';
import { Migration20261122112108 as welfare20261122112108 } from './welfare/Migration20261122112108';
import { Migration20261122120453 as welfare20261122120453 } from './welfare/Migration20261122120453';
import { Migration20261122112110 as utility20261122112110 } from './utility/Migration20261122112110';
import { Migration20261122120458 as utility20261122120458 } from './utility/Migration20261122120458';
import { Migration20261205116000 as utility20261205116000 } from './utility/Migration20261205116000';
import { Migration20261122113234 as audit20261122113234 } from './audit/Migration20261122113234';
import { Migration20261122120450 as audit20261122120450 } from './audit/Migration20261122120450';
import { Migration20261122141500 as audit20261122141500 } from './audit/Migration20261122141500';
import { Migration20261122163000 as audit20261122163000 } from './audit/Migration20261122163000';
import { Migration20261205150000 as audit20261205150000 } from './audit/Migration20261205150000';
import { Migration20261206020000 as audit20261206020000 } from './audit/Migration20261206020000';
import { Migration20261207020000 as audit20261207020000 } from './audit/Migration20261207020000';
import { Migration20261208010000 as audit20261208010000 } from './audit/Migration20261208010000';
import { Migration20261209010000 as audit20261209010000 } from './audit/Migration20261209010000';
import { Migration20261210010000 as audit20261210010000 } from './audit/Migration20261210010000';
import { Migration20261211010000 as audit20261211010000 } from './audit/Migration20261211010000';

/**
 * Every domain's migrations, in order. A migration created with the MikroORM CLI is added here
 * (`test/db/migrations.test.ts` fails when a file in a domain folder is missing from its list).
 */
export const MIGRATIONS: Record<Domain, MigrationObject[]> = {
  core: [
    { name: 'Migration20261122112103', class: core20261122112103 },
    { name: 'Migration20261122113359', class: core20261122113359 },
    { name: 'Migration20261122120403', class: core20261122120403 },
    { name: 'Migration20261122120438', class: core20261122120438 },
    { name: 'Migration20261122121007', class: core20261122121007 },
    { name: 'Migration20261205100000', class: core20261205100000 },
    { name: 'Migration20261205110000', class: core20261205110000 },
    { name: 'Migration20261205115000', class: core20261205115000 },
    { name: 'Migration20261205120000', class: core20261205120000 },
    { name: 'Migration20261205130000', class: core20261205130000 },
    { name: 'Migration20261206010000', class: core20261206010000 },
    { name: 'Migration20261207010000', class: core20261207010000 },
  ],
  housing: [
    { name: 'Migration20261122112105', class: housing20261122112105 },
    { name: 'Migration20261122120444', class: housing20261122120444 },
  ],
  tax: [
    { name: 'Migration20261122112106', class: tax20261122112106 },
    { name: 'Migration20261122120450', class: tax20261122120450 },
  ],
  welfare: [
    { name: 'Migration20261122112108', class: welfare20261122112108 },
    { name: 'Migration20261122120453', class: welfare20261122120453 },
  ],
  utility: [
    { name: 'Migration20261122112110', class: utility20261122112110 },
    { name: 'Migration20261122120458', class: utility20261122120458 },
    { name: 'Migration20261205116000', class: utility20261205116000 },
  ],
  audit: [
    { name: 'Migration20261122113234', class: audit20261122113234 },
    { name: 'Migration20261122120450', class: audit20261122120450 },
    { name: 'Migration20261122141500', class: audit20261122141500 },
    { name: 'Migration20261122163000', class: audit20261122163000 },
    { name: 'Migration20261205150000', class: audit20261205150000 },
    { name: 'Migration20261206020000', class: audit20261206020000 },
    { name: 'Migration20261207020000', class: audit20261207020000 },
    { name: 'Migration20261208010000', class: audit20261208010000 },
    { name: 'Migration20261209010000', class: audit20261209010000 },
    { name: 'Migration20261210010000', class: audit20261210010000 },
    { name: 'Migration20261211010000', class: audit20261211010000 },
  ],
};
