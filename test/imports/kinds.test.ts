import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import { FORMATS } from '../../src/imports/formats';
import { fixture, importBytes, openDatabases, rowCounts, sql } from './support';

let databases: Databases;
beforeAll(async () => {
  databases = await openDatabases();
});
afterAll(() => databases?.close());

/** What each example file adds, table by table. */
const EXPECTED: Record<string, Record<string, number>> = {
  residents: { 'resident.household': 2, 'resident.resident': 5 },
  tenancies: { 'housing.public_housing_tenancy': 2 },
  'rent-arrears': { 'housing.rent_arrears': 2 },
  'tax-assessments': { 'tax.resident_tax_assessment': 4 },
  'tax-arrears': { 'tax.tax_arrears': 2 },
  'nhi-arrears': { 'tax.nhi_premium_arrears': 1 },
  'public-assistance': { 'welfare.public_assistance': 2 },
  'care-certifications': { 'welfare.care_certification': 1 },
  'disability-certificates': { 'welfare.disability_certificate': 2 },
  'utility-accounts': { 'utility.utility_account': 3 },
  'utility-arrears': { 'utility.utility_arrears': 2 },
  'supply-stops': { 'utility.supply_stop_notice': 2 },
  organisations: { 'organisation.organisation': 2 },
  units: { 'organisation.unit': 2 },
  contracts: { 'organisation.contract': 1 },
  memberships: { 'organisation.membership': 1 },
  staff: { 'organisation.staff': 2 },
};

describe('every kind of extract imports its example file', () => {
  it('has an example file and an expectation for every kind', () => {
    expect(Object.keys(EXPECTED)).toEqual(FORMATS.map((format) => format.kind));
  });

  for (const format of FORMATS) {
    it(`${format.kind}: ${format.title.en}`, async () => {
      const before = await rowCounts(databases);
      const report = await importBytes(databases, format.kind, fixture(format.kind));
      expect(report.rejections).toEqual([]);
      expect(report.written).toBe(true);
      const after = await rowCounts(databases);
      for (const [table, added] of Object.entries(EXPECTED[format.kind])) {
        expect(after[table] - before[table], table).toBe(added);
        expect(report.tables.find((counts) => counts.table === table)).toEqual({ table, inserted: added, updated: 0, unchanged: 0 });
      }
      for (const table of Object.keys(after).filter((name) => !(name in EXPECTED[format.kind]))) expect(after[table], table).toBe(before[table]);
    });
  }
});

describe('the imported records', () => {
  it('read Japanese notations into the register: 和暦, half-width kana, hiragana, full-width digits', async () => {
    const residents = await sql(
      databases,
      `select resident_number, family_name, given_name_kana, family_name_kana, date_of_birth, postal_code, registered_on, dv_protection, relationship_to_head
         from resident.resident where household_number in ('2000090001', '2000090002') order by resident_number`,
    );
    expect(residents).toEqual([
      { resident_number: '1000090001', family_name: '渡邉', family_name_kana: 'ワタナベ', given_name_kana: 'ケンイチ', date_of_birth: '1970-07-03', postal_code: '389-0012', registered_on: '2020-04-01', dv_protection: false, relationship_to_head: 'HEAD' },
      { resident_number: '1000090002', family_name: '渡邉', family_name_kana: 'ワタナベ', given_name_kana: 'ユミコ', date_of_birth: '1972-11-20', postal_code: '389-0012', registered_on: '2020-04-01', dv_protection: false, relationship_to_head: 'SPOUSE' },
      { resident_number: '1000090003', family_name: '渡邉', family_name_kana: 'ワタナベ', given_name_kana: 'ショウタ', date_of_birth: '2005-05-05', postal_code: '389-0012', registered_on: '2020-04-01', dv_protection: false, relationship_to_head: 'CHILD' },
      { resident_number: '1000090004', family_name: '渡邉', family_name_kana: 'ワタナベ', given_name_kana: 'キヨ', date_of_birth: '1936-02-11', postal_code: '389-0012', registered_on: '2020-04-01', dv_protection: false, relationship_to_head: 'PARENT' },
      { resident_number: '1000090005', family_name: '小林', family_name_kana: 'コバヤシ', given_name_kana: 'ミワ', date_of_birth: '1991-01-20', postal_code: '389-0041', registered_on: '2025-06-01', dv_protection: true, relationship_to_head: 'HEAD' },
    ]);
    const households = await sql(databases, `select household_number, head_resident_number, formed_on from resident.household where household_number like '200009%' order by 1`);
    expect(households).toEqual([
      { household_number: '2000090001', head_resident_number: '1000090001', formed_on: '2020-04-01' },
      { household_number: '2000090002', head_resident_number: '1000090005', formed_on: '2025-06-01' },
    ]);
  });

  it('ties rent arrears to their tenancy and utility arrears to their account and its holder', async () => {
    const arrears = await sql(
      databases,
      `select t.estate_name, a.since, a.amount_yen, a.status, a.repayment_plan from housing.rent_arrears a join housing.public_housing_tenancy t on t.id = a.tenancy_id
        where a.resident_number = '1000090001' order by a.since`,
    );
    expect(arrears).toEqual([
      { estate_name: '市営旭団地', since: '2024-01-01', amount_yen: 72000, status: 'OPEN', repayment_plan: null },
      { estate_name: '市営緑ケ丘団地', since: '2025-06-01', amount_yen: 76800, status: 'REPAYING', repayment_plan: '月額12,800円の分納（2025年10月から）' },
    ]);
    const stops = await sql(
      databases,
      `select a.customer_number, s.resident_number, s.provider_unit, s.status, s.executed_on, s.restored_on from utility.supply_stop_notice s
         join utility.utility_account a on a.id = s.account_id where a.customer_number like '_9%' order by 1`,
    );
    expect(stops).toEqual([
      { customer_number: 'E9000000001', resident_number: '1000090001', provider_unit: 'utility.electricity', status: 'NOTIFIED', executed_on: null, restored_on: null },
      { customer_number: 'W9000000001', resident_number: '1000090001', provider_unit: 'utility.water', status: 'RESTORED', executed_on: '2025-09-20', restored_on: '2025-09-24' },
    ]);
  });

  it('reads amounts with separators and 円, labels to codes, and completes grades', async () => {
    expect(await sql(databases, `select fiscal_year, levy_kind, amount_yen, short_term_certificate from tax.nhi_premium_arrears where resident_number = '1000090001'`)).toEqual([
      { fiscal_year: 2025, levy_kind: 'TAX', amount_yen: 24000, short_term_certificate: true },
    ]);
    expect(await sql(databases, `select certificate_kind, grade from welfare.disability_certificate where resident_number like '100009%' order by 1`)).toEqual([
      { certificate_kind: 'INTELLECTUAL', grade: 'B' },
      { certificate_kind: 'PHYSICAL', grade: '4級' },
    ]);
    expect(await sql(databases, `select care_level, certified_on, valid_until from welfare.care_certification where resident_number = '1000090004'`)).toEqual([
      { care_level: 'CARE_3', certified_on: '2025-10-01', valid_until: '2026-09-30' },
    ]);
  });
});
