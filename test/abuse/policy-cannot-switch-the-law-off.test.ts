import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, mutate } from '../support/graph-helpers';
import { plainResidents } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #13, class 6: what the law fixes is not policy data. A change that would open tax data
 * beyond tax purposes, widen special-care data's purposes, open the DV flag or name a non-tax field in
 * a minimal tax set is refused with the article, logged, and changes nothing; what a municipality may
 * really choose stays configurable.
 */
let hub: TestHub;
let n: string;
const CHANGE = `mutation($s: PolicySettingsInput!) { changePolicy(settings: $s, reason: "方針の見直し（検証）") { version } }`;
const BASE = { categoryPurposes: [], nhiLevy: 'TAX', emergencyMaxHours: 72, taxViaSupportMeeting: false, taxInEmergency: false, publicOrganLifeProtection: true, emergencyReviewDays: 14 };

beforeAll(async () => {
  hub = await startTestHub();
  [n] = await plainResidents(hub, 1, '1000000500');
});
afterAll(() => hub?.close());

const version = async () => (await hub.query('privacy-officer', '{ policySettings { version } }')).data.policySettings.version;

describe('a policy change that would switch the law off', () => {
  const refused: [string, Record<string, unknown>, RegExp][] = [
    ['tax arrears for public-housing management (地方税法 §22)', { categoryPurposes: [{ category: 'tax.arrears', purposes: ['TAX_ASSESSMENT_AND_COLLECTION', 'PUBLIC_HOUSING_MANAGEMENT'] }] }, /地方税法 §22/],
    ['the DV flag for public-housing management', { categoryPurposes: [{ category: 'person.protection', purposes: ['RESIDENT_REGISTRY', 'PUBLIC_HOUSING_MANAGEMENT'] }] }, /69\(2\) proviso/],
    ['disability certificates for self-reliance support (special care)', { categoryPurposes: [{ category: 'welfare.disability', purposes: ['DISABILITY_WELFARE', 'SELF_RELIANCE_SUPPORT'] }] }, /APPI art\. 2\(3\)/],
    ['a non-tax field in a minimal tax set', { taxFieldsByPurpose: [{ purpose: 'PUBLIC_HOUSING_MANAGEMENT', fields: ['Resident.address', 'TaxArrears.amountYen'] }] }, /Resident\.address/],
  ];

  for (const [what, change, article] of refused) {
    it(`is refused, with the article, logged, and changes nothing: ${what}`, async () => {
      const before = await version();
      const response = await hub.query('privacy-officer', CHANGE, { s: { ...BASE, ...change } });
      expect(response.errors?.[0].extensions?.code).toBe('POLICY_FIXED_BY_LAW');
      expect(response.errors?.[0].message).toMatch(article);
      expect(response.errors?.[0].extensions?.messageJa).toMatch(/法/);
      expect(await version()).toBe(before);
      const log = await hub.query('privacy-officer', '{ accessLog(filter: { actions: ["POLICY_CHANGE_REFUSED"] }, first: 1) { entries { decision actorCode reason } } }');
      expect(log.data.accessLog.entries[0]).toMatchObject({ decision: 'DENIED', actorCode: 'privacy-officer', reason: expect.stringMatching(article) });
    });
  }

  it('leaves tax data closed to the housing officer after the refusal', async () => {
    expect((await explain(hub, 'housing-officer', n, 'PUBLIC_HOUSING_MANAGEMENT', 'tax.arrears')).allowed).toBe(false);
  });

  it('still lets the municipality choose what is its to choose: tax in a meeting’s scope by ordinance, an ordinary category’s purposes', async () => {
    const changed = await mutate(hub, 'privacy-officer', CHANGE, {
      s: { ...BASE, taxViaSupportMeeting: true, categoryPurposes: [{ category: 'housing.consultation', purposes: ['HOUSING_CONSULTATION', 'PUBLIC_HOUSING_MANAGEMENT', 'SELF_RELIANCE_SUPPORT'] }] },
    });
    expect(changed.version).toBeGreaterThan(0);
    await mutate(hub, 'privacy-officer', CHANGE, { s: BASE });
  });

  it('logs a change attempted by anyone but the privacy officer', async () => {
    const response = await hub.query('tax-officer', CHANGE, { s: { ...BASE, categoryPurposes: [{ category: 'tax.arrears', purposes: ['PUBLIC_HOUSING_MANAGEMENT'] }] } });
    expect(response.errors?.[0].extensions?.code).toBe('ROLE_NOT_PERMITTED');
    const log = await hub.query('privacy-officer', '{ accessLog(filter: { actorCode: "tax-officer", actions: ["POLICY_CHANGE_REFUSED"] }, first: 1) { entries { decision } } }');
    expect(log.data.accessLog.entries).toEqual([{ decision: 'DENIED' }]);
  });
});
