import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../src/server/hub';
import { explain, mutate } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

const CHANGE_POLICY = `mutation($s: PolicySettingsInput!, $r: String!) { changePolicy(settings: $s, reason: $r) { version } }`;
const BASE = { categoryPurposes: [], nhiLevy: 'TAX', emergencyMaxHours: 72, taxViaSupportMeeting: false, taxInEmergency: false, publicOrganLifeProtection: true, emergencyReviewDays: 14 };
const RESIDENT = '1000000001';

let hub: TestHub;
let other: RunningHub;

beforeAll(async () => {
  hub = await startTestHub();
  // A second hub on the same databases, with a policy cache of its own (as a second process would have).
  other = await startHub(hub.config, hub.databases, { port: 0 });
});
afterAll(async () => {
  await other?.stop();
  await hub?.close();
});

/** The same explanation, asked of the other hub. */
async function explainOnOther(): Promise<{ allowed: boolean }> {
  const response = await fetch(other.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('housing-officer')}` },
    body: JSON.stringify({
      query: 'query($n: ID!, $c: [String!]) { explainAccess(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT, categories: $c) { allowed } }',
      variables: { n: RESIDENT, c: ['welfare.housing-benefit'] },
    }),
  });
  const body = (await response.json()) as { data: { explainAccess: { allowed: boolean }[] } };
  return body.data.explainAccess[0];
}

describe('the policy in force, cached per version', () => {
  it('is in force on every hub from the next request after a change, whichever hub made it', async () => {
    expect((await explain(hub, 'housing-officer', RESIDENT, 'PUBLIC_HOUSING_MANAGEMENT', 'welfare.housing-benefit')).allowed).toBe(false);
    expect((await explainOnOther()).allowed).toBe(false);

    const widened = { ...BASE, categoryPurposes: [{ category: 'welfare.housing-benefit', purposes: ['HOUSING_SECURITY_BENEFIT', 'SELF_RELIANCE_SUPPORT', 'PUBLIC_HOUSING_MANAGEMENT'] }] };
    await mutate(hub, 'privacy-officer', CHANGE_POLICY, { s: widened, r: '住居確保給付金の記録を公営住宅の管理に用いる（条例改正）' });
    expect((await explainOnOther()).allowed).toBe(true);
    expect((await explain(hub, 'housing-officer', RESIDENT, 'PUBLIC_HOUSING_MANAGEMENT', 'welfare.housing-benefit')).allowed).toBe(true);

    await mutate(hub, 'privacy-officer', CHANGE_POLICY, { s: BASE, r: '条例改正の施行延期により元の運用に戻す' });
    expect((await explainOnOther()).allowed).toBe(false);
    expect((await explain(hub, 'housing-officer', RESIDENT, 'PUBLIC_HOUSING_MANAGEMENT', 'welfare.housing-benefit')).allowed).toBe(false);
  });

  it('costs a request no statement of its own: the version is read with the actor, the settings once per version', async () => {
    await explain(hub, 'housing-officer', RESIDENT, 'PUBLIC_HOUSING_MANAGEMENT', 'housing.arrears');
    const before = hub.statements.length;
    await explain(hub, 'housing-officer', RESIDENT, 'PUBLIC_HOUSING_MANAGEMENT', 'housing.arrears');
    const policyReads = hub.statements.slice(before).filter((sql) => sql.includes('policy_version'));
    expect(policyReads).toHaveLength(1);
    expect(policyReads[0]).toContain('"organisation"."staff"');
  });
});
