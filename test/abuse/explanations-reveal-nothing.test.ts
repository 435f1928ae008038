import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../support/graph-helpers';
import { asSeen, day, plainResidents, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #13, class 1: an explanation says only what the asker could know anyway. For each protected
 * condition — DV protection, a meeting case open / closed / not tabled, another unit's emergency, a
 * consent naming another recipient — two residents that differ only in that fact give the asker
 * byte-identical answers (resident numbers aside), through explainAccess and through a refused field.
 */
let hub: TestHub;
let pool: string[];
const take = () => pool.shift()!;

const EXPLAIN = `query($n: ID!, $p: Purpose!, $c: [String!]) { explainAccess(residentNumber: $n, purpose: $p, categories: $c) { category holder allowed basis basisRecordId citation { en ja } failures { basis reason { en ja } } remedy { en ja } } }`;

/** What the asker is told about `category` of resident `n`, as explainAccess and as a refused field of `fields`. */
async function told(actor: string, n: string, purpose: string, category: string, fields: string) {
  const explained = await hub.query(actor, EXPLAIN, { n, p: purpose, c: [category] });
  const read = await hub.query(actor, `query($n: ID!) { resident(residentNumber: $n, purpose: ${purpose}) { ${fields} } }`, { n });
  return [asSeen(explained, { [n]: 'N' }), asSeen(read, { [n]: 'N' })];
}

async function expectSameAnswers(actor: string, residents: string[], purpose: string, category: string, fields: string) {
  const answers = await Promise.all(residents.map((n) => told(actor, n, purpose, category, fields)));
  for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  // Refused, with an explanation: the sameness is that of two refusals, not of two errors of another kind.
  expect(answers[0][0]).toContain('"allowed":false');
  expect(answers[0][1]).toContain('ACCESS_DENIED');
  return answers[0];
}

beforeAll(async () => {
  hub = await startTestHub();
  pool = await plainResidents(hub, 40);
});
afterAll(() => hub?.close());

describe('DV protection (DV等支援措置) is never told', () => {
  let protectedOne: string;
  let other: string;
  beforeAll(async () => {
    [protectedOne, other] = [take(), take()];
    await sql(hub, 'UPDATE resident.resident SET dv_protection = true WHERE resident_number = $1', [protectedOne]);
  });

  it('to an asker without a basis: the same refusal whether or not the resident is protected', async () => {
    const [explained] = await expectSameAnswers('electricity-staff', [protectedOne, other], 'UTILITY_SUPPLY', 'person.address', 'address postalCode');
    expect(explained).not.toMatch(/DV|stalking|whereabouts|所在|支援措置/);
    await expectSameAnswers('housing-officer', [protectedOne, other], 'PUBLIC_HOUSING_MANAGEMENT', 'utility.account', 'utilityAccounts(service: GAS) { supplyAddress }');
  });

  it('to an asker whose basis it overrides: withheld by the holder, without the reason — which only the auditor reads', async () => {
    await mutate(hub, 'caseworker', `mutation($i: RecordConsentInput!) { recordConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }`, {
      i: {
        residentNumber: protectedOne, recipients: ['welfare.self-reliance'], dataControllers: ['tsunagu-city'], categories: ['person.address'],
        purposes: ['SELF_RELIANCE_SUPPORT'], method: 'WRITTEN', evidenceReference: '同意書 DV-1', explanationGiven: true, validFrom: day(-1),
      },
    });
    const response = await hub.query('caseworker', 'query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { address } }', { n: protectedOne });
    expect(response.data.resident.address).toBeNull();
    const seen = asSeen(response);
    expect(seen).toContain('WITHHELD_BY_HOLDER');
    expect(seen).not.toMatch(/DV|stalking|whereabouts|所在|支援措置|address protection|住所の保護/i);
    const log = await hub.query('privacy-officer', `query($n: ID!) { accessLog(filter: { subject: $n, categories: ["person.address"] }, first: 5) { entries { decision reason } } }`, { n: protectedOne });
    expect(log.data.accessLog.entries[0]).toMatchObject({ decision: 'DENIED', reason: expect.stringContaining('address protection') });
  });
});

describe('a support-meeting case (open, closed, never tabled) is told to no one outside the meeting’s purpose', () => {
  let open: string;
  let closed: string;
  let never: string;
  beforeAll(async () => {
    [open, closed, never] = [take(), take(), take()];
    const meeting = await mutate(hub, 'meeting-secretariat', 'mutation($i: CreateSupportMeetingInput!) { createSupportMeeting(input: $i) { id } }', {
      i: { name: '差分検証の支援会議', legalBasis: 'SELF_RELIANCE_SUPPORT_ACT_ART_9', scopeCategories: ['housing.arrears'], establishedOn: day(-30) },
    });
    for (const [unit, acknowledged] of [['welfare.self-reliance', true], ['housing.public-housing', true], ['welfare.public-assistance', false]] as const) {
      await mutate(hub, 'meeting-secretariat', 'mutation($i: AddMeetingMemberInput!) { addMeetingMember(input: $i) { id } }', {
        i: { meetingId: meeting.id, unitCode: unit, memberFrom: day(-30), confidentialityAcknowledgedOn: acknowledged ? day(-30) : null },
      });
    }
    const table = (n: string) => mutate(hub, 'meeting-secretariat', 'mutation($i: TableCaseInput!) { tableCase(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }', { i: { meetingId: meeting.id, residentNumber: n, tabledOn: day(-2) } });
    await table(open);
    const tabled = await table(closed);
    await mutate(hub, 'meeting-secretariat', 'mutation($id: ID!, $on: LocalDate!) { closeCase(caseId: $id, closedOn: $on, purpose: SELF_RELIANCE_SUPPORT) { id } }', { id: tabled.id, on: day(-1) });
  });

  it('to a member that has not acknowledged confidentiality', async () => {
    await expectSameAnswers('assistance-caseworker', [open, closed, never], 'PUBLIC_ASSISTANCE', 'housing.arrears', 'rentArrears { amountYen }');
  });

  it('to a unit that is not a member', async () => {
    await expectSameAnswers('gas-staff', [open, closed, never], 'UTILITY_SUPPLY', 'housing.arrears', 'rentArrears { amountYen }');
  });

  it('to a member acting for another purpose (purpose binding)', async () => {
    const [explained] = await expectSameAnswers('caseworker', [open, closed, never], 'HOUSING_SECURITY_BENEFIT', 'housing.arrears', 'rentArrears { amountYen }');
    expect(explained).not.toContain('差分検証の支援会議');
  });
});

describe('another unit’s emergency is told to no one else', () => {
  it('neither in an explanation nor when ending it', async () => {
    const [declared, none] = [take(), take()];
    const emergency = await mutate(hub, 'caseworker', 'mutation($i: DeclareEmergencyInput!) { declareEmergency(input: $i, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }', {
      i: { residentNumber: declared, categories: ['housing.arrears'], hours: 24, reason: '訪問しても応答がなく安否が懸念される', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '電話・訪問とも応答がない状態が続いている' },
    });
    await expectSameAnswers('assistance-caseworker', [declared, none], 'PROTECTION_OF_LIFE_BODY_PROPERTY', 'housing.arrears', 'rentArrears { amountYen }');
    const END = 'mutation($id: ID!) { endEmergency(id: $id, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }';
    const theirs = await hub.query('assistance-caseworker', END, { id: emergency.id });
    const nobodys = await hub.query('assistance-caseworker', END, { id: '00000000-0000-4000-8000-000000000001' });
    expect(asSeen(theirs, { [emergency.id]: 'ID' })).toBe(asSeen(nobodys, { '00000000-0000-4000-8000-000000000001': 'ID' }));
  });
});

describe('a consent is told only to whom it concerns', () => {
  it('a consent naming another recipient gives the same answer as none', async () => {
    const [consented, none] = [take(), take()];
    await mutate(hub, 'caseworker', `mutation($i: RecordConsentInput!) { recordConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }`, {
      i: {
        residentNumber: consented, recipients: ['welfare.public-assistance'], dataControllers: ['tsunagu-city'], categories: ['housing.arrears'],
        purposes: ['PUBLIC_ASSISTANCE'], method: 'WRITTEN', evidenceReference: '同意書 R-2', explanationGiven: true, validFrom: day(-1),
      },
    });
    await expectSameAnswers('housing-officer', [consented, none], 'HOUSING_CONSULTATION', 'welfare.self-reliance', 'selfRelianceCases { status }');
    await expectSameAnswers('gas-staff', [consented, none], 'UTILITY_SUPPLY', 'housing.arrears', 'rentArrears { amountYen }');
  });
});
