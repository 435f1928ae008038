import { findCategory } from '../policy/categories';
import type { Directory } from '../organisation/directory';
import { ErrorCode, hubError } from '../errors';

/** Input checks shared by the mutations; each failure is a BAD_USER_INPUT naming the argument. */
export function badInput(argument: string, en: string, ja: string) {
  return hubError(ErrorCode.BAD_USER_INPUT, { en, ja }, { argument });
}

export function assertCategories(argument: string, codes: string[]): void {
  if (codes.length === 0) throw badInput(argument, 'Name at least one data category.', 'データ区分を一つ以上指定してください。');
  const unknown = codes.filter((c) => !findCategory(c));
  if (unknown.length) throw badInput(argument, `Unknown data categories: ${unknown.join(', ')}.`, `不明なデータ区分です：${unknown.join('、')}`);
}

/** Recipients may be units or whole organisations. */
export function assertRecipients(argument: string, codes: string[], directory: Directory): void {
  if (codes.length === 0) throw badInput(argument, 'Name at least one recipient.', '受領者を一つ以上指定してください。');
  const known = new Set(directory.allUnits().flatMap((u) => [u.code, u.organisationCode]));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw badInput(argument, `Unknown recipients: ${unknown.join(', ')}.`, `不明な受領者です：${unknown.join('、')}`);
}

export function assertUnit(argument: string, code: string, directory: Directory): void {
  if (!directory.unit(code)) throw badInput(argument, `Unknown unit: ${code}.`, `不明な部署です：${code}`);
}

export function assertText(argument: string, value: string, minLength: number, maxLength = 4000): void {
  const length = value.trim().length;
  if (length < minLength || value.length > maxLength) {
    throw badInput(argument, `${argument} must be ${minLength}–${maxLength} characters.`, `${argument}は${minLength}〜${maxLength}文字で入力してください。`);
  }
}

export function assertDateOrder(argument: string, from: string, until: string | null | undefined): void {
  if (until && until < from) throw badInput(argument, `${argument} is before the start date.`, `${argument}が開始日より前です。`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id that is a UUID (consents, meetings, cases, emergencies, reports). */
export function asUuid(id: string): string {
  if (!UUID.test(id)) throw badInput('id', 'Malformed id (expected a UUID).', 'ID の形式が正しくありません。');
  return id;
}

/** A record id that is a positive integer. */
export function asInt(id: string): number {
  if (!/^[0-9]{1,9}$/.test(id)) throw badInput('id', 'Malformed id (expected digits).', 'ID の形式が正しくありません。');
  return Number(id);
}
