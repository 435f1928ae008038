import { parseFiscalYear, parseJapaneseDate } from '../record-linkage/dates';
import { isKatakana, toKatakana } from '../record-linkage/kana';
import type { Bilingual } from '../errors';
import type { FieldType } from './format';

export type CellResult = { value: unknown } | { error: Bilingual };

/** Labels compare after NFKC and without spaces: '要介護２', '要介護 2' and '要介護2' are one label. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

const labelIndexes = new WeakMap<object, Map<string, string | boolean>>();

function labelIndex(labels: Readonly<Record<string, string | boolean>>): Map<string, string | boolean> {
  let index = labelIndexes.get(labels);
  if (!index) {
    index = new Map(Object.entries(labels).map(([label, value]) => [labelKey(label), value]));
    // The stored code itself is always accepted ('OPEN' as well as 滞納中).
    for (const value of Object.values(labels)) if (typeof value === 'string' && !index.has(value)) index.set(value, value);
    labelIndexes.set(labels, index);
  }
  return index;
}

/** The labels a column accepts, for error messages and the format documentation. */
export function acceptedLabels(labels: Readonly<Record<string, string | boolean>>): string[] {
  return Object.keys(labels);
}

function parseInteger(text: string, min: number, max: number | undefined): CellResult {
  const digits = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/[円%]$/, '');
  if (!/^-?\d+$/.test(digits)) return { error: { en: 'not a whole number', ja: '整数ではありません' } };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { error: { en: 'number too large', ja: '数値が大きすぎます' } };
  if (value < min) return { error: { en: `must be at least ${min}`, ja: `${min}以上でなければなりません` } };
  if (max !== undefined && value > max) return { error: { en: `must be at most ${max}`, ja: `${max}以下でなければなりません` } };
  return { value };
}

/** Reads one non-empty cell (already trimmed) as `type`. */
export function parseCell(type: FieldType, text: string): CellResult {
  switch (type.kind) {
    case 'text':
      return { value: text };
    case 'residentNumber': {
      const value = text.normalize('NFKC');
      return /^\d{10}$/.test(value) ? { value } : { error: { en: 'a resident number is ten digits', ja: '宛名番号は10桁の数字です' } };
    }
    case 'kana': {
      const value = toKatakana(text);
      return isKatakana(value) ? { value } : { error: { en: 'kana must be katakana or hiragana', ja: 'フリガナはカタカナ（またはひらがな）で記入してください' } };
    }
    case 'integer':
      return parseInteger(text, type.min, type.max);
    case 'date': {
      const value = parseJapaneseDate(text);
      return value
        ? { value }
        : { error: { en: 'not a date (write 2024-04-01, 2024/4/1 or 令和6年4月1日)', ja: '日付として読めません（2024-04-01、2024/4/1、令和6年4月1日 の形で）' } };
    }
    case 'month': {
      const month = /^(.+?)(?:年|[-/.])(\d{1,2})月?$/.exec(text.normalize('NFKC').replace(/\s/g, ''));
      const value = parseJapaneseDate(text) ?? (month ? parseJapaneseDate(`${month[1]}年${month[2]}月1日`) : null);
      return value
        ? { value }
        : { error: { en: 'not a month (write 2024-04 or 令和6年4月)', ja: '年月として読めません（2024-04 や 令和6年4月 の形で）' } };
    }
    case 'fiscalYear': {
      const value = parseFiscalYear(text);
      return value !== null && value >= 1989 && value <= 2100
        ? { value }
        : { error: { en: 'not a fiscal year (write 2024 or 令和6年度)', ja: '年度として読めません（2024 や 令和6年度 の形で）' } };
    }
    case 'postalCode': {
      const match = /^(\d{3})-?(\d{4})$/.exec(text.normalize('NFKC').replace(/^〒/, ''));
      return match ? { value: `${match[1]}-${match[2]}` } : { error: { en: 'a postal code is 123-4567', ja: '郵便番号は 123-4567 の形です' } };
    }
    case 'enum': {
      const value = labelIndex(type.labels).get(labelKey(text));
      if (value !== undefined) return { value };
      const accepted = acceptedLabels(type.labels).join(' / ');
      return { error: { en: `not one of: ${accepted}`, ja: `次のいずれかで記入してください: ${accepted}` } };
    }
  }
}
