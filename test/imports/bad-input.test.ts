import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import { ImportFileError } from '../../src/imports/rejection';
import { fixture, importBytes, openDatabases, rowCounts } from './support';

let databases: Databases;
let before: Record<string, number>;
beforeAll(async () => {
  databases = await openDatabases();
  before = await rowCounts(databases);
});
afterAll(() => databases?.close());

const residents = () => fixture('residents').toString('utf8');
const HEADER = residents().split('\n')[0];

async function refusal(run: Promise<unknown>): Promise<ImportFileError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe('a malformed file stops as a whole, naming the line and column, and writes nothing', () => {
  it('an unbalanced quote', async () => {
    const text = residents().replace('101号室"', '101号室');
    const error = await refusal(importBytes(databases, 'residents', text));
    expect(error.message).toBe('Malformed CSV at line 6, column 11 (住所): a quote (") is opened and never closed.');
    expect(error.messageJa).toBe('CSV の形式が正しくありません（6行目・11列目 (住所)）：引用符（"）が閉じられていません。');
    expect([error.line, error.column]).toEqual([6, 11]);
  });

  it('text after a closing quote', async () => {
    const text = residents().replace('"小林"', '"小林"様');
    const error = await refusal(importBytes(databases, 'residents', text));
    expect(error.message).toBe('Malformed CSV at line 6, column 4 (氏): text follows a closing quote (") in the same cell.');
    expect(error.line).toBe(6);
  });

  it('a missing required header', async () => {
    const text = residents().replace(',生年月日,', ',誕生日,');
    const error = await refusal(importBytes(databases, 'residents', text));
    expect(error.message).toContain('Line 1 (header) lacks the required column 生年月日 of a resident register (住民基本台帳) extract (--kind residents)');
    expect(error.messageJa).toContain('1行目（見出し）に住民基本台帳の必須列 生年月日 がありません');
    expect(error.line).toBe(1);
  });

  it('a My Number column', async () => {
    const text = residents().replace(HEADER, `${HEADER.trimEnd()},個人番号`);
    const error = await refusal(importBytes(databases, 'residents', text));
    expect(error.message).toMatch(/Column 14 "個人番号" carries My Number/);
    expect(error.column).toBe(14);
  });

  it('an unknown kind', async () => {
    const error = await refusal(importBytes(databases, 'housing', residents()));
    expect(error.message).toMatch(/^Unknown kind "housing"; one of: residents, tenancies, rent-arrears/);
  });

  it('leaves every table as it was', async () => {
    expect(await rowCounts(databases)).toEqual(before);
  });
});

describe('bad rows are reported, each with its line, and nothing of the file is written', () => {
  it('a duplicate resident number rejects every row that carries it', async () => {
    const lines = residents().split('\n');
    const text = [...lines.slice(0, 3), lines[2].replace('由美子', '由美'), ...lines.slice(3)].join('\n');
    const report = await importBytes(databases, 'residents', text);
    expect(report.written).toBe(false);
    expect(report.tables).toEqual([]);
    expect(report.rejections).toEqual([
      expect.objectContaining({ line: 3, column: '宛名番号', value: '1000090002', reason: { en: 'the same 宛名番号 is on lines 3, 4: which row is right cannot be told', ja: '同じ宛名番号が 3, 4 行目にあります。どの行が正しいか判断できません' } }),
      expect.objectContaining({ line: 4, column: '宛名番号', value: '1000090002' }),
    ]);
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('a wrong number of cells is a rejection of that row, and all the file\'s faults are reported at once', async () => {
    const text = residents()
      .replace('1000090003,2000090001,子,', '1000090003,2000090001,子,,')
      .replace('昭和45年7月3日', '昭和45年2月30日')
      .replace('1000090002,2000090001,妻', '100009000X,2000090001,妻');
    const report = await importBytes(databases, 'residents', text);
    expect(report.rejections.map((r) => [r.line, r.column, r.value])).toEqual([
      [2, '生年月日', '昭和45年2月30日'],
      [3, '宛名番号', '100009000X'],
      [4, null, null],
      // The household's head (line 2) was refused, so its other members cannot be registered either.
      [5, '世帯番号', '2000090001'],
    ]);
    expect(report.rejections[2].reason.en).toBe('14 cells where the header has 13 (a comma too many or too few?)');
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('a resident number the register does not hold, or a tenancy that does not exist', async () => {
    const arrears = fixture('rent-arrears').toString('utf8').replace('1000090001,市営旭団地', '1000000001,市営旭団地');
    const report = await importBytes(databases, 'rent-arrears', arrears);
    // 1000090001 is not in the register (the residents file above was refused); 1000000001 is, but not in that unit.
    expect(report.rejections.map((r) => [r.line, r.column, r.reason.en])).toEqual([
      [2, '宛名番号', 'no such resident in the resident register (import the residents extract first)'],
      [3, '団地名', 'no tenancy of this resident in this unit with this move-in date (import the tenant ledger first)'],
    ]);
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('a row breaking its own rules: a non-taxed resident with tax, an ended tenancy without its end', async () => {
    const tax = 'a,宛名番号,年度,課税区分,非課税理由,所得区分,年税額\nx,1000000001,2025,非課税,,所得なし,1200\n';
    expect((await importBytes(databases, 'tax-assessments', tax)).rejections.map((r) => [r.line, r.column, r.reason.ja])).toEqual([
      [2, '非課税理由', '非課税のときは必須です'],
      [2, '年税額', '非課税のときは0です'],
    ]);
    const tenancy = fixture('tenancies').toString('utf8').replace(',退去,2024-03-31', ',退去,');
    expect((await importBytes(databases, 'tenancies', tenancy)).rejections).toContainEqual(
      expect.objectContaining({ line: 3, column: '退去日', value: '', reason: { en: 'required when the tenancy has ended', ja: '退去のときは必須です' } }),
    );
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('a household that is new and has no head in the file', async () => {
    const text = residents().split('\n').filter((line) => !line.includes('世帯主,渡邉')).join('\n');
    const report = await importBytes(databases, 'residents', text);
    expect(report.rejections.filter((r) => r.column === '世帯番号').map((r) => r.line)).toEqual([2, 3, 4]);
    expect(report.rejections[0].reason.en).toBe('household 2000090001 is new and no accepted row names its head (世帯主)');
  });
});
