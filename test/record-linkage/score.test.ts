import { describe, expect, it } from 'vitest';
import { Sex } from '../../src/resident/enums';
import { decide, rank } from '../../src/record-linkage/decide';
import { normalisePerson, type DescribedPerson } from '../../src/record-linkage/described-person';
import { MatchStatus } from '../../src/record-linkage/enums';
import { LinkageInputError } from '../../src/record-linkage/errors';
import { DEFAULT_LINKAGE_OPTIONS } from '../../src/record-linkage/options';
import { scoreCandidate, type ResidentCandidate } from '../../src/record-linkage/score';

const CITIES = DEFAULT_LINKAGE_OPTIONS.cities;

const TAKAHASHI: ResidentCandidate = {
  residentNumber: '1000000001',
  familyName: '高橋',
  givenName: '正雄',
  familyNameKana: 'タカハシ',
  givenNameKana: 'マサオ',
  dateOfBirth: '1958-02-14',
  sex: Sex.MALE,
  address: 'みなと県つなぐ市港町5丁目3番 市営港南団地3号棟204号室',
};

const score = (person: DescribedPerson, candidate: ResidentCandidate = TAKAHASHI) => scoreCandidate(normalisePerson(person, CITIES), candidate, CITIES);
const outcomes = (person: DescribedPerson, candidate?: ResidentCandidate) =>
  Object.fromEntries(score(person, candidate).agreements.map((agreement) => [agreement.attribute, agreement.outcome]));

describe('scoring a candidate', () => {
  it('gives an exact description 1, and says which attributes agreed', () => {
    const result = score({ familyName: '高橋', givenName: '正雄', familyNameKana: 'タカハシ', givenNameKana: 'マサオ', dateOfBirth: '1958-02-14', address: TAKAHASHI.address, sex: Sex.MALE });
    expect(result.score).toBe(1);
    expect(result.agreements).toEqual([
      { attribute: 'dateOfBirth', outcome: 'AGREE', points: 35 },
      { attribute: 'familyNameKana', outcome: 'AGREE', points: 25 },
      { attribute: 'givenNameKana', outcome: 'AGREE', points: 15 },
      { attribute: 'familyName', outcome: 'AGREE', points: 10 },
      { attribute: 'givenName', outcome: 'AGREE', points: 5 },
      { attribute: 'address', outcome: 'AGREE', points: 15 },
      { attribute: 'sex', outcome: 'AGREE', points: 2 },
    ]);
  });

  it('sees through notation: half-width kana without a space, 和暦, a variant kanji, a hyphenated address', () => {
    const result = score({ name: '髙橋正雄', nameKana: 'ﾀｶﾊｼﾏｻｵ', dateOfBirth: 'S33.2.14', address: 'つなぐ市港町5-3-3-204' });
    expect(result.score).toBe(1);
    expect(outcomes({ name: '髙橋正雄', nameKana: 'ﾀｶﾊｼﾏｻｵ', dateOfBirth: 'S33.2.14', address: 'つなぐ市港町5-3-3-204' })).toEqual({
      dateOfBirth: 'AGREE',
      familyNameKana: 'AGREE',
      givenNameKana: 'AGREE',
      familyName: 'PARTIAL',
      givenName: 'AGREE',
      address: 'AGREE',
    });
  });

  it('weights the date of birth and the kana of the family name most', () => {
    expect(score({ nameKana: 'タカハシ マサオ', dateOfBirth: '1958-02-14' }).score).toBe(0.75);
    expect(score({ name: '高橋 正雄', address: '港町5-3' }).score).toBe(0.3);
  });

  it('scores the same name with another date of birth low', () => {
    const result = score({ name: '高橋 正雄', nameKana: 'タカハシ マサオ', dateOfBirth: '1961-09-30', address: '港町5-3' });
    expect(outcomes({ name: '高橋 正雄', nameKana: 'タカハシ マサオ', dateOfBirth: '1961-09-30', address: '港町5-3' }).dateOfBirth).toBe('DISAGREE');
    expect(result.score).toBeLessThan(DEFAULT_LINKAGE_OPTIONS.autoMatchThreshold);
    expect(result.score).toBe(0.4);
  });

  it('counts a date with one part mistyped, or month and day swapped, as partial', () => {
    expect(outcomes({ name: '高橋正雄', dateOfBirth: '1958-02-15' }).dateOfBirth).toBe('PARTIAL');
    expect(outcomes({ name: '高橋正雄', dateOfBirth: '1958/12/2' }, { ...TAKAHASHI, dateOfBirth: '1958-02-12' }).dateOfBirth).toBe('PARTIAL');
  });

  it('counts kana spelling variants as partial agreement', () => {
    const sato: ResidentCandidate = { ...TAKAHASHI, familyName: '佐藤', familyNameKana: 'サトウ', givenName: '優子', givenNameKana: 'ユウコ' };
    expect(outcomes({ nameKana: 'ｻﾄｰ ﾕｰｺ' }, sato)).toEqual({ familyNameKana: 'PARTIAL', givenNameKana: 'PARTIAL' });
    expect(outcomes({ nameKana: 'さとう ゆうこ' }, sato)).toEqual({ familyNameKana: 'AGREE', givenNameKana: 'AGREE' });
    expect(outcomes({ nameKana: 'サトウ ケイコ' }, sato)).toEqual({ familyNameKana: 'AGREE', givenNameKana: 'DISAGREE' });
  });

  it('needs a name or kana, and a readable date', () => {
    expect(() => normalisePerson({ dateOfBirth: '1958-02-14' }, CITIES)).toThrow(LinkageInputError);
    expect(() => normalisePerson({ name: '高橋正雄', dateOfBirth: '昭和33年2月30日' }, CITIES)).toThrow(/not a date/);
  });
});

describe('deciding', () => {
  const options = DEFAULT_LINKAGE_OPTIONS;
  const twin: ResidentCandidate = { ...TAKAHASHI, residentNumber: '1000000777', address: 'みなと県つなぐ市栄町2丁目1番1号' };

  it('matches automatically one clear candidate above the threshold', () => {
    const ranked = rank([score({ name: '高橋正雄', nameKana: 'ﾀｶﾊｼ ﾏｻｵ', dateOfBirth: '1958-02-14' }), score({ name: '高橋正雄', nameKana: 'ﾀｶﾊｼ ﾏｻｵ', dateOfBirth: '1958-02-14' }, { ...TAKAHASHI, residentNumber: '1000000555', givenName: '正夫', givenNameKana: 'マサオ', dateOfBirth: '1960-01-01' })]);
    expect(ranked.map((candidate) => candidate.score)).toEqual([0.9, 0.15]);
    expect(decide(ranked, options)).toMatchObject({ status: MatchStatus.AUTO_MATCHED, reason: 'UNAMBIGUOUS', best: { residentNumber: '1000000001', score: 0.9 } });
  });

  it('leaves namesakes born the same day (or twins described by what they share) for a person', () => {
    const person = { name: '高橋 正雄', nameKana: 'タカハシ マサオ', dateOfBirth: '1958-02-14' };
    const ranked = rank([score(person, twin), score(person)]);
    expect(ranked.map((candidate) => candidate.score)).toEqual([0.9, 0.9]);
    expect(decide(ranked, options)).toMatchObject({ status: MatchStatus.PENDING_REVIEW, reason: 'AMBIGUOUS', best: { residentNumber: '1000000001' } });
    // The address tells them apart, but not by enough for a machine to decide alone.
    const withAddress = rank([score({ ...person, address: '港町5-3' }, twin), score({ ...person, address: '港町5-3' })]);
    expect(withAddress.map((candidate) => [candidate.residentNumber, candidate.score])).toEqual([['1000000001', 1], ['1000000777', 0.85]]);
    expect(decide(withAddress, options).reason).toBe('AMBIGUOUS');
  });

  it('waits below the threshold, without candidates, and for a resident refused for this record before', () => {
    expect(decide(rank([score({ nameKana: 'タカハシ マサオ', dateOfBirth: '1958-02-14' })]), options).reason).toBe('BELOW_THRESHOLD');
    expect(decide([], options)).toEqual({ status: MatchStatus.PENDING_REVIEW, reason: 'NO_CANDIDATE', best: null });
    const exact = rank([score({ name: '高橋正雄', nameKana: 'タカハシマサオ', dateOfBirth: '1958-02-14' })]);
    expect(decide(exact, options, new Set(['1000000001'])).reason).toBe('PREVIOUSLY_REFUSED');
    // The threshold is the municipality's to set.
    expect(decide(exact, { ...options, autoMatchThreshold: 0.9 }).status).toBe(MatchStatus.AUTO_MATCHED);
    expect(decide(exact, { ...options, autoMatchThreshold: 0.95 }).reason).toBe('BELOW_THRESHOLD');
  });
});
