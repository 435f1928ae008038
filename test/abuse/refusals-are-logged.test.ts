import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate } from '../support/graph-helpers';
import { day } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';

/**
 * Issue #13, "the log sees every refusal": a tax field refused because the purpose does not need it
 * (地方税法 §22 minimal set) is logged as a denial of that field, not folded into the allowed
 * category; lookups, policy changes, referrals and rate limits are logged by their own tests
 * (lookups-are-not-oracles, policy-cannot-switch-the-law-off, flows-obey-the-rules).
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe('a tax field outside the purpose’s minimal set', () => {
  it('is answered ACCESS_DENIED and logged as a DENIED entry naming the field, beside the allowed fields', async () => {
    const n = DEMO_RESIDENTS.fallingBetween;
    const given = await mutate(hub, 'caseworker', 'mutation($i: RecordConsentInput!) { recordConsent(input: $i, purpose: SELF_RELIANCE_SUPPORT) { id } }', {
      i: {
        residentNumber: n, recipients: ['welfare.self-reliance'], dataControllers: ['tax.taxation'], categories: ['tax.assessment'], purposes: ['SELF_RELIANCE_SUPPORT'],
        method: 'WRITTEN', form: 'TAX_INFORMATION_FORM', evidenceReference: '税務情報同意書 L-1', explanationGiven: true, validFrom: day(-1),
      },
    });
    await mutate(hub, 'tax-officer', 'mutation($id: ID!) { confirmConsent(id: $id, note: "署名済みの同意書原本を確認した", purpose: TAX_ASSESSMENT_AND_COLLECTION) { id } }', { id: given.id });
    const response = await hub.query('caseworker', 'query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { taxAssessments { taxable annualTaxYen } } }', { n });
    expect(response.data.resident.taxAssessments[0].annualTaxYen).toBeNull();
    const requestId = await lastRequestId(n);
    const log = await hub.query('privacy-officer', `query($r: String!) { accessLog(filter: { requestId: $r, categories: ["tax.assessment"] }, first: 10) { entries { decision fields basis reason } } }`, { r: requestId });
    const entries = log.data.accessLog.entries as any[];
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ decision: 'ALLOWED', basis: 'CONSENT', fields: expect.arrayContaining(['ResidentTaxAssessment.taxable']) }),
        expect.objectContaining({ decision: 'DENIED', fields: ['ResidentTaxAssessment.annualTaxYen'], reason: expect.stringContaining('地方税法 §22') }),
      ]),
    );
    expect(entries.find((e) => e.decision === 'ALLOWED').fields).not.toContain('ResidentTaxAssessment.annualTaxYen');
  });
});

async function lastRequestId(subject: string): Promise<string> {
  const log = await hub.query('privacy-officer', `query($n: ID!) { accessLog(filter: { subject: $n, actorCode: "caseworker", actions: ["READ"] }, first: 1) { entries { requestId } } }`, { n: subject });
  return log.data.accessLog.entries[0].requestId;
}
