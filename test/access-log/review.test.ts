import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/policy/settings/policy-settings';
import { changePolicy } from '../../src/policy/settings/policy-store';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { appendTo, type AuditHub, cloneDatabase, draft, startAuditHub } from './support';

const R = DEMO_RESIDENTS.fallingBetween;
const MOTHER = DEMO_RESIDENTS.singleMother;

let databaseUrl: string;
let hub: AuditHub;

/** Entries as the hub writes them for an emergency (protection of life, body or property). */
const emergency = (basisRecordId: string | null, overrides: Parameters<typeof draft>[0] = {}) =>
  draft({
    actorCode: 'electricity-staff',
    actorRole: 'UTILITY_STAFF',
    unitCode: 'utility.electricity',
    organisationCode: 'tsunagu-electric',
    purpose: 'PROTECTION_OF_LIFE_BODY_PROPERTY',
    basis: 'LIFE_BODY_PROPERTY',
    basisRecordId,
    citation: 'APPI art. 69(2)(iv)',
    ...overrides,
  });

const QUEUE = `query Queue($statuses: [ReviewStatus!], $asOf: DateTimeISO) {
  emergencyReviewQueue(statuses: $statuses, asOf: $asOf) {
    reviewKey basisRecordId subjects actors organisations categories accesses firstAt dueAt status overdue reopened
    lastReview { outcome note reviewerCode coversThroughSeq }
    reviews { outcome note }
  }
}`;
const REVIEW = `mutation Review($key: String!, $outcome: ReviewOutcome!, $note: String!) {
  reviewEmergencyAccess(reviewKey: $key, outcome: $outcome, note: $note) { reviewKey status reopened lastReview { outcome note reviewerCode } }
}`;

const queue = async (variables: Record<string, unknown> = {}) => {
  const response = await hub.query('privacy-officer', QUEUE, variables);
  expect(response.errors).toBeUndefined();
  return response.data.emergencyReviewQueue as any[];
};

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hub = await startAuditHub(databaseUrl);
  await appendTo(databaseUrl, hub.settings, [emergency('emergency-A', { action: 'EMERGENCY_DECLARED', category: null, holder: null, fields: [], subject: R })]);
  await appendTo(databaseUrl, hub.settings, [
    emergency('emergency-A', { subject: R, category: 'person.address', holder: 'registry.residents' }),
    emergency('emergency-A', { subject: R, category: 'welfare.public-assistance', holder: 'welfare.public-assistance' }),
  ]);
  await appendTo(databaseUrl, hub.settings, [emergency('emergency-B', { actorCode: 'caseworker', organisationCode: 'tsunagu-csw', subject: MOTHER, category: 'utility.arrears' })]);
  await appendTo(databaseUrl, hub.settings, [emergency(null, { subject: MOTHER, category: 'housing.tenancy' })]);
  // Not emergencies: within purpose, and a refused access.
  await appendTo(databaseUrl, hub.settings, [draft({ basis: 'WITHIN_PURPOSE' }), draft({ decision: 'DENIED' as never, basis: null })]);
});
afterAll(() => hub?.close());

describe('emergency review queue', () => {
  it('lists every emergency awaiting review, grouped by emergency record', async () => {
    const items = await queue();
    expect(items.map((i) => i.reviewKey).sort()).toEqual(['emergency-A', 'emergency-B', expect.stringMatching(/^entry:\d+$/)]);
    const a = items.find((i) => i.reviewKey === 'emergency-A');
    expect(a).toMatchObject({
      basisRecordId: 'emergency-A',
      subjects: [R],
      actors: ['electricity-staff'],
      organisations: ['tsunagu-electric'],
      categories: ['person.address', 'welfare.public-assistance'],
      accesses: 2,
      status: 'PENDING',
      overdue: false,
      reopened: false,
      lastReview: null,
    });
    expect(new Date(a.dueAt).getTime() - new Date(a.firstAt).getTime()).toBe(DEFAULT_POLICY.emergencyReviewDays * 86_400_000);
  });

  it('makes overdue items stand out, first in the queue', async () => {
    const later = new Date(Date.now() + (DEFAULT_POLICY.emergencyReviewDays + 1) * 86_400_000).toISOString();
    const items = await queue({ asOf: later });
    expect(items.every((i) => i.overdue)).toBe(true);
    await hub.query('privacy-officer', REVIEW, { key: 'emergency-B', outcome: 'SIGN_OFF', note: 'Supply stop in winter; justified.' });
    const after = await queue({ asOf: later, statuses: ['PENDING', 'SIGNED_OFF'] });
    expect(after.map((i) => i.overdue)).toEqual([true, true, false]);
    expect(after[2]).toMatchObject({ reviewKey: 'emergency-B', status: 'SIGNED_OFF' });
  });

  it('signs off and flags with a note, keeps the history, and logs the review', async () => {
    const flagged = await hub.query('privacy-officer', REVIEW, { key: 'emergency-A', outcome: 'FLAG', note: '住所の参照は必要最小限を超える。' });
    expect(flagged.data.reviewEmergencyAccess).toMatchObject({ status: 'FLAGGED', lastReview: { outcome: 'FLAGGED', note: '住所の参照は必要最小限を超える。', reviewerCode: 'privacy-officer' } });
    const signed = await hub.query('privacy-officer', REVIEW, { key: 'emergency-A', outcome: 'SIGN_OFF', note: 'Explained by the caseworker; accepted.' });
    expect(signed.data.reviewEmergencyAccess.status).toBe('SIGNED_OFF');
    const [a] = (await queue({ statuses: ['SIGNED_OFF'] })).filter((i) => i.reviewKey === 'emergency-A');
    expect(a.reviews.map((r: any) => r.outcome)).toEqual(['FLAGGED', 'SIGNED_OFF']);
    expect((await queue()).map((i) => i.reviewKey)).toEqual([expect.stringMatching(/^entry:/)]);

    const log = await hub.query('privacy-officer', `{ accessLog(filter: { basisRecordId: "emergency-A", actions: ["EMERGENCY_ACCESS_FLAGGED", "EMERGENCY_ACCESS_SIGNED_OFF"] }) { entries { action actorCode reason basis } } }`);
    expect(log.data.accessLog.entries).toEqual([
      { action: 'EMERGENCY_ACCESS_SIGNED_OFF', actorCode: 'privacy-officer', reason: 'Explained by the caseworker; accepted.', basis: null },
      { action: 'EMERGENCY_ACCESS_FLAGGED', actorCode: 'privacy-officer', reason: '住所の参照は必要最小限を超える。', basis: null },
    ]);
  });

  it('reopens an item accessed again after its review', async () => {
    await appendTo(databaseUrl, hub.settings, [emergency('emergency-A', { subject: R, category: 'utility.arrears' })]);
    const [a] = (await queue()).filter((i) => i.reviewKey === 'emergency-A');
    expect(a).toMatchObject({ status: 'PENDING', reopened: true, accesses: 3, lastReview: { outcome: 'SIGNED_OFF' } });
  });

  it('takes the review deadline from the policy in force', async () => {
    await changePolicy(hub.databases.em('core'), { ...DEFAULT_POLICY, emergencyReviewDays: 3 }, 'privacy-officer', 'Shorter review window');
    const [b] = (await queue({ statuses: ['SIGNED_OFF', 'PENDING'] })).filter((i) => i.reviewKey === 'emergency-B');
    expect(new Date(b.dueAt).getTime() - new Date(b.firstAt).getTime()).toBe(3 * 86_400_000);
  });

  it('refuses a review without a note and one of an unknown item', async () => {
    const noNote = await hub.query('privacy-officer', REVIEW, { key: 'emergency-B', outcome: 'FLAG', note: '   ' });
    expect(noNote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await hub.query('privacy-officer', REVIEW, { key: 'emergency-Z', outcome: 'SIGN_OFF', note: 'ok' });
    expect(unknown.errors?.[0].extensions?.code).toBe('REVIEW_ITEM_NOT_FOUND');
  });
});
