import type { Sex } from '../resident/enums';
import { compareAddresses, normaliseAddress } from './address';
import type { NameParts, NormalisedPerson } from './described-person';
import { kanaKey, toKatakana } from './kana';
import { nameKey, normaliseName } from './names';

/** A resident as the register holds them, the other side of every comparison. */
export interface ResidentCandidate {
  residentNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  dateOfBirth: string;
  sex: Sex;
  address: string;
}

export type Attribute = 'dateOfBirth' | 'familyNameKana' | 'givenNameKana' | 'familyName' | 'givenName' | 'address' | 'sex';
/** PARTIAL: the same up to a known variant (kana spelling, 異体字, one part of a date, another room); NEAR: same 丁目. */
export type Outcome = 'AGREE' | 'PARTIAL' | 'NEAR' | 'DISAGREE';

export interface AttributeAgreement {
  attribute: Attribute;
  outcome: Outcome;
  points: number;
}

export interface CandidateScore {
  residentNumber: string;
  /** 0–1: the points earned, out of 100, clamped. */
  score: number;
  /** Why: every attribute both sides have, and what it earned. Attributes one side lacks are absent. */
  agreements: AttributeAgreement[];
}

/**
 * Points per attribute and outcome. An exact date of birth and the kana of the family name carry
 * most of the weight; kanji disagree often between systems (異体字), sex rarely. Everything agreeing
 * is 107 points, so a full match reaches 1 even with the address or sex missing.
 */
export const WEIGHTS: Readonly<Record<Attribute, Partial<Record<Outcome, number>>>> = {
  dateOfBirth: { AGREE: 35, PARTIAL: 5, DISAGREE: -30 },
  familyNameKana: { AGREE: 25, PARTIAL: 20, DISAGREE: -20 },
  givenNameKana: { AGREE: 15, PARTIAL: 12, DISAGREE: -15 },
  familyName: { AGREE: 10, PARTIAL: 8, DISAGREE: -5 },
  givenName: { AGREE: 5, PARTIAL: 4, DISAGREE: -5 },
  address: { AGREE: 15, PARTIAL: 8, NEAR: 3, DISAGREE: -5 },
  sex: { AGREE: 2, DISAGREE: -15 },
};

type Compared = Outcome | null;

function compareText(reported: string | null, registered: string, key: (s: string) => string): Compared {
  if (!reported || !registered) return null;
  if (reported === registered) return 'AGREE';
  return key(reported) === key(registered) ? 'PARTIAL' : 'DISAGREE';
}

/**
 * Compares a reported name with the register's parts. A whole name without a space is split where the
 * register's family name ends (exactly, or up to the key), so 'タカハシマサオ' still compares by part.
 */
function compareName(reported: NameParts, family: string, given: string, key: (s: string) => string): [Compared, Compared] {
  if (reported.family !== null || reported.given !== null) {
    return [compareText(reported.family, family, key), compareText(reported.given, given, key)];
  }
  const full = reported.full;
  if (full.startsWith(family)) return ['AGREE', compareText(full.slice(family.length), given, key)];
  if (full.endsWith(given)) return [compareText(full.slice(0, full.length - given.length), family, key), 'AGREE'];
  const fullKey = key(full);
  const familyKey = key(family);
  if (fullKey.startsWith(familyKey)) return ['PARTIAL', fullKey.slice(familyKey.length) === key(given) ? 'PARTIAL' : 'DISAGREE'];
  return ['DISAGREE', 'DISAGREE'];
}

/** AGREE when equal; PARTIAL when two of year, month and day agree, or month and day are swapped. */
function compareDates(reported: string | null, registered: string): Compared {
  if (!reported) return null;
  if (reported === registered) return 'AGREE';
  const [y1, m1, d1] = reported.split('-');
  const [y2, m2, d2] = registered.split('-');
  const same = [y1 === y2, m1 === m2, d1 === d2].filter(Boolean).length;
  return same === 2 || (y1 === y2 && m1 === d2 && d1 === m2) ? 'PARTIAL' : 'DISAGREE';
}

/** Scores one candidate against the described person, attribute by attribute. */
export function scoreCandidate(person: NormalisedPerson, candidate: ResidentCandidate, cities: readonly string[]): CandidateScore {
  const outcomes: [Attribute, Compared][] = [['dateOfBirth', compareDates(person.dateOfBirth, candidate.dateOfBirth)]];
  if (person.kana) {
    const [family, given] = compareName(person.kana, toKatakana(candidate.familyNameKana), toKatakana(candidate.givenNameKana), kanaKey);
    outcomes.push(['familyNameKana', family], ['givenNameKana', given]);
  }
  if (person.name) {
    const [family, given] = compareName(person.name, normaliseName(candidate.familyName), normaliseName(candidate.givenName), nameKey);
    outcomes.push(['familyName', family], ['givenName', given]);
  }
  if (person.address) {
    const registered = normaliseAddress(candidate.address, cities);
    outcomes.push(['address', registered ? compareAddresses(person.address, registered) : null]);
  }
  if (person.sex) outcomes.push(['sex', person.sex === candidate.sex ? 'AGREE' : 'DISAGREE']);

  const agreements = outcomes
    .filter((entry): entry is [Attribute, Outcome] => entry[1] !== null)
    .map(([attribute, outcome]) => ({ attribute, outcome, points: WEIGHTS[attribute][outcome] ?? 0 }));
  const points = agreements.reduce((sum, agreement) => sum + agreement.points, 0);
  return { residentNumber: candidate.residentNumber, score: Math.round(Math.min(100, Math.max(0, points))) / 100, agreements };
}
