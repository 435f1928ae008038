import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { explain, mutate } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let meetingId: string;
let consentBasedMeetingId: string;

const day = (offset: number) => new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function row(sql: string, params: unknown[]) {
  const client = new Client({ connectionString: hub.config.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows[0];
  } finally {
    await client.end();
  }
}

async function meeting(legalBasis: string) {
  const created = await mutate(hub, 'meeting-secretariat', 'mutation($i: CreateSupportMeetingInput!) { createSupportMeeting(input: $i) { id } }', {
    i: { name: 'つなぐ市支援会議', legalBasis, scopeCategories: ['housing.arrears', 'housing.tenancy'], establishedOn: day(-10) },
  });
  for (const unit of ['welfare.self-reliance', 'housing.public-housing']) {
    await mutate(hub, 'meeting-secretariat', 'mutation($i: AddMeetingMemberInput!) { addMeetingMember(input: $i) { id } }', {
      i: { meetingId: created.id, unitCode: unit, memberFrom: day(-10), confidentialityAcknowledgedOn: day(-10) },
    });
  }
  return created.id as string;
}

beforeAll(async () => {
  hub = await startTestHub();
  meetingId = await meeting('SELF_RELIANCE_SUPPORT_ACT_ART_9');
  consentBasedMeetingId = await meeting('CONSENT_BASED');
});
afterAll(() => hub?.close());

const REFER = `mutation($i: ReferConcerningCaseInput!, $p: Purpose!) { referConcerningCase(input: $i, purpose: $p) { id referredAt } }`;
const FACT = { category: 'housing.arrears', summary: '家賃6か月滞納。訪問時に衰弱した様子で、支援を拒否している。' };

describe('referral of a concerning case (気になる事案, seed 000 case 2-⑪)', () => {
  it('goes from the housing section to the secretariat, is logged as a provision based on law, and opens the meeting once tabled', async () => {
    const n = DEMO_RESIDENTS.fallingBetween;
    const receipt = await mutate(hub, 'housing-officer', REFER, { i: { residentNumber: n, meetingId, facts: [FACT] }, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(Object.keys(receipt).sort()).toEqual(['id', 'referredAt']);

    const listed = await hub.query('meeting-secretariat', 'query($m: ID!) { concerningCaseReferrals(meetingId: $m, purpose: SELF_RELIANCE_SUPPORT) { id residentNumber referringUnit status facts { category summary } } }', { m: meetingId });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.concerningCaseReferrals[0]).toMatchObject({ id: receipt.id, residentNumber: n, referringUnit: 'housing.public-housing', status: 'RECEIVED', facts: [FACT] });

    expect((await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'housing.arrears')).basis).not.toBe('SUPPORT_MEETING');
    const tabled = await mutate(hub, 'meeting-secretariat', 'mutation($r: ID!, $d: LocalDate!) { tableReferral(referralId: $r, tabledOn: $d, purpose: SELF_RELIANCE_SUPPORT) { status meetingCaseId } }', { r: receipt.id, d: day(0) });
    expect(tabled.status).toBe('TABLED');
    expect(await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'housing.arrears')).toMatchObject({ allowed: true, basis: 'SUPPORT_MEETING', basisRecordId: tabled.meetingCaseId });

    const log = await hub.query('privacy-officer', 'query($n: ID!) { accessLog(filter: { subject: $n, actions: ["REFERRAL_SENT"] }) { entries { actorCode basis basisRecordId citation } } }', { n });
    expect(log.data.accessLog.entries[0]).toMatchObject({ actorCode: 'housing-officer', basis: 'SUPPORT_MEETING', basisRecordId: receipt.id, citation: 'APPI art. 69(1); Act on Self-Reliance Support art. 9' });
  });

  it('refuses a unit that holds nothing about the person, facts from another unit’s records, and a consent-based meeting — writing nothing', async () => {
    const before = await row('SELECT count(*)::int AS n FROM meeting.concerning_case_referral', []);
    const nothing = await hub.query('housing-officer', REFER, { i: { residentNumber: DEMO_RESIDENTS.ordinaryTaxpayer, meetingId, facts: [FACT] }, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(nothing.errors?.[0].extensions?.code).toBe('REFERRER_HOLDS_NOTHING');
    const foreign = await hub.query('housing-officer', REFER, {
      i: { residentNumber: DEMO_RESIDENTS.fallingBetween, meetingId, facts: [{ category: 'tax.arrears', summary: '住民税を滞納していると聞いた' }] },
      p: 'PUBLIC_HOUSING_MANAGEMENT',
    });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'facts' });
    const consentBased = await hub.query('housing-officer', REFER, { i: { residentNumber: DEMO_RESIDENTS.fallingBetween, meetingId: consentBasedMeetingId, facts: [FACT] }, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(consentBased.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'meetingId' });
    expect(await row('SELECT count(*)::int AS n FROM meeting.concerning_case_referral', [])).toEqual(before);
  });

  it('can be closed without tabling, with a reason', async () => {
    const receipt = await mutate(hub, 'housing-officer', REFER, { i: { residentNumber: DEMO_RESIDENTS.assistedHouseholdHead, meetingId, facts: [FACT] }, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    const closed = await mutate(hub, 'meeting-secretariat', 'mutation($r: ID!) { closeReferral(referralId: $r, note: "既に生活保護で支援中のため", purpose: SELF_RELIANCE_SUPPORT) { status closingNote } }', { r: receipt.id });
    expect(closed).toEqual({ status: 'CLOSED', closingNote: '既に生活保護で支援中のため' });
  });
});

const ASK = `query($p: PersonIdentifiersInput!, $purpose: Purpose!) { hasConsulted(person: $p, purpose: $purpose) { section consulted } }`;

describe('minimal-disclosure lookup: "has this person consulted you?" (seed 000 Table 2-⑬)', () => {
  let identifiers: Record<string, string>;
  beforeAll(async () => {
    const r = await row('SELECT family_name_kana, given_name_kana, to_char(date_of_birth, \'YYYY-MM-DD\') AS dob FROM resident.resident WHERE resident_number = $1', [DEMO_RESIDENTS.singleMother]);
    identifiers = { set: 'KANA_NAME_AND_BIRTH_DATE', familyNameKana: r.family_name_kana, givenNameKana: r.given_name_kana, dateOfBirth: r.dob };
  });

  it('answers only what a basis covers: the asking section itself, then the others once the person consents', async () => {
    const before = await hub.query('housing-officer', ASK, { p: identifiers, purpose: 'HOUSING_CONSULTATION' });
    const bySection = (r: any) => Object.fromEntries(r.data.hasConsulted.map((a: any) => [a.section ?? 'denied', a.consulted]));
    expect(before.data.hasConsulted).toHaveLength(3);
    expect(before.data.hasConsulted[0]).toEqual({ section: 'housing.public-housing', consulted: false });
    expect(before.data.hasConsulted[1]).toEqual({ section: null, consulted: null });
    expect(before.errors?.every((e) => e.extensions?.code === 'ACCESS_DENIED' && e.extensions?.category === 'consultation.fact')).toBe(true);

    await mutate(hub, 'housing-officer', 'mutation($i: RecordConsentInput!) { recordConsent(input: $i, purpose: HOUSING_CONSULTATION) { id } }', {
      i: {
        residentNumber: DEMO_RESIDENTS.singleMother,
        recipients: ['housing.public-housing'],
        dataControllers: ['welfare.self-reliance', 'welfare.public-assistance'],
        categories: ['consultation.fact'],
        purposes: ['HOUSING_CONSULTATION'],
        method: 'ORAL_IN_PERSON',
        attestation: '住まいの相談窓口で、福祉の窓口への相談歴を確認することに口頭で同意を得た',
        explanationGiven: true,
        validFrom: day(0),
        validUntil: day(30),
      },
    });
    const after = await hub.query('housing-officer', ASK, { p: { ...identifiers, familyNameKana: toHalfWidthKana(identifiers.familyNameKana) }, purpose: 'HOUSING_CONSULTATION' });
    expect(after.errors).toBeUndefined();
    expect(bySection(after)).toEqual({ 'housing.public-housing': false, 'welfare.self-reliance': true, 'welfare.public-assistance': false });
  });

  it('accepts exactly one identifier set and nothing beyond it', async () => {
    const extra = await hub.query('housing-officer', ASK, { p: { ...identifiers, address: 'みなと県つなぐ市' }, purpose: 'HOUSING_CONSULTATION' });
    expect(extra.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'person' });
    const missing = await hub.query('housing-officer', ASK, { p: { set: 'KANA_NAME_AND_BIRTH_DATE', familyNameKana: identifiers.familyNameKana }, purpose: 'HOUSING_CONSULTATION' });
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Identifiers that single out nobody are answered like a resident the section has no basis for.
    const nobody = await hub.query('housing-officer', ASK, { p: { ...identifiers, dateOfBirth: '1901-01-01' }, purpose: 'HOUSING_CONSULTATION' });
    expect(nobody.data.hasConsulted).toEqual([{ section: 'housing.public-housing', consulted: false }, { section: null, consulted: null }, { section: null, consulted: null }]);
    expect(nobody.errors?.every((e) => e.extensions?.code === 'ACCESS_DENIED' && e.extensions?.category === 'consultation.fact')).toBe(true);
  });

  it('is not open to a utility company', async () => {
    const response = await hub.query('electricity-staff', ASK, { p: identifiers, purpose: 'UTILITY_SUPPLY' });
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
  });
});

function toHalfWidthKana(text: string): string {
  const table: Record<string, string> = { サ: 'ｻ', キ: 'ｷ', タ: 'ﾀ', カ: 'ｶ', ナ: 'ﾅ', マ: 'ﾏ', ヤ: 'ﾔ', ラ: 'ﾗ', ワ: 'ﾜ', ア: 'ｱ', イ: 'ｲ', ウ: 'ｳ', エ: 'ｴ', オ: 'ｵ', ス: 'ｽ', シ: 'ｼ', ト: 'ﾄ', ノ: 'ﾉ', ミ: 'ﾐ', リ: 'ﾘ', ル: 'ﾙ', レ: 'ﾚ', ロ: 'ﾛ', ハ: 'ﾊ', ヒ: 'ﾋ', フ: 'ﾌ', ヘ: 'ﾍ', ホ: 'ﾎ', モ: 'ﾓ', ユ: 'ﾕ', ヨ: 'ﾖ', ン: 'ﾝ', ク: 'ｸ', ケ: 'ｹ', コ: 'ｺ', セ: 'ｾ', ソ: 'ｿ', チ: 'ﾁ', ツ: 'ﾂ', テ: 'ﾃ', ニ: 'ﾆ', ヌ: 'ﾇ', ネ: 'ﾈ', ム: 'ﾑ', メ: 'ﾒ', ヲ: 'ｦ', 'ー': 'ｰ' };
  return [...text].map((c) => table[c] ?? c).join('');
}

describe('consent at intake: the standard forms', () => {
  it('records the intake form’s consent box with the form’s fixed scope', async () => {
    const n = DEMO_RESIDENTS.fallingBetween;
    const given = await mutate(hub, 'caseworker', 'mutation($i: IntakeConsentInput!) { recordIntakeConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id form categories recipients } }', {
      i: { residentNumber: n, method: 'WRITTEN', evidenceReference: '相談受付・申込票 No.0042', validFrom: day(0), dataControllers: ['tsunagu-city', 'tsunagu-electric'] },
    });
    expect(given.form).toBe('INTAKE_FORM');
    expect(given.recipients).toEqual(['welfare.self-reliance']);
    expect(given.categories).toContain('utility.supply-stop');
    expect(given.categories).not.toContain('tax.arrears');
    expect(await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'utility.supply-stop', 'utility.electricity')).toMatchObject({ allowed: true, basis: 'CONSENT', basisRecordId: given.id });
    expect((await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'welfare.disability')).allowed).toBe(false);
    // The form named the city and the electricity company: the gas company's records stay closed.
    expect((await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'utility.supply-stop', 'utility.gas')).allowed).toBe(false);
  });

  it('records the tax-information form only when signed and explained', async () => {
    const n = DEMO_RESIDENTS.assistedHouseholdHead;
    const RECORD = 'mutation($i: TaxInformationConsentInput!) { recordTaxInformationConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id purposes categories } }';
    const input = { residentNumber: n, purposes: ['LIFE_REBUILDING', 'DEBT_RESOLUTION'], recipients: ['welfare.self-reliance'], method: 'WRITTEN', evidenceReference: '税務情報同意書 2026-017', explanationGiven: true, validFrom: day(0) };
    const oral = await hub.query('caseworker', RECORD, { i: { ...input, method: 'ORAL_BY_PHONE' } });
    expect(oral.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'method' });
    const unexplained = await hub.query('caseworker', RECORD, { i: { ...input, explanationGiven: false } });
    expect(unexplained.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'explanationGiven' });
    const signed = await mutate(hub, 'caseworker', RECORD, { i: input });
    expect(signed.purposes).toEqual(['SELF_RELIANCE_SUPPORT']);
    expect(signed.categories).toEqual(['tax.assessment', 'tax.arrears', 'nhi.arrears']);
    // Recorded by its own recipient: tax data waits for the tax office to confirm the signed form.
    expect((await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'tax.arrears')).allowed).toBe(false);
    const waiting = await hub.query('tax-officer', '{ consentsAwaitingConfirmation(purpose: TAX_ASSESSMENT_AND_COLLECTION) { id categories } }');
    expect(waiting.data.consentsAwaitingConfirmation.map((c: any) => c.id)).toContain(signed.id);
    await mutate(hub, 'tax-officer', 'mutation($id: ID!) { confirmConsent(id: $id, note: "署名済みの同意書原本を確認した", purpose: TAX_ASSESSMENT_AND_COLLECTION) { id } }', { id: signed.id });
    expect(await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'tax.arrears')).toMatchObject({ allowed: true, basis: 'CONSENT', basisRecordId: signed.id });
  });
});
