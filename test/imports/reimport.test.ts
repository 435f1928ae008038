import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import { FORMATS } from '../../src/imports/formats';
import { fixture, importBytes, openDatabases, rowCounts, sql } from './support';

let databases: Databases;
beforeAll(async () => {
  databases = await openDatabases();
  for (const format of FORMATS) {
    const report = await importBytes(databases, format.kind, fixture(format.kind));
    expect(report.rejections, format.kind).toEqual([]);
  }
});
afterAll(() => databases?.close());

describe('re-importing', () => {
  it('the same files changes nothing: every row unchanged, no row added', async () => {
    const before = await rowCounts(databases);
    for (const format of FORMATS) {
      const report = await importBytes(databases, format.kind, fixture(format.kind));
      expect(report.written, format.kind).toBe(true);
      for (const table of report.tables) expect(table, format.kind).toMatchObject({ inserted: 0, updated: 0, unchanged: expect.any(Number) });
      expect(report.tables.reduce((sum, table) => sum + table.unchanged, 0), format.kind).toBeGreaterThan(0);
    }
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('a corrected file updates the rows it corrects, and only those', async () => {
    const before = await rowCounts(databases);
    const corrected = fixture('rent-arrears').toString('utf8').replace('72000,滞納中,', '48000,分納中,月額6000円');
    const report = await importBytes(databases, 'rent-arrears', corrected);
    expect(report.tables).toEqual([{ table: 'housing.rent_arrears', inserted: 0, updated: 1, unchanged: 1 }]);
    expect(await sql(databases, `select amount_yen, status, repayment_plan from housing.rent_arrears where resident_number = '1000090001' and since = '2024-01-01'`)).toEqual([
      { amount_yen: 48000, status: 'REPAYING', repayment_plan: '月額6000円' },
    ]);
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('a correction can clear an optional value, and a new key is a new record', async () => {
    const text = fixture('tenancies').toString('utf8').replace('20,収入の減少', ',').replace('2015-04-01,2', '2015-05-01,2');
    const report = await importBytes(databases, 'tenancies', text);
    expect(report.tables).toEqual([{ table: 'housing.public_housing_tenancy', inserted: 1, updated: 1, unchanged: 0 }]);
    expect(await sql(databases, `select rent_reduction_percent, rent_reduction_reason from housing.public_housing_tenancy where estate_name = '市営緑ケ丘団地' and resident_number = '1000090001'`)).toEqual([
      { rent_reduction_percent: 0, rent_reduction_reason: null },
    ]);
  });

  it('a column left out of the file leaves its field alone (a registry extract without the DV column keeps the protection)', async () => {
    const lines = fixture('residents').toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
    const withoutDv = lines.map((line) => line.replace(/,[^,]*$/, '')).join('\n').replace('ﾕﾐｺ', 'ﾕﾐｺｳ');
    const report = await importBytes(databases, 'residents', withoutDv);
    expect(report.tables.find((t) => t.table === 'resident.resident')).toEqual({ table: 'resident.resident', inserted: 0, updated: 1, unchanged: 4 });
    expect(await sql(databases, `select resident_number, dv_protection, given_name_kana from resident.resident where resident_number in ('1000090002', '1000090005') order by 1`)).toEqual([
      { resident_number: '1000090002', dv_protection: false, given_name_kana: 'ユミコウ' },
      { resident_number: '1000090005', dv_protection: true, given_name_kana: 'ミワ' },
    ]);
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const before = await rowCounts(databases);
    const text = fixture('tax-assessments').toString('utf8').replace('"182,500"', '190000') + '1000000001,2019,課税,,100万円未満,5000\n';
    const report = await importBytes(databases, 'tax-assessments', text, { dryRun: true });
    expect(report.written).toBe(false);
    expect(report.tables).toEqual([{ table: 'tax.resident_tax_assessment', inserted: 1, updated: 1, unchanged: 3 }]);
    expect(await rowCounts(databases)).toEqual(before);
    expect(await sql(databases, `select annual_tax_yen from tax.resident_tax_assessment where resident_number = '1000090001' and fiscal_year = 2025`)).toEqual([{ annual_tax_yen: 182500 }]);
  });

  it('a household keeps the date it was formed when its head changes', async () => {
    const text = ['宛名番号,世帯番号,続柄,氏,名,氏フリガナ,名フリガナ,生年月日,性別,郵便番号,住所,住民となった日', '1000090002,2000090001,世帯主,渡邉,由美子,ワタナベ,ユミコ,1972-11-20,女,389-0012,みなと県つなぐ市中央2丁目4番8号,2024-01-01'].join('\n');
    const report = await importBytes(databases, 'residents', text);
    expect(report.tables).toEqual([
      { table: 'resident.household', inserted: 0, updated: 1, unchanged: 0 },
      { table: 'resident.resident', inserted: 0, updated: 1, unchanged: 0 },
    ]);
    expect(await sql(databases, `select head_resident_number, formed_on from resident.household where household_number = '2000090001'`)).toEqual([
      { head_resident_number: '1000090002', formed_on: '2020-04-01' },
    ]);
  });
});
