import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { mutate } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * A consent withdrawn, a case closed or an emergency ended while requests are in flight: once the
 * change has committed, no request that starts afterwards is served under it.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const day = (offset: number) => new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const N = DEMO_RESIDENTS.fallingBetween;

async function rentArrears(purpose: string): Promise<boolean> {
  const response = await hub.query('caseworker', `{ resident(residentNumber: "${N}", purpose: ${purpose}) { rentArrears { monthsInArrears } } }`);
  return Array.isArray(response.data?.resident?.rentArrears);
}

/** Fires requests continuously while `change` runs; then every request started after it must be refused. */
async function raceAgainst(change: () => Promise<unknown>, purpose: string) {
  let running = true;
  const inFlight: Promise<boolean>[] = [];
  const load = (async () => {
    // Bounded, so that a slow machine tests the same race rather than queueing thousands of requests.
    while (running && inFlight.length < 150) {
      inFlight.push(rentArrears(purpose));
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  await new Promise((r) => setTimeout(r, 100));
  await change();
  const after = await Promise.all(Array.from({ length: 40 }, () => rentArrears(purpose)));
  running = false;
  await load;
  const during = await Promise.all(inFlight);
  return { during, after };
}

describe('changes while requests are in flight', () => {
  it('a withdrawn consent serves no request that starts after the withdrawal', async () => {
    const consent = await mutate(hub, 'caseworker', 'mutation($i: RecordConsentInput!) { recordConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }', {
      i: { residentNumber: N, recipients: ['welfare.self-reliance'], dataControllers: ['tsunagu-city'], categories: ['housing.arrears'], purposes: ['SELF_RELIANCE_SUPPORT'], method: 'WRITTEN', evidenceReference: '同意書 2026-0099', explanationGiven: true, validFrom: day(-1) },
    });
    expect(await rentArrears('SELF_RELIANCE_SUPPORT')).toBe(true);
    const { during, after } = await raceAgainst(
      () => mutate(hub, 'caseworker', 'mutation($id: ID!) { withdrawConsent(id: $id, purpose: SELF_RELIANCE_SUPPORT) { id } }', { id: consent.id }),
      'SELF_RELIANCE_SUPPORT',
    );
    expect(during.some(Boolean)).toBe(true);
    expect(after.every((served) => !served)).toBe(true);
  });

  it('a closed case serves no request that starts after the closing', async () => {
    const meeting = await mutate(hub, 'meeting-secretariat', 'mutation($i: CreateSupportMeetingInput!) { createSupportMeeting(input: $i) { id } }', {
      i: { name: '支援会議', legalBasis: 'SELF_RELIANCE_SUPPORT_ACT_ART_9', scopeCategories: ['housing.arrears'], establishedOn: day(-10) },
    });
    for (const unitCode of ['welfare.self-reliance', 'housing.public-housing']) {
      await mutate(hub, 'meeting-secretariat', 'mutation($i: AddMeetingMemberInput!) { addMeetingMember(input: $i) { id } }', {
        i: { meetingId: meeting.id, unitCode, memberFrom: day(-10), confidentialityAcknowledgedOn: day(-10) },
      });
    }
    const tabled = await mutate(hub, 'meeting-secretariat', 'mutation($i: TableCaseInput!) { tableCase(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }', {
      i: { meetingId: meeting.id, residentNumber: N, tabledOn: day(-1) },
    });
    expect(await rentArrears('SELF_RELIANCE_SUPPORT')).toBe(true);
    const { after } = await raceAgainst(
      () => mutate(hub, 'meeting-secretariat', 'mutation($id: ID!, $on: LocalDate!) { closeCase(caseId: $id, closedOn: $on, purpose: SELF_RELIANCE_SUPPORT) { id } }', { id: tabled.id, on: day(0) }),
      'SELF_RELIANCE_SUPPORT',
    );
    expect(after.every((served) => !served)).toBe(true);
  });

  it('an ended emergency serves no request that starts after it ended', async () => {
    const emergency = await mutate(hub, 'caseworker', 'mutation($i: DeclareEmergencyInput!) { declareEmergency(input: $i, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }', {
      i: { residentNumber: N, categories: ['person.identity', 'housing.arrears'], hours: 2, reason: '安否確認が取れず生命の危険が懸念される', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '訪問・電話とも応答がない状態が続いている' },
    });
    expect(await rentArrears('PROTECTION_OF_LIFE_BODY_PROPERTY')).toBe(true);
    const { after } = await raceAgainst(
      () => mutate(hub, 'caseworker', 'mutation($id: ID!) { endEmergency(id: $id, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }', { id: emergency.id }),
      'PROTECTION_OF_LIFE_BODY_PROPERTY',
    );
    expect(after.every((served) => !served)).toBe(true);
  });
});
