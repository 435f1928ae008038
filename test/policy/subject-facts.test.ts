import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Directory } from '../../src/organisation/directory';
import { japanDate } from '../../src/organisation/directory-cache';
import { SubjectFactsLoader } from '../../src/policy/subject-facts-loader';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { mutate } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

const DECLARE = `mutation($input: DeclareEmergencyInput!) { declareEmergency(input: $input, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }`;
const RECORD = `mutation($input: IntakeConsentInput!) { recordIntakeConsent(input: $input, purpose: SELF_RELIANCE_SUPPORT) { id } }`;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

async function loaderFor(actorCode: string, unitCode: string) {
  const em = hub.databases.em('core');
  const unit = (await Directory.load(em, japanDate())).unit(unitCode)!;
  const actor = { code: actorCode, name: actorCode, role: 'SELF_RELIANCE_CASEWORKER' as never, unitCode, organisationCode: unit.organisationCode, holdingOrganisationCode: unit.holdingOrganisationCode, regime: unit.regime };
  return new SubjectFactsLoader(em, actor);
}

describe('a batch of residents’ facts', () => {
  it('comes in one statement, typed as the entities are, whatever the batch', async () => {
    const mother = DEMO_RESIDENTS.singleMother;
    await mutate(hub, 'caseworker', DECLARE, {
      input: { residentNumber: mother, categories: ['housing.arrears'], hours: 24, reason: '冬季に電気が停止予定で、本人と連絡が取れず安否が懸念される', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '訪問・電話とも応答がなく同意を得られない' },
    });
    const today = japanDate();
    await mutate(hub, 'caseworker', RECORD, { input: { residentNumber: mother, method: 'WRITTEN', evidenceReference: '相談受付・申込票 No.0099', validFrom: today, dataControllers: ['tsunagu-city'] } });

    const loader = await loaderFor('caseworker', 'welfare.self-reliance');
    const before = hub.statements.length;
    const [facts, protectedOne, nobody] = await loader.load([mother, DEMO_RESIDENTS.dvProtected, '1000099999']);
    expect(hub.statements.length - before).toBe(1);

    expect(facts.dvProtection).toBe(false);
    expect(facts.emergencies).toHaveLength(1);
    expect(facts.emergencies[0].declaredAt).toBeInstanceOf(Date);
    expect(facts.emergencies[0].expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(facts.emergencies[0].categories).toEqual(['housing.arrears']);
    const consent = facts.consents.find((c) => c.evidenceReference === '相談受付・申込票 No.0099')!;
    expect(consent.validFrom).toBe(today);
    expect(consent.recipients).toContain('welfare.self-reliance');
    expect(consent.withdrawnAt ?? null).toBeNull();

    expect(protectedOne).toMatchObject({ dvProtection: true });
    expect(nobody).toMatchObject({ dvProtection: false, consents: [], emergencies: [], meetingCases: [] });
  });

  it('holds nothing that names another unit: another unit’s emergency and a consent for others stay out', async () => {
    const loader = await loaderFor('housing-officer', 'housing.public-housing');
    const [facts] = await loader.load([DEMO_RESIDENTS.singleMother]);
    expect(facts.emergencies).toEqual([]);
    expect(facts.consents.every((c) => c.recipients.some((r) => r === 'housing.public-housing' || r === 'tsunagu-city'))).toBe(true);
  });

  it('of a resident and everyone in their household come in the same one statement', async () => {
    const loader = await loaderFor('assistance-caseworker', 'welfare.public-assistance');
    const before = hub.statements.length;
    const household = await loader.loadWithHousehold(DEMO_RESIDENTS.assistedHouseholdHead);
    expect(hub.statements.length - before).toBe(1);
    expect(household.map((f) => f.subject).sort()).toEqual([DEMO_RESIDENTS.assistedHouseholdHead, DEMO_RESIDENTS.careCertifiedGrandmother, DEMO_RESIDENTS.disabledSon].sort());

    const dvHousehold = await loader.loadWithHousehold(DEMO_RESIDENTS.dvProtected);
    expect(dvHousehold.find((f) => f.subject === DEMO_RESIDENTS.dvProtected)).toMatchObject({ dvProtection: true });
    expect(await loader.loadWithHousehold('1000099999')).toEqual([expect.objectContaining({ subject: '1000099999', dvProtection: false, consents: [] })]);
  });

  it('costs a resident’s page with the household one statement of facts', async () => {
    const query = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_ASSISTANCE) { familyName household { members { residentNumber familyName } } } }`;
    const before = hub.statements.length;
    const result = await hub.query('assistance-caseworker', query, { n: DEMO_RESIDENTS.assistedHouseholdHead });
    expect(result.errors ?? []).toEqual([]);
    expect(result.data.resident.household.members).toHaveLength(3);
    expect(hub.statements.slice(before).filter((sql) => sql.includes('subject_facts'))).toHaveLength(1);
  });
});
