import { describe, expect, it } from 'vitest';
import { compareAddresses, normaliseAddress } from '../../src/record-linkage/address';
import { parseFiscalYear, parseJapaneseDate } from '../../src/record-linkage/dates';
import { kanaKey, toKatakana } from '../../src/record-linkage/kana';
import { kanjiNumeralValue } from '../../src/record-linkage/kanji-numerals';
import { nameKey, normaliseName, splitAtSpace } from '../../src/record-linkage/names';

const CITIES = ['つなぐ市'];
const address = (text: string) => normaliseAddress(text, CITIES)!;

describe('kana', () => {
  it('reads half-width katakana, hiragana and full-width katakana as the same full-width katakana', () => {
    expect(toKatakana('ｻﾄｳ')).toBe('サトウ');
    expect(toKatakana('さとう')).toBe('サトウ');
    expect(toKatakana('サトウ')).toBe('サトウ');
    expect(toKatakana('ｶﾞｯｺｳ ﾊﾟﾝ')).toBe('ガッコウパン');
    expect(toKatakana('ｳﾞｨｸﾄﾘｱ')).toBe('ヴィクトリア');
  });

  it('drops spaces of every width and the middle dot', () => {
    expect(toKatakana('ﾀｶﾊｼ ﾏｻｵ')).toBe('タカハシマサオ');
    expect(toKatakana('たかはし　まさお')).toBe('タカハシマサオ');
    expect(toKatakana('スミス・ジョン')).toBe('スミスジョン');
  });

  it('folds spelling variants into one key: ヴ/ブ, small kana, ヂ/ヅ, long vowels', () => {
    expect(kanaKey('ヴィクトリア')).toBe(kanaKey('ビクトリア'));
    expect(kanaKey('ヴェルデ')).toBe(kanaKey('ベルデ'));
    expect(kanaKey('ヴラド')).toBe(kanaKey('ブラド'));
    expect(kanaKey('ハットリ')).toBe(kanaKey('ハツトリ'));
    expect(kanaKey('キョウコ')).toBe(kanaKey('キヨウコ'));
    expect(kanaKey('ミカヅキ')).toBe(kanaKey('ミカズキ'));
    expect(new Set(['サトウ', 'サトー', 'サトオ'].map(kanaKey)).size).toBe(1);
    expect(new Set(['ユウコ', 'ユーコ'].map(kanaKey)).size).toBe(1);
    expect(new Set(['ケイコ', 'ケーコ'].map(kanaKey)).size).toBe(1);
  });

  it('keeps different readings apart', () => {
    expect(kanaKey('サトウ')).not.toBe(kanaKey('サイトウ'));
    expect(kanaKey('タカハシ')).not.toBe(kanaKey('タカハタ'));
    expect(kanaKey('マサオ')).not.toBe(kanaKey('マサミ'));
  });
});

describe('names in kanji', () => {
  it('folds width and spaces, and meets variant forms (異体字) under one key', () => {
    expect(normaliseName('高橋　正雄')).toBe('高橋正雄');
    expect(normaliseName('ＡＢＣ')).toBe('ABC');
    expect(nameKey(normaliseName('髙橋'))).toBe('高橋');
    expect(nameKey('齋藤')).toBe(nameKey('斎藤'));
    expect(nameKey('渡邊')).not.toBe(nameKey('渡部'));
  });

  it('splits at the first space of any width', () => {
    expect(splitAtSpace('高橋 正雄')).toEqual({ family: '高橋', given: '正雄' });
    expect(splitAtSpace('ﾀｶﾊｼ　ﾏｻｵ')).toEqual({ family: 'タカハシ', given: 'マサオ' });
    expect(splitAtSpace('高橋正雄')).toBeNull();
  });
});

describe('addresses', () => {
  it('reads 1丁目2番3号, 1-2-3, 一丁目二番三号, full-width digits and long-vowel dashes as one lot', () => {
    const forms = ['港町1丁目2番3号', '港町1-2-3', '港町一丁目二番三号', '港町１－２－３', '港町1ー2ー3', '港町1丁目2-3', '港町 1丁目 2番 3号'];
    for (const form of forms) expect(address(form), form).toMatchObject({ town: '港町', lot: [1, 2, 3], building: [], text: '港町1-2-3' });
  });

  it('leaves the prefecture and the city out', () => {
    expect(address('みなと県つなぐ市港町1丁目2番3号').text).toBe('港町1-2-3');
    expect(address('つなぐ市港町1-2-3').text).toBe('港町1-2-3');
    expect(address('東京都つなぐ市港町1-2-3').text).toBe('港町1-2-3');
  });

  it('reads 番地 and の, and kanji numerals in lot positions only', () => {
    expect(address('宮下123番地4').lot).toEqual([123, 4]);
    expect(address('宮下123番地の4').lot).toEqual([123, 4]);
    expect(address('宮下百二十三番地').lot).toEqual([123]);
    expect(address('千歳町二丁目十五番')).toMatchObject({ town: '千歳町', lot: [2, 15] });
  });

  it('keeps the building numbers apart from the lot, whatever the notation', () => {
    const registered = address('みなと県つなぐ市港町5丁目3番 市営港南団地3号棟204号室');
    expect(registered).toEqual({ text: '港町5-3 市営港南団地3-204', town: '港町', lot: [5, 3], building: [3, 204] });
    expect(compareAddresses(address('港町5-3 港南団地3-204'), registered)).toBe('AGREE');
    expect(compareAddresses(address('港町5丁目3番'), registered)).toBe('AGREE');
    expect(compareAddresses(address('港町5-3-3-204'), registered)).toBe('AGREE');
    expect(compareAddresses(address('港町5-3 港南団地3-305'), registered)).toBe('PARTIAL');
    expect(compareAddresses(address('港町5丁目8番'), registered)).toBe('NEAR');
    expect(compareAddresses(address('港町4丁目3番'), registered)).toBe('DISAGREE');
    expect(compareAddresses(address('栄町5丁目3番'), registered)).toBe('DISAGREE');
  });

  it('reads kanji numerals', () => {
    expect(kanjiNumeralValue('二十三')).toBe(23);
    expect(kanjiNumeralValue('百五')).toBe(105);
    expect(kanjiNumeralValue('一二三')).toBe(123);
    expect(kanjiNumeralValue('千二百三十四')).toBe(1234);
    expect(kanjiNumeralValue('歳')).toBeNull();
  });
});

describe('dates', () => {
  it('reads Western and Japanese-calendar notations', () => {
    for (const [text, iso] of [
      ['1958-02-14', '1958-02-14'],
      ['1958/2/14', '1958-02-14'],
      ['19580214', '1958-02-14'],
      ['1958年2月14日', '1958-02-14'],
      ['昭和33年2月14日', '1958-02-14'],
      ['S33.2.14', '1958-02-14'],
      ['ｓ33/02/14', '1958-02-14'],
      ['令和元年5月1日', '2019-05-01'],
      ['R1.5.1', '2019-05-01'],
      ['平成31年4月30日', '2019-04-30'],
      ['１９５８年２月１４日', '1958-02-14'],
    ]) {
      expect(parseJapaneseDate(text), text).toBe(iso);
    }
  });

  it('refuses days that do not exist, in the calendar or in the era', () => {
    for (const text of ['1958-02-30', '平成31年5月1日', '昭和64年2月1日', '令和1年4月30日', '1958-13-01', 'きのう']) expect(parseJapaneseDate(text), text).toBeNull();
  });

  it('reads fiscal years', () => {
    expect(parseFiscalYear('令和7年度')).toBe(2025);
    expect(parseFiscalYear('R7')).toBe(2025);
    expect(parseFiscalYear('2025年度')).toBe(2025);
    expect(parseFiscalYear('平成元年度')).toBe(1989);
  });
});
