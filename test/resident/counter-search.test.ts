import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSeen, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #14, item 8: finding a resident at the counter by name or kana and date of birth — spelt
 * as people write them (half- or full-width, hiragana or katakana, with or without a space) —
 * answering only what the asker has a basis for, every search logged and counted.
 */
let hub: TestHub;
let person: { number: string; name: string; kana: string; dob: string };
const SEARCH = `query($s: CounterSearchInput!, $p: Purpose!) { findResidents(search: $s, purpose: $p) { residentNumber familyName givenName address } }`;

const toHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** The searches as the privacy officer finds them in the access log. */
async function searchLog(actorCode: string): Promise<string[]> {
  const response = await hub.query('privacy-officer', `query($a: String!) { accessLog(filter: { actorCode: $a, actions: ["RESIDENT_SEARCH"] }, first: 100) { entries { reason } } }`, { a: actorCode });
  return response.data.accessLog.entries.map((e: { reason: string }) => e.reason);
}

beforeAll(async () => {
  hub = await startTestHub({ lookupsPerMinute: 6 });
  const [r] = await sql(hub, "SELECT resident_number, family_name, given_name, family_name_kana, given_name_kana, to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM resident.resident WHERE resident_number = '1000000001'");
  person = { number: r.resident_number, name: `${r.family_name} ${r.given_name}`, kana: `${r.family_name_kana} ${r.given_name_kana}`, dob: r.dob };
});
afterAll(() => hub?.close());

describe('the counter search (窓口での住民検索)', () => {
  it('finds the resident by kanji name, however the space and width are typed', async () => {
    for (const name of [person.name, person.name.replace(' ', ''), person.name.replace(' ', '\u3000')]) {
      const response = await hub.query('registry-clerk', SEARCH, { s: { name, dateOfBirth: person.dob }, p: 'RESIDENT_REGISTRY' });
      expect(response.errors).toBeUndefined();
      expect(response.data.findResidents.map((r: any) => r.residentNumber)).toEqual([person.number]);
    }
  });

  it('finds the resident by kana in katakana, hiragana or half-width katakana', async () => {
    const spellings = [person.kana, toHiragana(person.kana), person.kana.replace(' ', '')];
    for (const nameKana of spellings) {
      const response = await hub.query('housing-officer', SEARCH, { s: { nameKana, dateOfBirth: person.dob }, p: 'PUBLIC_HOUSING_MANAGEMENT' });
      expect(response.data.findResidents.map((r: any) => r.residentNumber), nameKana).toEqual([person.number]);
    }
  });

  it('finds nobody when the birth date or the name differs, and says nothing more', async () => {
    const otherDay = `${Number(person.dob.slice(0, 4)) + 1}${person.dob.slice(4)}`;
    const response = await hub.query('registry-clerk', SEARCH, { s: { name: person.name, dateOfBirth: otherDay }, p: 'RESIDENT_REGISTRY' });
    expect(response.data.findResidents).toEqual([]);
    expect(response.errors).toBeUndefined();
  });

  it('is refused to a private operator alike whether or not the person is registered', async () => {
    const real = await hub.query('electricity-staff', SEARCH, { s: { name: person.name, dateOfBirth: person.dob }, p: 'UTILITY_SUPPLY' });
    const nobody = await hub.query('electricity-staff', SEARCH, { s: { name: '存在 しない', dateOfBirth: '1901-01-01' }, p: 'UTILITY_SUPPLY' });
    expect(real.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
    expect(real.data).toBeNull();
    const scrub = (text: string) => text.replace(/"requestId":"[^"]+"/g, '');
    expect(scrub(asSeen(real))).toBe(scrub(asSeen(nobody)));
  });

  it('logs every search, hit or miss, with who searched for what', async () => {
    const log = await searchLog('registry-clerk');
    expect(log).toEqual(expect.arrayContaining([expect.stringMatching(/— 1 found$/), expect.stringMatching(/— 0 found$/)]));
    expect(log.some((reason) => reason.includes(person.name) && reason.includes(person.dob))).toBe(true);
    expect(await searchLog('housing-officer')).toHaveLength(3);
  });

  it('serves only the fields the asker has a basis for: a DV-protected resident is found, but not where she lives', async () => {
    const [r] = await sql(hub, "SELECT family_name, given_name, to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM resident.resident WHERE resident_number = '1000000008'");
    const response = await hub.query('housing-officer', SEARCH, { s: { name: `${r.family_name}${r.given_name}`, dateOfBirth: r.dob }, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(response.data.findResidents).toEqual([expect.objectContaining({ residentNumber: '1000000008', address: null })]);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['ACCESS_DENIED']);
    expect(JSON.stringify(response)).not.toMatch(/DV|支援措置|protect/i);
  });

  it('asks for a name: a birth date alone is refused and nothing is searched', async () => {
    const response = await hub.query('registry-clerk', SEARCH, { s: { dateOfBirth: person.dob }, p: 'RESIDENT_REGISTRY' });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
  });

  it('counts towards the per-minute limit on lookups, and logs the refusal', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await hub.query('tax-officer', SEARCH, { s: { nameKana: person.kana, dateOfBirth: person.dob }, p: 'TAX_ASSESSMENT_AND_COLLECTION' });
      codes.push(response.errors?.[0].extensions?.code ?? 'OK');
    }
    expect(codes.slice(0, 6).every((c) => c === 'OK')).toBe(true);
    expect(codes.slice(6)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const refused = await sql(hub, "SELECT count(*)::int AS n FROM audit.access_log_entry WHERE action = 'LOOKUP_RATE_LIMITED' AND actor_code = 'tax-officer'");
    expect(refused[0].n).toBeGreaterThanOrEqual(2);
  });
});
