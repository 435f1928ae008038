import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { denialOf, explain, mutate, reasonsOf } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * The legal decision table (DESIGN.md §3), case by case through the GraphQL API against real
 * PostgreSQL: every basis allowing and denying, both regimes with their citations, tax secrecy,
 * special-care data, the DV rule, purpose binding, and changes taking effect on the next request.
 */
let hub: TestHub;
let residents: string[];
let next = 0;
/** A resident no other case in this file touches. */
const freshResident = () => residents[next++];

const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input, purpose: SELF_RELIANCE_SUPPORT) { id controllerUnit method } }`;
const WITHDRAW = `mutation($id: ID!, $p: Purpose! = SELF_RELIANCE_SUPPORT) { withdrawConsent(id: $id, note: "本人から撤回の申出", purpose: $p) { id withdrawnAt } }`;
const CREATE_MEETING = `mutation($input: CreateSupportMeetingInput!) { createSupportMeeting(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddMeetingMemberInput!) { addMeetingMember(input: $input) { id } }`;
const TABLE_CASE = `mutation($input: TableCaseInput!) { tableCase(input: $input, purpose: SELF_RELIANCE_SUPPORT) { id } }`;
const CLOSE_CASE = `mutation($id: ID!, $on: LocalDate!) { closeCase(caseId: $id, closedOn: $on, purpose: SELF_RELIANCE_SUPPORT) { id closedOn } }`;
const DECLARE = `mutation($input: DeclareEmergencyInput!) { declareEmergency(input: $input, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id expiresAt } }`;
const END = `mutation($id: ID!) { endEmergency(id: $id, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id endedAt } }`;
const CHANGE_POLICY = `mutation($s: PolicySettingsInput!, $r: String!) { changePolicy(settings: $s, reason: $r) { version } }`;

const SELF_RELIANCE = 'SELF_RELIANCE_SUPPORT';
const LIFE = 'PROTECTION_OF_LIFE_BODY_PROPERTY';

/** A date relative to today in Japan, where validity periods are kept. */
function day(offset: number): string {
  return new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

function consent(residentNumber: string, overrides: Record<string, unknown> = {}) {
  return {
    residentNumber,
    recipients: ['welfare.self-reliance'],
    dataControllers: ['tsunagu-city'],
    categories: ['housing.arrears'],
    purposes: [SELF_RELIANCE],
    method: 'WRITTEN',
    form: 'INTAKE_FORM',
    evidenceReference: '相談受付・申込票 No.2026-0001',
    explanationGiven: true,
    validFrom: day(-1),
    ...overrides,
  };
}

const recordConsent = (input: Record<string, unknown>, actor = 'caseworker') => mutate(hub, actor, RECORD_CONSENT, { input });
const CONFIRM = `mutation($id: ID!, $p: Purpose!) { confirmConsent(id: $id, note: "署名済みの同意書原本を確認した", purpose: $p) { id confirmedBy } }`;
/** The second person: staff of the unit holding the special-care or tax data confirm a consent its recipient recorded. */
const confirmConsent = (id: string, actor: string, purpose: string) => mutate(hub, actor, CONFIRM, { id, p: purpose });

async function statutoryMeeting(scope: string[], members: { unit: string; acknowledged?: boolean }[], legalBasis = 'SELF_RELIANCE_SUPPORT_ACT_ART_9') {
  const meeting = await mutate(hub, 'meeting-secretariat', CREATE_MEETING, {
    input: { name: 'つなぐ市支援会議', legalBasis, scopeCategories: scope, establishedOn: day(-30) },
  });
  for (const member of members) {
    await mutate(hub, 'meeting-secretariat', ADD_MEMBER, {
      input: { meetingId: meeting.id, unitCode: member.unit, memberFrom: day(-30), confidentialityAcknowledgedOn: member.acknowledged === false ? null : day(-30) },
    });
  }
  return meeting.id as string;
}

const tableCase = (meetingId: string, residentNumber: string) =>
  mutate(hub, 'meeting-secretariat', TABLE_CASE, { input: { meetingId, residentNumber, tabledOn: day(-1) } });

const declareEmergency = (residentNumber: string, categories: string[], actor = 'caseworker', hours = 24) =>
  mutate(hub, actor, DECLARE, {
    input: {
      residentNumber,
      categories,
      hours,
      reason: '冬季に電気が停止予定で、高齢の本人と連絡が取れず安否が懸念される',
      consentDifficulty: 'UNREACHABLE',
      consentDifficultyNote: '訪問・電話とも応答がなく、同意を得ることができない',
    },
  });

const DEFAULT_POLICY = {
  categoryPurposes: [],
  nhiLevy: 'TAX',
  emergencyMaxHours: 72,
  taxViaSupportMeeting: false,
  taxInEmergency: false,
  publicOrganLifeProtection: true,
  emergencyReviewDays: 14,
};
const setPolicy = (changes: Record<string, unknown>) =>
  mutate(hub, 'privacy-officer', CHANGE_POLICY, { s: { ...DEFAULT_POLICY, ...changes }, r: '条例の解釈整理に基づく変更' });

beforeAll(async () => {
  hub = await startTestHub();
  const client = new Client({ connectionString: hub.config.databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    "SELECT resident_number FROM resident.resident WHERE resident_number > '1000000100' AND NOT dv_protection ORDER BY resident_number LIMIT 100",
  );
  await client.end();
  residents = rows.map((r) => r.resident_number);
});
afterAll(() => hub?.close());

describe('within the purpose of collection (APPI 69(1) / 18(1))', () => {
  it('lets a public organ use its own records for their purpose, citing art. 69(1)', async () => {
    const entry = await explain(hub, 'housing-officer', freshResident(), 'PUBLIC_HOUSING_MANAGEMENT', 'housing.arrears');
    expect(entry).toMatchObject({ allowed: true, basis: 'WITHIN_PURPOSE', citation: { en: 'APPI art. 69(1)', ja: '個人情報保護法第69条第1項' } });
  });

  it('lets a private operator use its own records, citing art. 18(1)', async () => {
    const entry = await explain(hub, 'electricity-staff', freshResident(), 'UTILITY_SUPPLY', 'utility.arrears', 'utility.electricity');
    expect(entry).toMatchObject({ allowed: true, basis: 'WITHIN_PURPOSE', citation: { en: 'APPI art. 18(1)' } });
  });

  it('treats the municipal water works as a public organ', async () => {
    const entry = await explain(hub, 'water-officer', freshResident(), 'UTILITY_SUPPLY', 'utility.arrears', 'utility.water');
    expect(entry).toMatchObject({ allowed: true, citation: { en: 'APPI art. 69(1)' } });
  });

  it("treats a contractor's records of the municipal service as the municipality's (委託)", async () => {
    const entry = await explain(hub, 'caseworker', freshResident(), SELF_RELIANCE, 'welfare.self-reliance');
    expect(entry).toMatchObject({ allowed: true, basis: 'WITHIN_PURPOSE', citation: { en: 'APPI art. 69(1)' } });
  });

  it('denies another purpose of the same holder', async () => {
    const entry = await explain(hub, 'housing-officer', freshResident(), 'HOUSING_CONSULTATION', 'housing.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'WITHIN_PURPOSE')).toContain('collected for PUBLIC_HOUSING_MANAGEMENT');
  });

  it("denies a utility the municipality's records and another company's records", async () => {
    const n = freshResident();
    expect((await explain(hub, 'electricity-staff', n, 'UTILITY_SUPPLY', 'person.address')).allowed).toBe(false);
    const gas = await explain(hub, 'electricity-staff', n, 'UTILITY_SUPPLY', 'utility.arrears', 'utility.gas');
    expect(gas.allowed).toBe(false);
    expect(reasonsOf(gas, 'WITHIN_PURPOSE')).toContain('outside your organisation');
  });
});

describe('consent (APPI 69(2)(i) / 27(1))', () => {
  it('allows what an active written consent covers, naming the consent and the article by holder', async () => {
    const n = freshResident();
    const given = await recordConsent(consent(n, { categories: ['housing.arrears', 'utility.arrears'], dataControllers: ['tsunagu-city', 'tsunagu-electric'] }));
    expect(given.controllerUnit).toBe('welfare.self-reliance');
    const housing = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears');
    expect(housing).toMatchObject({ allowed: true, basis: 'CONSENT', basisRecordId: given.id, citation: { en: 'APPI art. 69(2)(i)' } });
    const electricity = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'utility.arrears', 'utility.electricity');
    expect(electricity).toMatchObject({ allowed: true, basis: 'CONSENT', citation: { en: 'APPI art. 27(1)' } });
  });

  it('releases only the data of the controllers it names (ISO/IEC TS 27560), not another company’s nor another organ’s', async () => {
    const n = freshResident();
    await recordConsent(consent(n, { categories: ['utility.arrears', 'housing.arrears'], dataControllers: ['utility.electricity'] }));
    expect((await explain(hub, 'caseworker', n, SELF_RELIANCE, 'utility.arrears', 'utility.electricity')).allowed).toBe(true);
    for (const holder of ['utility.gas', 'utility.water']) {
      const other = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'utility.arrears', holder);
      expect(other.allowed).toBe(false);
      expect(reasonsOf(other, 'CONSENT')).toContain(`releases data held by utility.electricity, not by ${holder}`);
    }
    expect(reasonsOf(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears'), 'CONSENT')).toContain('not by housing.public-housing');
  });

  it('denies a category the consent does not cover', async () => {
    const n = freshResident();
    await recordConsent(consent(n));
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.tenancy');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'CONSENT')).toContain('does not cover `housing.tenancy`');
  });

  it('denies when the consent names another recipient', async () => {
    const n = freshResident();
    await recordConsent(consent(n, { recipients: ['welfare.public-assistance'] }));
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'CONSENT')).toContain('No consent of this resident that names your unit');
  });

  it('denies a purpose the consent does not cover, naming the consent only to the unit that recorded it', async () => {
    const n = freshResident();
    await recordConsent(consent(n, { purposes: ['HOUSING_SECURITY_BENEFIT'] }));
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'CONSENT')).toContain('covers the purposes HOUSING_SECURITY_BENEFIT, not SELF_RELIANCE_SUPPORT');
    // A recipient acting for another purpose is told what it would be told of a resident without a consent.
    const m = freshResident();
    await recordConsent(consent(m, { recipients: ['housing.public-housing'], purposes: ['HOUSING_CONSULTATION'], categories: ['welfare.self-reliance'] }));
    const recipient = await explain(hub, 'housing-officer', m, 'PUBLIC_HOUSING_MANAGEMENT', 'welfare.self-reliance');
    const none = await explain(hub, 'housing-officer', freshResident(), 'PUBLIC_HOUSING_MANAGEMENT', 'welfare.self-reliance');
    expect(recipient).toEqual(none);
  });

  it('denies under an expired consent and one not yet valid', async () => {
    const expired = freshResident();
    await recordConsent(consent(expired, { validFrom: day(-100), validUntil: day(-1) }));
    expect(reasonsOf(await explain(hub, 'caseworker', expired, SELF_RELIANCE, 'housing.arrears'), 'CONSENT')).toContain(`expired on ${day(-1)}`);
    const future = freshResident();
    await recordConsent(consent(future, { validFrom: day(5) }));
    expect(reasonsOf(await explain(hub, 'caseworker', future, SELF_RELIANCE, 'housing.arrears'), 'CONSENT')).toContain(`valid only from ${day(5)}`);
  });

  it('stops granting on the next request once withdrawn', async () => {
    const n = DEMO_RESIDENTS.fallingBetween;
    const query = `query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { rentArrears { monthsInArrears } } }`;
    const given = await recordConsent(consent(n));
    expect((await hub.query('caseworker', query, { n })).data.resident.rentArrears[0].monthsInArrears).toBe(6);
    await mutate(hub, 'caseworker', WITHDRAW, { id: given.id });
    const after = await hub.query('caseworker', query, { n });
    expect(after.data.resident.rentArrears).toBeNull();
    expect(denialOf(after, after.errors?.[0]).failures.find((f) => f.basis === 'CONSENT')!.reason.en).toContain('was withdrawn');
  });

  it('lets an oral consent, attested by staff, cover ordinary data but not special-care data', async () => {
    const n = freshResident();
    await recordConsent(
      consent(n, { method: 'ORAL_BY_PHONE', categories: ['housing.arrears', 'welfare.disability'], attestation: '電話で本人確認（生年月日・住所）のうえ口頭で同意を得た' }),
    );
    expect((await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears')).allowed).toBe(true);
    const special = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'welfare.disability');
    expect(special.allowed).toBe(false);
    expect(reasonsOf(special, 'CONSENT')).toContain('Special-care data (APPI art. 2(3)) needs written or electronic consent');
  });

  it('lets written consent cover special-care data once the holder confirms what its own recipient recorded', async () => {
    const n = freshResident();
    const given = await recordConsent(consent(n, { method: 'ELECTRONIC', categories: ['welfare.care'] }));
    const pending = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'welfare.care');
    expect(pending.allowed).toBe(false);
    expect(reasonsOf(pending, 'CONSENT')).toContain('only once a second person (the holder) has confirmed it');
    await confirmConsent(given.id, 'care-officer', 'LONG_TERM_CARE_INSURANCE');
    expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'welfare.care')).toMatchObject({ allowed: true, basis: 'CONSENT', basisRecordId: given.id });
  });
});

describe('tax secrecy (地方税法 §22; 2011 MIC notice)', () => {
  it('opens tax data to documented consent naming the purpose and recipient, fully explained', async () => {
    const n = freshResident();
    const given = await recordConsent(consent(n, { form: 'TAX_INFORMATION_FORM', categories: ['tax.arrears'], dataControllers: ['tax.taxation'] }));
    await confirmConsent(given.id, 'tax-officer', 'TAX_ASSESSMENT_AND_COLLECTION');
    expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'tax.arrears')).toMatchObject({ allowed: true, basis: 'CONSENT', basisRecordId: given.id });
  });

  it('serves only the tax fields the purpose needs (minimal disclosure)', async () => {
    const n = DEMO_RESIDENTS.fallingBetween;
    const given = await recordConsent(consent(n, { form: 'TAX_INFORMATION_FORM', categories: ['tax.arrears', 'tax.assessment'] }));
    await confirmConsent(given.id, 'tax-officer', 'TAX_ASSESSMENT_AND_COLLECTION');
    const response = await hub.query(
      'caseworker',
      'query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { taxArrears { amountYen } taxAssessments { taxable annualTaxYen incomeBand } } }',
      { n },
    );
    expect(response.data.resident.taxArrears[0].amountYen).toBeGreaterThan(0);
    const assessment = response.data.resident.taxAssessments[0];
    expect(typeof assessment.taxable).toBe('boolean');
    expect(assessment.annualTaxYen).toBeNull();
    expect(assessment.incomeBand).toBeNull();
    const refused = response.errors?.find((e) => e.path?.at(-1) === 'annualTaxYen');
    expect(denialOf(response, refused).failures[0].basis).toBe('NOT_NEEDED_FOR_PURPOSE');
  });

  it('refuses tax data on oral consent', async () => {
    const n = freshResident();
    await recordConsent(consent(n, { method: 'ORAL_IN_PERSON', categories: ['tax.arrears'], attestation: '窓口で本人確認のうえ口頭で同意を得た' }));
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'tax.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'CONSENT')).toContain('Tax data needs written or electronic consent (Local Tax Act art. 22');
  });

  it('refuses tax data when the consent does not record a full explanation', async () => {
    const n = freshResident();
    await recordConsent(consent(n, { categories: ['tax.arrears'], explanationGiven: false }));
    expect(reasonsOf(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'tax.arrears'), 'CONSENT')).toContain('fully explained');
  });

  it('treats NHI arrears as tax data while NHI is levied as a tax, and as ordinary data once the policy says premium', async () => {
    const n = freshResident();
    await recordConsent(consent(n, { method: 'ORAL_IN_PERSON', categories: ['nhi.arrears'], attestation: '窓口で本人確認のうえ口頭で同意を得た' }));
    expect((await explain(hub, 'caseworker', n, SELF_RELIANCE, 'nhi.arrears')).allowed).toBe(false);
    await setPolicy({ nhiLevy: 'PREMIUM' });
    try {
      expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'nhi.arrears')).toMatchObject({ allowed: true, basis: 'CONSENT' });
    } finally {
      await setPolicy({});
    }
  });
});

describe('statutory support meeting (生活困窮者自立支援法 §9)', () => {
  let meetingId: string;
  beforeAll(async () => {
    meetingId = await statutoryMeeting(
      ['housing.arrears', 'utility.supply-stop', 'tax.arrears', 'utility.arrears'],
      [{ unit: 'welfare.self-reliance' }, { unit: 'housing.public-housing' }, { unit: 'utility.electricity' }, { unit: 'tax.taxation' }, { unit: 'welfare.public-assistance', acknowledged: false }],
    );
  });

  it('lets a member see in-scope data of a tabled case, citing the holder’s article', async () => {
    const n = freshResident();
    const tabled = await tableCase(meetingId, n);
    expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears')).toMatchObject({
      allowed: true,
      basis: 'SUPPORT_MEETING',
      basisRecordId: tabled.id,
      citation: { en: 'APPI art. 69(1); Act on Self-Reliance Support art. 9' },
    });
    expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'utility.supply-stop', 'utility.electricity')).toMatchObject({
      allowed: true,
      citation: { en: 'APPI art. 27(1)(i); Act on Self-Reliance Support art. 9' },
    });
  });

  it('keeps tax data out of the meeting by default, and lets it in when the policy says so', async () => {
    const n = freshResident();
    await tableCase(meetingId, n);
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'tax.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'SUPPORT_MEETING')).toContain('does not flow through a support meeting');
    await setPolicy({ taxViaSupportMeeting: true });
    try {
      expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'tax.arrears')).toMatchObject({ allowed: true, basis: 'SUPPORT_MEETING' });
    } finally {
      await setPolicy({});
    }
  });

  it('denies data held by a non-member and data outside the scope', async () => {
    const n = freshResident();
    await tableCase(meetingId, n);
    expect(reasonsOf(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'utility.arrears', 'utility.gas'), 'SUPPORT_MEETING')).toContain('utility.gas is not a member');
    expect(reasonsOf(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'welfare.disability'), 'SUPPORT_MEETING')).toContain('not in the scope');
  });

  it('ends access when the case is closed', async () => {
    const n = freshResident();
    const tabled = await tableCase(meetingId, n);
    await mutate(hub, 'meeting-secretariat', CLOSE_CASE, { id: tabled.id, on: day(0) });
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'SUPPORT_MEETING')).toContain('was closed on');
  });

  it('binds access to the meeting’s purpose, and under another purpose says nothing of the case', async () => {
    const n = freshResident();
    await tableCase(meetingId, n);
    const entry = await explain(hub, 'caseworker', n, 'HOUSING_SECURITY_BENEFIT', 'housing.arrears');
    expect(entry.allowed).toBe(false);
    expect(entry).toEqual(await explain(hub, 'caseworker', freshResident(), 'HOUSING_SECURITY_BENEFIT', 'housing.arrears'));
    expect(reasonsOf(entry, 'SUPPORT_MEETING')).toContain('No case of this resident is open');
  });

  it('gives nothing to a member that has not acknowledged confidentiality, nor to a non-member', async () => {
    const n = freshResident();
    await tableCase(meetingId, n);
    const unacknowledged = await explain(hub, 'assistance-caseworker', n, 'PUBLIC_ASSISTANCE', 'housing.arrears');
    expect(unacknowledged.allowed).toBe(false);
    const other = await statutoryMeeting(['housing.arrears'], [{ unit: 'housing.public-housing' }]);
    const m = freshResident();
    await tableCase(other, m);
    expect(reasonsOf(await explain(hub, 'caseworker', m, SELF_RELIANCE, 'housing.arrears'), 'SUPPORT_MEETING')).toContain('No case of this resident is open');
  });

  it('grants nothing through a consent-based meeting (支援調整会議), whatever its members', async () => {
    const coordination = await statutoryMeeting(['housing.arrears'], [{ unit: 'welfare.self-reliance' }, { unit: 'housing.public-housing' }], 'CONSENT_BASED');
    const n = freshResident();
    await tableCase(coordination, n);
    const entry = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears');
    expect(entry.allowed).toBe(false);
    expect(reasonsOf(entry, 'SUPPORT_MEETING')).toContain('consent-based body');
  });
});

describe('protection of life, body or property (APPI 27(1)(ii) / 69(2)(iv))', () => {
  it('allows the declared categories for the declared purpose, citing the holder’s article', async () => {
    const n = freshResident();
    const emergency = await declareEmergency(n, ['utility.supply-stop', 'welfare.care']);
    expect(await explain(hub, 'caseworker', n, LIFE, 'utility.supply-stop', 'utility.electricity')).toMatchObject({
      allowed: true,
      basis: 'LIFE_BODY_PROPERTY',
      basisRecordId: emergency.id,
      citation: { en: 'APPI art. 27(1)(ii)' },
    });
    expect(await explain(hub, 'caseworker', n, LIFE, 'welfare.care')).toMatchObject({ allowed: true, citation: { en: 'APPI art. 69(2)(iv)' } });
  });

  it('never opens tax data, and serves no other purpose', async () => {
    const n = freshResident();
    await declareEmergency(n, ['tax.arrears', 'housing.arrears']);
    expect(reasonsOf(await explain(hub, 'caseworker', n, LIFE, 'tax.arrears'), 'LIFE_BODY_PROPERTY')).toContain('not opened by an emergency');
    expect(reasonsOf(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'housing.arrears'), 'LIFE_BODY_PROPERTY')).toContain('serves only the purpose');
  });

  it('ends on the next request once ended', async () => {
    const n = freshResident();
    const emergency = await declareEmergency(n, ['housing.arrears']);
    expect((await explain(hub, 'caseworker', n, LIFE, 'housing.arrears')).allowed).toBe(true);
    await mutate(hub, 'caseworker', END, { id: emergency.id });
    expect(reasonsOf(await explain(hub, 'caseworker', n, LIFE, 'housing.arrears'), 'LIFE_BODY_PROPERTY')).toContain('was ended');
  });

  it('gives nothing to a unit that did not declare it', async () => {
    const n = freshResident();
    await declareEmergency(n, ['housing.arrears']);
    expect(reasonsOf(await explain(hub, 'electricity-staff', n, LIFE, 'housing.arrears'), 'LIFE_BODY_PROPERTY')).toContain('has declared no emergency');
  });

  it('keeps public organs out when the policy withholds 69(2)(iv)', async () => {
    const n = freshResident();
    await declareEmergency(n, ['utility.supply-stop', 'welfare.care']);
    await setPolicy({ publicOrganLifeProtection: false });
    try {
      expect((await explain(hub, 'caseworker', n, LIFE, 'welfare.care')).allowed).toBe(false);
      expect((await explain(hub, 'caseworker', n, LIFE, 'utility.supply-stop', 'utility.electricity')).allowed).toBe(true);
    } finally {
      await setPolicy({});
    }
  });

  it('refuses a window longer than the policy allows, and a missing reason', async () => {
    const n = freshResident();
    const long = await hub.query('caseworker', DECLARE, {
      input: { residentNumber: n, categories: ['housing.arrears'], hours: 73, reason: '十分な長さの理由を記載', consentDifficulty: 'NO_TIME', consentDifficultyNote: '十分な長さの説明を記載' },
    });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'hours' });
    const empty = await hub.query('caseworker', DECLARE, {
      input: { residentNumber: n, categories: ['housing.arrears'], hours: 1, reason: ' ', consentDifficulty: 'NO_TIME', consentDifficultyNote: '十分な長さの説明を記載' },
    });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
    expect((await explain(hub, 'caseworker', n, LIFE, 'housing.arrears')).allowed).toBe(false);
  });
});

describe('DV protection (APPI 69(2) proviso)', () => {
  it('withholds where the resident lives from every basis outside the holder', async () => {
    const n = DEMO_RESIDENTS.dvProtected;
    await recordConsent(consent(n, { categories: ['person.address', 'utility.account', 'person.identity'] }));
    const address = await explain(hub, 'caseworker', n, SELF_RELIANCE, 'person.address');
    expect(address.allowed).toBe(false);
    // The asker learns that the holder withholds it, never why (the DV protection is itself protected).
    expect(address.failures).toEqual([{ basis: 'WITHHELD_BY_HOLDER', reason: expect.objectContaining({ en: expect.not.stringMatching(/DV|stalking|protect/i) }) }]);
    expect((await explain(hub, 'caseworker', n, SELF_RELIANCE, 'utility.account', 'utility.electricity')).allowed).toBe(false);
    // What does not reveal the whereabouts still flows on the consent.
    expect(await explain(hub, 'caseworker', n, SELF_RELIANCE, 'person.identity')).toMatchObject({ allowed: true });
    expect(await explain(hub, 'registry-clerk', n, 'RESIDENT_REGISTRY', 'person.address')).toMatchObject({ allowed: true, basis: 'WITHIN_PURPOSE' });
  });

  it('returns no address in the data either', async () => {
    const response = await hub.query('caseworker', 'query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { familyName address postalCode } }', {
      n: DEMO_RESIDENTS.dvProtected,
    });
    expect(response.data.resident.familyName).toMatch(/\S/);
    expect(response.data.resident.address).toBeNull();
    expect(response.data.resident.postalCode).toBeNull();
  });
});

describe('who may change the facts', () => {
  it('lets only the controller’s staff withdraw a consent', async () => {
    const given = await recordConsent(consent(freshResident()));
    const response = await hub.query('housing-officer', WITHDRAW, { id: given.id, p: 'PUBLIC_HOUSING_MANAGEMENT' });
    // Answered like an id that names no consent: another unit's consent is not confirmed to exist.
    const unknown = await hub.query('housing-officer', WITHDRAW, { id: '00000000-0000-4000-8000-000000000000', p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(response.errors?.[0].extensions?.code).toBe('RECORD_NOT_FOUND');
    expect(response.errors?.[0].message.replace(given.id, 'ID')).toBe(unknown.errors?.[0].message.replace('00000000-0000-4000-8000-000000000000', 'ID'));
  });

  it('lets only a secretariat table cases, and only the privacy officer change the policy', async () => {
    const table = await hub.query('caseworker', TABLE_CASE, { input: { meetingId: '00000000-0000-0000-0000-000000000000', residentNumber: freshResident(), tabledOn: day(0) } });
    expect(table.errors?.[0].extensions?.code).toBe('ROLE_NOT_PERMITTED');
    const policy = await hub.query('caseworker', CHANGE_POLICY, { s: DEFAULT_POLICY, r: '権限のない変更の試み' });
    expect(policy.errors?.[0].extensions?.code).toBe('ROLE_NOT_PERMITTED');
  });

  it('records policy changes as history', async () => {
    await setPolicy({ emergencyMaxHours: 48 });
    await setPolicy({});
    const history = await hub.query('privacy-officer', '{ policyHistory { version emergencyMaxHours changedBy reason } }');
    expect(history.data.policyHistory[0]).toMatchObject({ emergencyMaxHours: 72, changedBy: 'privacy-officer' });
    expect(history.data.policyHistory[1]).toMatchObject({ emergencyMaxHours: 48 });
  });

  it('refuses bad consent input and writes nothing', async () => {
    const n = freshResident();
    const cases = [
      consent(n, { method: 'ORAL_BY_PHONE' }), // no attestation
      consent(n, { categories: ['tax.everything'] }),
      consent(n, { recipients: ['nowhere'] }),
      consent(n, { validFrom: day(0), validUntil: day(-1) }),
      consent('12345', {}),
    ];
    for (const input of cases) {
      const response = await hub.query('caseworker', RECORD_CONSENT, { input });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const list = await hub.query('caseworker', 'query($n: ID!) { consents(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { id } }', { n });
    expect(list.data.consents).toEqual([]);
  });
});

describe('the basis of each value, on request', () => {
  it('lists every decision behind a response when asked', async () => {
    const n = DEMO_RESIDENTS.singleMother;
    const token = await hub.token('caseworker');
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-tsunagu-decisions': 'include' },
      body: JSON.stringify({
        query: 'query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { givenName selfRelianceCases { status } disabilityCertificates { grade } } }',
        variables: { n },
      }),
    });
    const body = (await response.json()) as any;
    const decisions = body.extensions.decisions as any[];
    expect(body.extensions.purpose).toBe(SELF_RELIANCE);
    expect(decisions.find((d) => d.category === 'welfare.self-reliance')).toMatchObject({
      subject: n,
      allowed: true,
      basis: 'WITHIN_PURPOSE',
      citation: { en: 'APPI art. 69(1)' },
      fields: expect.arrayContaining(['Resident.selfRelianceCases', 'SelfRelianceCase.status']),
    });
    expect(decisions.find((d) => d.category === 'welfare.disability')).toMatchObject({ allowed: false, fields: ['Resident.disabilityCertificates'] });
  });
});

describe('changes to the facts are in the access log', () => {
  it('logs the recording and withdrawal of a consent, the tabling of a case and an emergency, for the auditor', async () => {
    const n = freshResident();
    const given = await recordConsent(consent(n));
    await mutate(hub, 'caseworker', WITHDRAW, { id: given.id });
    const emergency = await declareEmergency(n, ['housing.arrears']);
    const log = await hub.query('privacy-officer', 'query($n: ID!) { accessLog(filter: { subject: $n }, first: 50) { entries { action actorCode basis basisRecordId } } }', { n });
    expect(log.errors).toBeUndefined();
    const entries = log.data.accessLog.entries as any[];
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'CONSENT_RECORDED', actorCode: 'caseworker', basis: 'CONSENT', basisRecordId: given.id }),
        expect.objectContaining({ action: 'CONSENT_WITHDRAWN', basisRecordId: given.id }),
        expect.objectContaining({ action: 'EMERGENCY_DECLARED', basis: 'LIFE_BODY_PROPERTY', basisRecordId: emergency.id }),
      ]),
    );
  });
});
