import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, mutate } from '../support/graph-helpers';
import { day, plainResidents, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #13, classes 4 and 5: a consent releases the data of the controllers it names and nothing
 * else (ISO/IEC TS 27560); documented consent names its evidence; a consent its own recipient records
 * that releases special-care or tax data takes effect only once a second person — staff of the unit
 * holding that data — confirms it; and every consent is in the privacy officer's review.
 */
let hub: TestHub;
let pool: string[];
const RECORD = `mutation($i: RecordConsentInput!, $p: Purpose!) { recordConsent(input: $i, purpose: $p) { id confirmationRequired confirmedBy } }`;
const CONFIRM = `mutation($id: ID!, $p: Purpose!) { confirmConsent(id: $id, note: "署名済みの同意書原本を確認した", purpose: $p) { id confirmedBy } }`;

beforeAll(async () => {
  hub = await startTestHub();
  pool = await plainResidents(hub, 20, '1000000400');
});
afterAll(() => hub?.close());

describe('a consent releases only the holders it names', () => {
  it('a consent given with one electricity company’s report opens neither the gas company’s nor the water works’ records', async () => {
    const n = pool[0];
    const [r] = await sql(hub, "SELECT family_name, given_name, family_name_kana, given_name_kana, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, address FROM resident.resident WHERE resident_number = $1", [n]);
    const report = await mutate(hub, 'electricity-staff', 'mutation($i: ReportCustomerAtRiskInput!) { reportCustomerAtRisk(input: $i, purpose: UTILITY_SUPPLY) { id } }', {
      i: {
        service: 'ELECTRICITY', customerNumber: 'E-SCOPE-1', person: { name: `${r.family_name} ${r.given_name}`, nameKana: `${r.family_name_kana} ${r.given_name_kana}`, dateOfBirth: r.dob, address: r.address },
        monthsInArrears: 5, amountYen: 45_000, circumstances: '滞納が続き、本人から相談への同意を得た', basis: 'CONSENT',
        consent: { method: 'WRITTEN', evidenceReference: '同意書 E-1' },
      },
    });
    const list = await hub.query('caseworker', '{ utilityReports(purpose: SELF_RELIANCE_SUPPORT) { id residentNumber } }');
    expect(list.data.utilityReports.find((x: any) => x.id === report.id).residentNumber).toBe(n);
    expect(await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'utility.arrears', 'utility.electricity')).toMatchObject({ allowed: true, basis: 'CONSENT' });
    for (const holder of ['utility.gas', 'utility.water']) {
      expect((await explain(hub, 'caseworker', n, 'SELF_RELIANCE_SUPPORT', 'utility.arrears', holder)).allowed).toBe(false);
    }
  });

  it('a consent for one section’s consultation fact answers for that section only', async () => {
    const n = pool[1];
    await mutate(hub, 'housing-officer', RECORD, {
      p: 'HOUSING_CONSULTATION',
      i: {
        residentNumber: n, recipients: ['housing.public-housing'], dataControllers: ['welfare.self-reliance'], categories: ['consultation.fact'], purposes: ['HOUSING_CONSULTATION'],
        method: 'ORAL_IN_PERSON', attestation: '窓口で本人確認のうえ、自立相談支援センターへの相談歴の確認に口頭で同意を得た', explanationGiven: true, validFrom: day(0),
      },
    });
    expect((await explain(hub, 'housing-officer', n, 'HOUSING_CONSULTATION', 'consultation.fact', 'welfare.self-reliance')).allowed).toBe(true);
    expect((await explain(hub, 'housing-officer', n, 'HOUSING_CONSULTATION', 'consultation.fact', 'welfare.public-assistance')).allowed).toBe(false);
  });
});

describe('a consent is attested, not self-asserted', () => {
  it('refuses documented consent without its evidence, and writes nothing', async () => {
    const n = pool[2];
    for (const method of ['WRITTEN', 'ELECTRONIC']) {
      const response = await hub.query('caseworker', RECORD, {
        p: 'SELF_RELIANCE_SUPPORT',
        i: { residentNumber: n, recipients: ['welfare.self-reliance'], dataControllers: ['tsunagu-city'], categories: ['housing.arrears'], purposes: ['SELF_RELIANCE_SUPPORT'], method, explanationGiven: true, validFrom: day(0) },
      });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'evidenceReference' });
    }
    expect(await sql(hub, 'SELECT id FROM consent.consent WHERE resident_number = $1', [n])).toEqual([]);
  });

  it('a private operator naming itself recipient of special-care data reads nothing until the holder confirms — and cannot confirm itself', async () => {
    const n = pool[3];
    const given = await mutate(hub, 'gas-staff', RECORD, {
      p: 'UTILITY_SUPPLY',
      i: {
        residentNumber: n, recipients: ['utility.gas'], dataControllers: ['welfare.disability'], categories: ['welfare.disability'], purposes: ['UTILITY_SUPPLY'],
        method: 'WRITTEN', evidenceReference: '同意書 G-7', explanationGiven: true, validFrom: day(0),
      },
    });
    expect(given.confirmationRequired).toBe(true);
    expect((await explain(hub, 'gas-staff', n, 'UTILITY_SUPPLY', 'welfare.disability')).allowed).toBe(false);
    const self = await hub.query('gas-staff', CONFIRM, { id: given.id, p: 'UTILITY_SUPPLY' });
    expect(self.errors?.[0].extensions?.code).toBe('RECORD_NOT_FOUND');
    const otherHolder = await hub.query('care-officer', CONFIRM, { id: given.id, p: 'LONG_TERM_CARE_INSURANCE' });
    expect(otherHolder.errors?.[0].extensions?.code).toBe('RECORD_NOT_FOUND');
    const waiting = await hub.query('disability-officer', '{ consentsAwaitingConfirmation(purpose: DISABILITY_WELFARE) { id categories recipients } }');
    expect(waiting.data.consentsAwaitingConfirmation.map((c: any) => c.id)).toContain(given.id);
    await mutate(hub, 'disability-officer', CONFIRM, { id: given.id, p: 'DISABILITY_WELFARE' });
    expect(await explain(hub, 'gas-staff', n, 'UTILITY_SUPPLY', 'welfare.disability')).toMatchObject({ allowed: true, basis: 'CONSENT', basisRecordId: given.id });
  });

  it('puts every consent in the privacy officer’s review, and a sign-off needs a note', async () => {
    const n = pool[4];
    const given = await mutate(hub, 'caseworker', RECORD, {
      p: 'SELF_RELIANCE_SUPPORT',
      i: { residentNumber: n, recipients: ['welfare.self-reliance'], dataControllers: ['tsunagu-city'], categories: ['housing.arrears'], purposes: ['SELF_RELIANCE_SUPPORT'], method: 'WRITTEN', evidenceReference: '申込票 C-9', explanationGiven: true, validFrom: day(0) },
    });
    const queue = await hub.query('privacy-officer', '{ consentReviewQueue { reviewKey basisRecordId subjects actors status } }');
    expect(queue.data.consentReviewQueue).toEqual(expect.arrayContaining([expect.objectContaining({ reviewKey: given.id, subjects: [n], actors: ['caseworker'], status: 'PENDING' })]));
    const REVIEW = 'mutation($k: String!, $note: String!) { reviewConsent(reviewKey: $k, outcome: SIGN_OFF, note: $note) { status } }';
    expect((await hub.query('privacy-officer', REVIEW, { k: given.id, note: ' ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await mutate(hub, 'privacy-officer', REVIEW, { k: given.id, note: '申込票の原本を確認した' })).toEqual({ status: 'SIGNED_OFF' });
    expect((await hub.query('caseworker', '{ consentReviewQueue { reviewKey } }')).errors?.[0].extensions?.code).toBe('AUDIT_ROLE_REQUIRED');
  });
});
