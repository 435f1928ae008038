import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import { describeFormats } from '../../src/imports/describe';
import { FORMATS } from '../../src/imports/formats';
import { rejectionsCsv, reportText } from '../../src/imports/report-text';
import { FIXTURES, fixture, importBytes, openDatabases } from './support';

let databases: Databases;
beforeAll(async () => {
  databases = await openDatabases();
});
afterAll(() => databases?.close());

describe('the report', () => {
  it('lists every rejection with its line, column, value and reason in Japanese and English', async () => {
    const text = fixture('care-certifications').toString('utf8') + '1000000006,要介護6,令和7年4月1日,令和6年3月31日\n1000000007,要支援1,2025-04-01,2024-03-31\n';
    const report = await importBytes(databases, 'care-certifications', text, { fileName: 'kaigo.csv' });
    expect(report.rejections).toEqual([
      { line: 2, column: '宛名番号', value: '1000090004', reason: { en: 'no such resident in the resident register (import the residents extract first)', ja: '住民基本台帳にこの宛名番号の住民がいません（先に住民基本台帳を取り込んでください）' } },
      { line: 3, column: '要介護度', value: '要介護6', reason: { en: 'not one of: 要支援1 / 要支援2 / 要介護1 / 要介護2 / 要介護3 / 要介護4 / 要介護5', ja: '次のいずれかで記入してください: 要支援1 / 要支援2 / 要介護1 / 要介護2 / 要介護3 / 要介護4 / 要介護5' } },
      { line: 4, column: '有効期間満了日', value: '2024-03-31', reason: { en: 'before the certification', ja: '認定日より前です' } },
    ]);
    const printed = reportText(report);
    expect(printed).toContain('要介護認定者一覧 (care-certifications) ← kaigo.csv [UTF-8]');
    expect(printed).toContain('3行を受け付けませんでした。ファイル全体を書き込んでいません');
    expect(printed).toContain('3 row(s) rejected: nothing was written (all or nothing per file).');
    expect(printed).toContain('4行目 line 4 | 有効期間満了日 | "2024-03-31"\n      認定日より前です\n      before the certification');

    const csv = rejectionsCsv(report.rejections);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parse(csv.slice(1))).toEqual([
      ['行 line', '列 column', '値 value', '理由', 'reason'],
      ...report.rejections.map((r) => [String(r.line), r.column, r.value, r.reason.ja, r.reason.en]),
    ]);
  });

  it('counts what was written, and names the columns it did not read', async () => {
    const text = fixture('tax-arrears').toString('utf8').replace('徴収状況', '徴収状況,担当者').replace(/\n(1000090001,[^\n]*)/g, '\n$1,山田').replace(/1000090001/g, '1000000001');
    const report = await importBytes(databases, 'tax-arrears', text);
    expect(report.rejections).toEqual([]);
    expect(report.ignoredColumns).toEqual(['担当者']);
    const printed = reportText(report);
    expect(printed).toContain('読み込まなかった列 / columns not read: 担当者');
    expect(printed).toMatch(/tax\.tax_arrears +追加 inserted 2, 更新 updated 0, 変更なし unchanged 0/);
  });
});

describe('the format documentation', () => {
  it('src/imports/FORMATS.md is generated from the formats (regenerate: npm run --silent import -- --describe > src/imports/FORMATS.md)', () => {
    expect(readFileSync(join(__dirname, '../../src/imports/FORMATS.md'), 'utf8')).toBe(describeFormats());
  });

  it('names an example file for every kind, and every example file exists', () => {
    for (const format of FORMATS) {
      expect(describeFormats()).toContain(`\`test/imports/fixtures/${format.kind}.csv\``);
      expect(readFileSync(join(FIXTURES, `${format.kind}.csv`)).length).toBeGreaterThan(0);
    }
  });
});
