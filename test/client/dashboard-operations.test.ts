import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubClient, type HubClient } from '../../src/examples/hub-client';
import {
  AccessLogSearchDocument,
  AccessSummaryDocument,
  DisclosureReportDocument,
  EmergencyReviewQueueDocument,
  HousingAccessPreviewDocument,
  ReviewEmergencyAccessDocument,
  TenancyRegisterDocument,
  TenantFileDocument,
  VerifyAccessLogDocument,
} from '../../src/generated/graphql';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let housing: HubClient;
let auditor: HubClient;

beforeAll(async () => {
  hub = await startTestHub();
  housing = hubClient(hub.url, await hub.token('housing-officer'));
  auditor = hubClient(hub.url, await hub.token('privacy-officer'));
});
afterAll(() => hub?.close());

const R = DEMO_RESIDENTS.fallingBetween;

describe("the housing officer's screen (schema/operations/housing-officer.graphql)", () => {
  it('reads a tenant file: tenancy, arrears with guidance, household', async () => {
    const { data, errors } = await housing.execute(TenantFileDocument, { residentNumber: R, purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(errors ?? []).toEqual([]);
    expect(data?.resident?.publicHousingTenancies).toHaveLength(1);
    expect(data?.resident?.rentArrears?.[0].monthsInArrears).toBe(6);
    expect(data?.resident?.household?.members?.map((m) => m.residentNumber)).toContain(R);
  });

  it('pages through the tenancy register and asks before asking', async () => {
    const page = await housing.execute(TenancyRegisterDocument, { purpose: 'PUBLIC_HOUSING_MANAGEMENT', status: 'ACTIVE', limit: 5 });
    expect(page.data?.publicHousingTenancies.map((t) => t.status)).toEqual(Array(5).fill('ACTIVE'));
    const preview = await housing.execute(HousingAccessPreviewDocument, { residentNumber: R, purpose: 'PUBLIC_HOUSING_MANAGEMENT', categories: ['housing.arrears', 'tax.arrears'] });
    expect(preview.data?.explainAccess.map((e) => [e.category, e.allowed])).toEqual([
      ['housing.arrears', true],
      ['tax.arrears', false],
    ]);
  });
});

describe("the auditor's console (schema/operations/auditor-console.graphql)", () => {
  it('finds the housing officer’s reads in the log, summarised, and in the resident’s disclosure report', async () => {
    await housing.execute(TenantFileDocument, { residentNumber: R, purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
    const log = await auditor.execute(AccessLogSearchDocument, { filter: { subject: R, actorCode: 'housing-officer' }, first: 10 });
    expect(log.errors).toBeUndefined();
    expect(log.data?.accessLog.totalCount).toBeGreaterThan(0);
    expect(log.data?.accessLog.entries.every((e) => e.subject === R && e.actorCode === 'housing-officer')).toBe(true);

    const summary = await auditor.execute(AccessSummaryDocument, { filter: { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), subject: R } });
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.accessLogSummary.some((row) => row.category === 'housing.arrears' && row.decision === 'ALLOWED')).toBe(true);

    const report = await auditor.execute(DisclosureReportDocument, { residentNumber: R });
    expect(report.errors).toBeUndefined();
    expect(report.data?.disclosureReport.lines.length).toBeGreaterThan(0);
  });

  it('verifies the chain, lists the review queue and refuses to review what does not exist', async () => {
    const verification = await auditor.execute(VerifyAccessLogDocument, {});
    expect(verification.data?.verifyAccessLog.intact).toBe(true);
    const queue = await auditor.execute(EmergencyReviewQueueDocument, {});
    expect(queue.errors).toBeUndefined();
    expect(Array.isArray(queue.data?.emergencyReviewQueue)).toBe(true);
    const review = await auditor.execute(ReviewEmergencyAccessDocument, { reviewKey: 'no-such-key', outcome: 'SIGN_OFF', note: 'checked' });
    expect(review.errors?.[0].extensions?.code).toBe('REVIEW_ITEM_NOT_FOUND');
  });
});
