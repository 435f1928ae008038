import { Sex } from '../resident/enums';
import { normaliseAddress, type NormalisedAddress } from './address';
import { parseJapaneseDate } from './dates';
import { LinkageInputError } from './errors';
import { toKatakana } from './kana';
import { normaliseName, splitAtSpace } from './names';

/**
 * A person as an outside record describes them (a utility's customer, a referral): any of the
 * attributes, in whatever notation the source used. Give the name either split or whole ('高橋 正雄',
 * with or without the space).
 */
export interface DescribedPerson {
  familyName?: string | null;
  givenName?: string | null;
  name?: string | null;
  familyNameKana?: string | null;
  givenNameKana?: string | null;
  nameKana?: string | null;
  /** ISO, 2024/4/1, 昭和33年2月14日 or S33.2.14. */
  dateOfBirth?: string | null;
  address?: string | null;
  sex?: Sex | null;
}

/** A name in one script: the parts when known, and always the whole without spaces. */
export interface NameParts {
  family: string | null;
  given: string | null;
  full: string;
}

/** The described person after normalisation: what is compared, and what a match records. */
export interface NormalisedPerson {
  name: NameParts | null;
  kana: NameParts | null;
  dateOfBirth: string | null;
  address: NormalisedAddress | null;
  sex: Sex | null;
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function nameParts(family: string | null | undefined, given: string | null | undefined, whole: string | null | undefined, fold: (s: string) => string): NameParts | null {
  if (present(family) || present(given)) {
    const f = present(family) ? fold(family) : null;
    const g = present(given) ? fold(given) : null;
    return { family: f, given: g, full: `${f ?? ''}${g ?? ''}` };
  }
  if (!present(whole)) return null;
  const split = splitAtSpace(whole);
  if (split) return { family: fold(split.family), given: fold(split.given), full: fold(whole) };
  return { family: null, given: null, full: fold(whole) };
}

/** Normalises every attribute; throws LinkageInputError when a date is unreadable or nothing names the person. */
export function normalisePerson(person: DescribedPerson, cities: readonly string[]): NormalisedPerson {
  const name = nameParts(person.familyName, person.givenName, person.name, normaliseName);
  const kana = nameParts(person.familyNameKana, person.givenNameKana, person.nameKana, toKatakana);
  if (!name && !kana) {
    throw new LinkageInputError({ en: 'A name or its kana is needed to look for a resident.', ja: '照合には氏名またはフリガナが必要です。' });
  }
  let dateOfBirth: string | null = null;
  if (present(person.dateOfBirth)) {
    dateOfBirth = parseJapaneseDate(person.dateOfBirth);
    if (!dateOfBirth) {
      throw new LinkageInputError({
        en: `The date of birth "${person.dateOfBirth}" is not a date (write 1958-02-14 or 昭和33年2月14日).`,
        ja: `生年月日「${person.dateOfBirth}」は日付として読めません（1958-02-14 や 昭和33年2月14日 の形で）。`,
      });
    }
  }
  if (person.sex && !Object.values(Sex).includes(person.sex)) {
    throw new LinkageInputError({ en: `Unknown sex "${person.sex}".`, ja: `性別「${person.sex}」は使えません。` });
  }
  return {
    name,
    kana,
    dateOfBirth,
    address: present(person.address) ? normaliseAddress(person.address, cities) : null,
    sex: person.sex ?? null,
  };
}
