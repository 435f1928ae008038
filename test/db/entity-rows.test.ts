import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/environment';
import { ConsentEvent } from '../../src/consent/entities';
import { Databases } from '../../src/db/databases';
import { entitiesWhereIn } from '../../src/db/entity-rows';
import { HousingConsultation, PublicHousingTenancy, RentArrears, RentPaymentGuidance } from '../../src/housing/records';
import { HouseholdRecord, Resident } from '../../src/resident/entities';
import { NhiPremiumArrears, ResidentTaxAssessment, TaxArrears } from '../../src/tax/records';
import { SupplyStopNotice, UtilityAccount, UtilityArrears } from '../../src/utility/records';
import { CareCertification, DisabilityCertificate, HousingSecurityBenefit, PublicAssistance, SelfRelianceCase } from '../../src/welfare/records';
import { cloneTemplate } from '../support/template-database';

type Domain = 'core' | 'welfare' | 'tax' | 'housing' | 'utility';

/** Every entity and key the hub's loaders read with entitiesWhereIn (src/*\/loaders.ts, src/db/grouped-loader.ts). */
const READS: [Domain, new () => object, string, string[]][] = [
  ['core', Resident, 'residentNumber', []],
  ['core', Resident, 'householdNumber', ['residentNumber']],
  ['core', HouseholdRecord, 'householdNumber', []],
  ['core', ConsentEvent, 'consentId', ['id']],
  ['welfare', PublicAssistance, 'residentNumber', ['id']],
  ['welfare', CareCertification, 'residentNumber', ['id']],
  ['welfare', DisabilityCertificate, 'residentNumber', ['id']],
  ['welfare', SelfRelianceCase, 'residentNumber', ['id']],
  ['welfare', HousingSecurityBenefit, 'residentNumber', ['id']],
  ['tax', ResidentTaxAssessment, 'residentNumber', ['id']],
  ['tax', TaxArrears, 'residentNumber', ['id']],
  ['tax', NhiPremiumArrears, 'residentNumber', ['id']],
  ['housing', PublicHousingTenancy, 'residentNumber', ['id']],
  ['housing', RentArrears, 'residentNumber', ['id']],
  ['housing', RentPaymentGuidance, 'arrearsId', ['id']],
  ['housing', HousingConsultation, 'residentNumber', ['id']],
  ['utility', UtilityAccount, 'residentNumber', ['id']],
  ['utility', UtilityArrears, 'accountId', ['id']],
  ['utility', SupplyStopNotice, 'accountId', ['id']],
  ['utility', UtilityArrears, 'residentNumber', ['id']],
  ['utility', SupplyStopNotice, 'residentNumber', ['id']],
];

let databases: Databases;
/** The SQL statements run so far (the ORM's query log, which the row readers go through too). */
const statements: string[] = [];
beforeAll(async () => {
  const databaseUrl = await cloneTemplate(inject('postgresServerUrl'));
  databases = await Databases.open({ ...loadConfig({}), databaseUrl }, { onQuery: (sql) => statements.push(sql) });
});
afterAll(() => databases?.close());

/** The entity's mapped properties, as a plain object. */
function mapped(em: EntityManager, entity: new () => object, instance: object): Record<string, unknown> {
  const meta = em.getMetadata().get(entity.name);
  return Object.fromEntries(meta.props.map((p) => [p.name, (instance as Record<string, unknown>)[p.name]]));
}

describe('entities read straight from their rows', () => {
  it.each(READS)('%s: %o by %s hold what the ORM hydrates, in the same order', async (domain, entity, key, orderBy) => {
    const em = databases.em(domain) as EntityManager;
    const meta = em.getMetadata().get(entity.name);
    const column = meta.properties[key].fieldNames[0];
    // Keys that have rows, and one that has none.
    const keys = (await em.getConnection().execute<{ key: unknown }[]>(`select distinct "${column}" as key from "${meta.schema}"."${meta.tableName}" where "${column}" is not null limit 40`)).map((r) => r.key);
    expect(keys.length, `${entity.name} has rows in the test municipality`).toBeGreaterThan(0);
    const asked = [...keys, typeof keys[0] === 'number' ? -1 : '00000000-0000-0000-0000-000000000000'];

    const read = await entitiesWhereIn(em, entity, key as never, asked as never[], orderBy as never[]);
    const hydrated = await em.find(entity, { [key]: { $in: asked } }, { orderBy: Object.fromEntries(orderBy.map((p) => [p, 'asc'])), disableIdentityMap: true });

    if (orderBy.length === 0) {
      const byKey = (list: object[]) => [...list].sort((a, b) => String((a as never)[meta.primaryKeys[0]]).localeCompare(String((b as never)[meta.primaryKeys[0]])));
      expect(byKey(read).map((e) => mapped(em, entity, e))).toEqual(byKey(hydrated).map((e) => mapped(em, entity, e)));
    } else {
      expect(read.map((e) => mapped(em, entity, e))).toEqual(hydrated.map((e) => mapped(em, entity, e)));
    }
    expect(read.length).toBeGreaterThan(0);
    // The class's getters work on them (ConsentEvent.holderUnit).
    const getters = Object.entries(Object.getOwnPropertyDescriptors(entity.prototype)).filter(([name, d]) => d.get && !name.startsWith('__') && !(name in meta.properties));
    for (const [name] of getters) expect(read.map((e) => (e as never)[name])).toEqual(hydrated.map((e) => (e as never)[name]));
  });

  it('ask nothing of the database for no keys, and one statement for many', async () => {
    const em = databases.em('core') as EntityManager;
    const before = statements.length;
    await expect(entitiesWhereIn(em, Resident, 'residentNumber', [])).resolves.toEqual([]);
    expect(statements.length).toBe(before);
    const residents = await entitiesWhereIn(em, Resident, 'residentNumber', ['1000000001', '1000000002', '1000000003']);
    expect(residents.map((r) => r.residentNumber).sort()).toEqual(['1000000001', '1000000002', '1000000003']);
    expect(statements.slice(before)).toHaveLength(1);
  });
});
