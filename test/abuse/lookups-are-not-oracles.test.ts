import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../support/graph-helpers';
import { asSeen, plainResidents, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #13, class 2: a lookup is not an oracle. An actor without a basis gets the same answer
 * whether or not the person exists or matches; every lookup, hit or miss, is logged; a resident
 * under the DV/stalking support measure never matches by address outside the register; lookups are
 * rate-limited per actor and the refusal is logged; a match score says nothing about an address the
 * asker may not see.
 */
let hub: TestHub;
let pool: string[];

const ASK = `query($p: PersonIdentifiersInput!, $purpose: Purpose!) { hasConsulted(person: $p, purpose: $purpose) { section sectionName consulted } }`;

interface Registered {
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  dob: string;
  address: string;
}

const registered = async (n: string) =>
  (
    await sql<Registered>(
      hub,
      "SELECT family_name, given_name, family_name_kana, given_name_kana, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, address FROM resident.resident WHERE resident_number = $1",
      [n],
    )
  )[0];

const byAddress = (r: Registered, address = r.address) => ({ set: 'NAME_AND_ADDRESS', familyName: r.family_name, givenName: r.given_name, address });
const byKana = (r: Registered, dateOfBirth = r.dob) => ({ set: 'KANA_NAME_AND_BIRTH_DATE', familyNameKana: r.family_name_kana, givenNameKana: r.given_name_kana, dateOfBirth });
const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
const oneRoomOff = (address: string) => address.replace(/(\d)(\D*)$/, (_, d: string, rest: string) => `${(Number(d) + 1) % 10}${rest}`);

beforeAll(async () => {
  hub = await startTestHub();
  pool = await plainResidents(hub, 20, '1000000300');
});
afterAll(() => hub?.close());

describe('the consultation lookup answers the same whether or not anyone matches', () => {
  it('to a section without a basis: right address, one room off, full-width, a kana and birth date registered or not', async () => {
    const r = await registered(pool[0]);
    const asks = [byAddress(r), byAddress(r, oneRoomOff(r.address)), byAddress(r, toFullWidth(r.address)), byKana(r), byKana(r, '1901-01-01')];
    const answers = [];
    for (const p of asks) answers.push(asSeen(await hub.query('tax-officer', ASK, { p, purpose: 'TAX_ASSESSMENT_AND_COLLECTION' })));
    for (const answer of answers.slice(1)) expect(answer).toBe(answers[0]);
    expect(answers[0]).toContain('ACCESS_DENIED');
  });

  it('never singles out a DV-protected resident by an address outside the register', async () => {
    const [n] = pool.splice(1, 1);
    await sql(hub, 'UPDATE resident.resident SET dv_protection = true WHERE resident_number = $1', [n]);
    await sql(hub, "INSERT INTO housing.housing_consultation (resident_number, consulted_on, channel, topic, content) VALUES ($1, '2026-10-01', 'COUNTER', 'RENT_PAYMENT', '家賃の相談')", [n]);
    const r = await registered(n);
    const own = (response: any) => response.data.hasConsulted.find((a: any) => a.section === 'housing.public-housing');
    // By kana and birth date the section finds its own consultation…
    expect(own(await hub.query('housing-officer', ASK, { p: byKana(r), purpose: 'HOUSING_CONSULTATION' })).consulted).toBe(true);
    // …by the address, it is answered as for nobody: a match would confirm where the person lives.
    const atAddress = await hub.query('housing-officer', ASK, { p: byAddress(r), purpose: 'HOUSING_CONSULTATION' });
    const nobody = await hub.query('housing-officer', ASK, { p: byAddress(r, '存在しない町1-1-1'), purpose: 'HOUSING_CONSULTATION' });
    expect(own(atAddress).consulted).toBe(false);
    expect(asSeen(atAddress)).toBe(asSeen(nobody));
  });

  it('logs every lookup, hit or miss, with who asked and with what', async () => {
    const r = await registered(pool[2]);
    const count = async () =>
      (await hub.query('privacy-officer', `{ accessLog(filter: { actorCode: "nhi-officer", actions: ["CONSULTATION_LOOKUP"] }, first: 100) { entries { subject reason } } }`)).data.accessLog.entries;
    const before = (await count()).length;
    await hub.query('nhi-officer', ASK, { p: byKana(r), purpose: 'NHI_ADMINISTRATION' });
    await hub.query('nhi-officer', ASK, { p: byKana(r, '1901-01-01'), purpose: 'NHI_ADMINISTRATION' });
    const entries = await count();
    expect(entries.length).toBe(before + 2);
    expect(entries.map((e: any) => e.subject)).toEqual(expect.arrayContaining([pool[2], null]));
    expect(entries.find((e: any) => e.subject === null).reason).toContain('1901-01-01');
  });
});

describe('lookups are rate-limited per actor', () => {
  it('refuses the lookups beyond the limit in a minute, and logs the refusal', async () => {
    const limited = await startTestHub({ lookupsPerMinute: 3 });
    try {
      const p = byKana(await registered(pool[3]));
      const codes: (string | undefined)[] = [];
      // Seven lookups span at most two minutes, so one minute holds more than three of them.
      for (let i = 0; i < 7; i++) codes.push((await limited.query('care-officer', ASK, { p, purpose: 'LONG_TERM_CARE_INSURANCE' })).errors?.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions?.code);
      expect(codes).toContain('RATE_LIMITED');
      expect(codes.slice(0, 3)).not.toContain('RATE_LIMITED');
      const log = await limited.query('privacy-officer', `{ accessLog(filter: { actions: ["LOOKUP_RATE_LIMITED"] }, first: 10) { entries { actorCode decision } } }`);
      expect(log.data.accessLog.entries[0]).toMatchObject({ actorCode: 'care-officer', decision: 'DENIED' });
    } finally {
      await limited.close();
    }
  });
});

describe('recording facts about a resident is not a lookup either', () => {
  const DECLARE = 'mutation($i: DeclareEmergencyInput!) { declareEmergency(input: $i, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { residentNumber categories reason } }';
  const emergency = (residentNumber: string) => ({
    residentNumber, categories: ['utility.supply-stop'], hours: 24, reason: '冬季に供給停止予定で安否が懸念される', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '訪問・電話とも応答がない状態が続いている',
  });

  it('an actor who may not identify residents gets the same answer for a registered and an unknown number', async () => {
    const known = pool[4];
    const unknown = '1999999999';
    const a = await hub.query('electricity-staff', DECLARE, { i: emergency(known) });
    const b = await hub.query('electricity-staff', DECLARE, { i: emergency(unknown) });
    expect(asSeen(a, { [known]: 'N' })).toBe(asSeen(b, { [unknown]: 'N' }));
  });

  it('an actor who may identify residents for its purpose is told the number is unknown', async () => {
    const response = await hub.query('caseworker', 'mutation($i: RecordConsentInput!) { recordConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }', {
      i: {
        residentNumber: '1999999998', recipients: ['welfare.self-reliance'], dataControllers: ['tsunagu-city'], categories: ['housing.arrears'],
        purposes: ['SELF_RELIANCE_SUPPORT'], method: 'WRITTEN', evidenceReference: '同意書 X-1', explanationGiven: true, validFrom: '2026-01-01',
      },
    });
    expect(response.errors?.[0].extensions?.code).toBe('RESIDENT_NOT_FOUND');
  });
});

describe('a utility report’s match says nothing of an address the agency may not see', () => {
  it('scores a DV-protected resident the same whether the reported address is theirs or not', async () => {
    const [n] = pool.splice(5, 1);
    await sql(hub, 'UPDATE resident.resident SET dv_protection = true WHERE resident_number = $1', [n]);
    const r = await registered(n);
    const report = (customerNumber: string, address: string) =>
      mutate(hub, 'gas-staff', 'mutation($i: ReportCustomerAtRiskInput!) { reportCustomerAtRisk(input: $i, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }', {
        i: {
          service: 'GAS', customerNumber, person: { name: `${r.family_name} ${r.given_name}`, nameKana: `${r.family_name_kana} ${r.given_name_kana}`, dateOfBirth: r.dob, address },
          monthsInArrears: 3, amountYen: 20_000, circumstances: '冬季に供給停止の予定があり応答がない', basis: 'LIFE_BODY_PROPERTY',
          risk: { reason: '厳冬期にガスが止まると生命に危険が及ぶ', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '訪問・電話とも応答がない状態が続いている' },
        },
      });
    const atHome = await report('G-DV-1', r.address);
    const elsewhere = await report('G-DV-2', '別の町9-9-9');
    const list = await hub.query('caseworker', '{ utilityReports(purpose: SELF_RELIANCE_SUPPORT) { id match { status score candidates } person { address } } }');
    const view = (id: string) => list.data.utilityReports.find((x: any) => x.id === id);
    expect(view(atHome.id).match).toEqual(view(elsewhere.id).match);
    expect(view(atHome.id).person.address).toBeNull();
  });
});
