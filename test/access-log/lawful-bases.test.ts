import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { asSuperuser, type AuditHub, cloneDatabase, startAuditHub } from './support';

/** Reads made under a consent and under an emergency, through the policy engine's own mutations. */

const R = DEMO_RESIDENTS.fallingBetween;
const OTHER = DEMO_RESIDENTS.singleMother;
const today = (offset = 0) => new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

let databaseUrl: string;
let hub: AuditHub;

async function mutate(actor: string, query: string, variables: Record<string, unknown>) {
  const response = await hub.query(actor, query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data)[0] as any;
}

async function readEntries(subject: string, action = 'READ') {
  return asSuperuser(databaseUrl, async (db) =>
    (await db.query('SELECT * FROM audit.access_log_entry WHERE subject = $1 AND action = $2 ORDER BY seq', [subject, action])).rows,
  );
}

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hub = await startAuditHub(databaseUrl);
});
afterAll(() => hub?.close());

describe('entries name the basis record and the article', () => {
  it('logs a read under a written consent with the consent id and APPI art. 69(2)(i)', async () => {
    const consent = await mutate('caseworker', `mutation($input: RecordConsentInput!) { recordConsent(input: $input, purpose: SELF_RELIANCE_SUPPORT) { id } }`, {
      input: {
        residentNumber: R,
        recipients: ['welfare.self-reliance'],
        dataControllers: ['housing.public-housing'],
        categories: ['housing.arrears'],
        purposes: ['SELF_RELIANCE_SUPPORT'],
        method: 'WRITTEN',
        form: 'INTAKE_FORM',
        evidenceReference: '相談受付・申込票 No.2026-0042',
        explanationGiven: true,
        validFrom: today(-1),
      },
    });
    const read = await hub.query('caseworker', `query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { rentArrears { monthsInArrears } } }`, { n: R });
    expect(read.data.resident.rentArrears).not.toBeNull();

    const arrears = (await readEntries(R)).filter((e) => e.category === 'housing.arrears');
    expect(arrears).toHaveLength(1);
    expect(arrears[0]).toMatchObject({ actor_code: 'caseworker', decision: 'ALLOWED', basis: 'CONSENT', basis_record_id: consent.id, citation: 'APPI art. 69(2)(i)' });
    expect((await readEntries(R, 'CONSENT_RECORDED'))[0]).toMatchObject({ basis_record_id: consent.id, operation: expect.any(String) });
  });

  it('logs reads under an emergency, which then await the privacy officer’s review', async () => {
    const emergency = await mutate(
      'caseworker',
      `mutation($input: DeclareEmergencyInput!) { declareEmergency(input: $input, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }`,
      {
        input: {
          residentNumber: OTHER,
          categories: ['person.identity', 'housing.arrears'],
          hours: 24,
          reason: 'ガスが止まり、子どもと連絡が取れない',
          consentDifficulty: 'UNREACHABLE',
          consentDifficultyNote: '電話・訪問とも応答なし',
        },
      },
    );
    await hub.query('caseworker', `query($n: ID!) { resident(residentNumber: $n, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { givenName rentArrears { monthsInArrears } } }`, { n: OTHER });
    const arrears = (await readEntries(OTHER)).find((e) => e.category === 'housing.arrears');
    expect(arrears).toMatchObject({ decision: 'ALLOWED', basis: 'LIFE_BODY_PROPERTY', basis_record_id: emergency.id, citation: 'APPI art. 69(2)(iv)' });

    const queue = await hub.query('privacy-officer', '{ emergencyReviewQueue { reviewKey subjects actors categories accesses status overdue } }');
    expect(queue.data.emergencyReviewQueue).toContainEqual({
      reviewKey: emergency.id,
      subjects: [OTHER],
      actors: ['caseworker'],
      categories: ['housing.arrears', 'person.identity'],
      accesses: 2,
      status: 'PENDING',
      overdue: false,
    });
  });
});
