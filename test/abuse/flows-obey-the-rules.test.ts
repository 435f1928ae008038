import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../support/graph-helpers';
import { asSeen, day, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #13, class 7: a referral is a provision too, narrowed exactly like a read — tax secrecy keeps
 * tax facts out of the meeting unless the municipality decided otherwise by ordinance, and where the
 * person lives is never sent, for every resident alike (so a refusal says nothing about DV).
 */
let hub: TestHub;
let meetingId: string;
let pool: string[];
const REFER = `mutation($i: ReferConcerningCaseInput!, $p: Purpose!) { referConcerningCase(input: $i, purpose: $p) { id } }`;
const BASE = { categoryPurposes: [], nhiLevy: 'TAX', emergencyMaxHours: 72, taxInEmergency: false, publicOrganLifeProtection: true, emergencyReviewDays: 14 };
const setTaxViaMeeting = (on: boolean) =>
  mutate(hub, 'privacy-officer', `mutation($s: PolicySettingsInput!) { changePolicy(settings: $s, reason: "条例による支援会議での税務情報の扱い") { version } }`, { s: { ...BASE, taxViaSupportMeeting: on } });

beforeAll(async () => {
  hub = await startTestHub();
  pool = (await sql(hub, 'SELECT DISTINCT a.resident_number FROM tax.tax_arrears a JOIN resident.resident r USING (resident_number) WHERE NOT r.dv_protection ORDER BY 1 LIMIT 5')).map((r: any) => r.resident_number);
  const meeting = await mutate(hub, 'meeting-secretariat', 'mutation($i: CreateSupportMeetingInput!) { createSupportMeeting(input: $i) { id } }', {
    i: { name: '通知検証の支援会議', legalBasis: 'SELF_RELIANCE_SUPPORT_ACT_ART_9', scopeCategories: ['tax.arrears', 'housing.arrears'], establishedOn: day(-30) },
  });
  meetingId = meeting.id;
});
afterAll(() => hub?.close());

const referrals = async () => (await hub.query('meeting-secretariat', 'query($m: ID!) { concerningCaseReferrals(meetingId: $m, purpose: SELF_RELIANCE_SUPPORT) { id } }', { m: meetingId })).data.concerningCaseReferrals;

describe('a referral (気になる事案の通知) is narrowed like a read', () => {
  it('keeps the tax office’s facts out of the meeting (地方税法 §22), logs the refusal and stores nothing', async () => {
    const before = (await referrals()).length;
    const response = await hub.query('tax-officer', REFER, {
      p: 'TAX_ASSESSMENT_AND_COLLECTION',
      i: { residentNumber: pool[0], meetingId, facts: [{ category: 'tax.arrears', summary: '住民税の滞納が2年分あり、納税相談にも来所しない' }] },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'ACCESS_DENIED', category: 'tax.arrears' });
    expect(response.errors?.[0].message).toContain('地方税法 §22');
    expect((await referrals()).length).toBe(before);
    const log = await hub.query('privacy-officer', '{ accessLog(filter: { actions: ["REFERRAL_REFUSED"] }, first: 1) { entries { actorCode decision category subject } } }');
    expect(log.data.accessLog.entries[0]).toMatchObject({ actorCode: 'tax-officer', decision: 'DENIED', category: 'tax.arrears', subject: pool[0] });
  });

  it('lets tax facts through once the municipality has decided so by ordinance', async () => {
    await setTaxViaMeeting(true);
    try {
      await mutate(hub, 'tax-officer', REFER, {
        p: 'TAX_ASSESSMENT_AND_COLLECTION',
        i: { residentNumber: pool[1], meetingId, facts: [{ category: 'tax.arrears', summary: '住民税の滞納が2年分あり、納税相談にも来所しない' }] },
      });
    } finally {
      await setTaxViaMeeting(false);
    }
  });

  it('never sends where the person lives — refused alike for a resident under DV protection and any other', async () => {
    const tenants = (await sql(hub, 'SELECT DISTINCT t.resident_number FROM housing.public_housing_tenancy t ORDER BY 1 LIMIT 2')).map((r: any) => r.resident_number);
    await sql(hub, 'UPDATE resident.resident SET dv_protection = true WHERE resident_number = $1', [tenants[0]]);
    const refer = (n: string) =>
      hub.query('housing-officer', REFER, { p: 'PUBLIC_HOUSING_MANAGEMENT', i: { residentNumber: n, meetingId, facts: [{ category: 'housing.tenancy', summary: '団地の住戸で異臭がすると近隣から連絡があった' }] } });
    const [protectedOne, other] = await Promise.all(tenants.map(refer));
    expect(protectedOne.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
    expect(asSeen(protectedOne, { [tenants[0]]: 'N' })).toBe(asSeen(other, { [tenants[1]]: 'N' }));
  });
});
