import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Databases } from '../../src/db/databases';
import { ImportFileError } from '../../src/imports/rejection';
import { fixture, importBytes, openDatabases, rowCounts, sql } from './support';

let databases: Databases;
beforeAll(async () => {
  databases = await openDatabases();
});
afterAll(() => databases?.close());

/** The UTF-8 example as a Windows system would export it: Shift_JIS (CP932), CRLF line ends, no BOM. */
function shiftJis(kind: string, edit: (text: string) => string = (text) => text): Buffer {
  const text = edit(fixture(kind).toString('utf8').replace(/^\uFEFF/, '').replace(/\r?\n/g, '\r\n'));
  return iconv.encode(text, 'cp932');
}

async function refusal(run: Promise<unknown>): Promise<ImportFileError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

const NAMES = `select family_name, given_name, family_name_kana, address from resident.resident where resident_number in ('1000090001', '1000090005') order by 1 desc`;

describe('encodings', () => {
  it('refuses Shift_JIS declared as UTF-8, naming the first bad line, and writes nothing', async () => {
    const before = await rowCounts(databases);
    const error = await refusal(importBytes(databases, 'residents', shiftJis('residents'), { encoding: 'utf8' }));
    expect(error.message).toMatch(/not valid UTF-8: undecodable bytes at line 1, character 1\b.*--encoding shift_jis/);
    expect(error.messageJa).toContain('UTF-8 として正しくありません（1行目');
    expect(error.line).toBe(1);
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('refuses bytes that are neither UTF-8 nor Shift_JIS, at the line they are on', async () => {
    const good = shiftJis('tax-assessments');
    const broken = Buffer.concat([good.subarray(0, good.indexOf('\r\n1000090002')), Buffer.from('\r\n1000090009,2025,\x85\x40,,,0', 'latin1'), good.subarray(good.indexOf('\r\n1000090002'))]);
    const error = await refusal(importBytes(databases, 'tax-assessments', broken));
    expect(error.message).toMatch(/not valid Shift_JIS: undecodable bytes at line 3, character 17\. It is neither UTF-8 nor Shift_JIS/);
  });

  it('refuses UTF-8 declared as Shift_JIS, saying the file looks like UTF-8', async () => {
    const before = await rowCounts(databases);
    const error = await refusal(importBytes(databases, 'tax-assessments', fixture('tax-assessments'), { encoding: 'shift_jis' }));
    expect(error.message).toMatch(/is the file UTF-8\? Try --encoding utf8/);
    expect(error.messageJa).toContain('--encoding utf8');
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('refuses UTF-16 with a hint', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture('nhi-arrears').toString('utf8'), 'utf16le')]);
    expect((await refusal(importBytes(databases, 'nhi-arrears', utf16))).message).toContain('UTF-16');
  });

  it('reads Shift_JIS, detected or declared, with Japanese names intact', async () => {
    const detected = await importBytes(databases, 'residents', shiftJis('residents'));
    expect(detected.encoding).toBe('shift_jis');
    expect(detected.rejections).toEqual([]);
    expect(await sql(databases, NAMES)).toEqual([
      { family_name: '渡邉', given_name: '健一', family_name_kana: 'ワタナベ', address: 'みなと県つなぐ市中央2丁目4番8号' },
      { family_name: '小林', given_name: '美和', family_name_kana: 'コバヤシ', address: 'みなと県つなぐ市春日1丁目2番3号 ハイツ春日101号室' },
    ]);
    const declared = await importBytes(databases, 'residents', shiftJis('residents'), { encoding: 'shift_jis' });
    expect(declared.tables.find((t) => t.table === 'resident.resident')).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
  });

  it('reads CP932 extensions (NEC special characters) and half-width kana from a Windows export', async () => {
    const text = shiftJis('residents', (csv) => csv.replace('ハイツ春日101号室', 'ハイツ春日①ｰ101号室').replace('コバヤシ,ミワ', 'ｺﾊﾞﾔｼ,ﾐﾜ'));
    const report = await importBytes(databases, 'residents', text);
    expect(report.rejections).toEqual([]);
    expect(await sql(databases, `select given_name_kana, family_name_kana, address from resident.resident where resident_number = '1000090005'`)).toEqual([
      { family_name_kana: 'コバヤシ', given_name_kana: 'ミワ', address: 'みなと県つなぐ市春日1丁目2番3号 ハイツ春日①ｰ101号室' },
    ]);
  });

  it('reads UTF-8 with a byte order mark (the residents example has one) and without', async () => {
    expect(fixture('residents').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const withBom = await importBytes(databases, 'residents', fixture('residents'));
    expect(withBom.encoding).toBe('utf8-bom');
    expect(withBom.rejections).toEqual([]);
    expect(await sql(databases, NAMES)).toEqual([
      { family_name: '渡邉', given_name: '健一', family_name_kana: 'ワタナベ', address: 'みなと県つなぐ市中央2丁目4番8号' },
      { family_name: '小林', given_name: '美和', family_name_kana: 'コバヤシ', address: 'みなと県つなぐ市春日1丁目2番3号 ハイツ春日101号室' },
    ]);
    const withoutBom = await importBytes(databases, 'residents', fixture('residents').subarray(3));
    expect(withoutBom.encoding).toBe('utf8');
    expect(withoutBom.tables.find((t) => t.table === 'resident.resident')).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
  });
});
