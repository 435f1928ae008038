import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denialOf, mutate } from '../support/graph-helpers';
import { asSeen, day, sql } from '../support/differential';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Issue #14, item 5: a purpose that may hold a tax consent gets the minimal set of tax fields it
 * needs (2011 MIC notice, point 1; 地方税法 §22). A public-housing application checks that the
 * applicant has not neglected their tax duties (納税義務を怠っていない者, seed 000 L1845–1847): the
 * applicant's written consent releases that yes-or-no and nothing else.
 */
let hub: TestHub;
let withArrears: string[];
let clear: string[];
const RECORD = `mutation($i: HousingApplicationConsentInput!) { recordHousingApplicationConsent(input: $i, purpose: PUBLIC_HOUSING_MANAGEMENT) { id confirmationRequired categories dataControllers } }`;
const CONFIRM = `mutation($id: ID!) { confirmConsent(id: $id, note: "入居申込書の同意欄の署名を確認した", purpose: TAX_ASSESSMENT_AND_COLLECTION) { id confirmedBy } }`;
const APPLICANT = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) {
  familyName taxPaidInFull taxArrears { amountYen } taxAssessments { taxable } nhiArrears { amountYen } } }`;

async function residents(condition: string): Promise<string[]> {
  const rows = await sql(hub, `SELECT r.resident_number FROM resident.resident r WHERE r.resident_number > '1000000300' AND NOT r.dv_protection AND ${condition} ORDER BY 1 LIMIT 3`);
  return rows.map((r) => r.resident_number);
}

async function consentAndConfirm(residentNumber: string) {
  const consent = await mutate(hub, 'housing-officer', RECORD, {
    i: { residentNumber, method: 'WRITTEN', evidenceReference: `入居申込書 H-${residentNumber}`, validFrom: day(0) },
  });
  await mutate(hub, 'tax-officer', CONFIRM, { id: consent.id });
  return consent;
}

beforeAll(async () => {
  hub = await startTestHub();
  const arrears = 'EXISTS (SELECT 1 FROM tax.tax_arrears a WHERE a.resident_number = r.resident_number)';
  withArrears = await residents(arrears);
  clear = await residents(`NOT ${arrears}`);
});
afterAll(() => hub?.close());

describe('a public-housing application’s consent (公営住宅入居申込書の同意欄)', () => {
  it('covers tax arrears held by the tax office alone, and — recorded by the housing section — waits for the tax office to confirm it', async () => {
    const n = withArrears[0];
    const consent = await mutate(hub, 'housing-officer', RECORD, { i: { residentNumber: n, method: 'WRITTEN', evidenceReference: '入居申込書 H-1', validFrom: day(0) } });
    expect(consent).toMatchObject({ confirmationRequired: true, categories: ['tax.arrears'], dataControllers: ['tax.taxation'] });
    const before = await hub.query('housing-officer', APPLICANT, { n });
    expect(before.data.resident.taxPaidInFull).toBeNull();
    await mutate(hub, 'tax-officer', CONFIRM, { id: consent.id });
    const after = await hub.query('housing-officer', APPLICANT, { n });
    expect(after.data.resident.taxPaidInFull).toBe(false);
  });

  it('releases whether the applicant is clear of arrears and nothing else: not the amount, not the assessment, not NHI', async () => {
    for (const [n, expected] of [[withArrears[1], false], [clear[0], true]] as const) {
      await consentAndConfirm(n);
      const response = await hub.query('housing-officer', APPLICANT, { n });
      expect(response.data.resident).toMatchObject({ taxPaidInFull: expected, taxArrears: null, taxAssessments: null, nhiArrears: null });
      const refused = Object.fromEntries((response.errors ?? []).map((e) => [e.path?.join('.'), e]));
      expect(denialOf(response, refused['resident.taxArrears']).category).toBe('tax.arrears');
      expect(denialOf(response, refused['resident.taxAssessments']).category).toBe('tax.assessment');
      expect(denialOf(response, refused['resident.nhiArrears']).category).toBe('nhi.arrears');
    }
  });

  it('without the consent the housing section learns nothing — the same answer whether or not the applicant owes tax', async () => {
    const [owes, owesNothing] = [withArrears[2], clear[1]];
    const a = await hub.query('housing-officer', APPLICANT, { n: owes });
    const b = await hub.query('housing-officer', APPLICANT, { n: owesNothing });
    expect(a.data.resident.taxPaidInFull).toBeNull();
    const [familyA, familyB] = [a.data.resident.familyName, b.data.resident.familyName];
    expect(asSeen(a, { [owes]: 'N', [familyA]: 'F' }).replace(/"requestId":"[^"]+"/g, '')).toBe(asSeen(b, { [owesNothing]: 'N', [familyB]: 'F' }).replace(/"requestId":"[^"]+"/g, ''));
  });

  it('is a documented consent: an oral one is refused and nothing is recorded', async () => {
    const n = clear[2];
    const response = await hub.query('housing-officer', RECORD, { i: { residentNumber: n, method: 'ORAL_IN_PERSON', evidenceReference: '電話', validFrom: day(0) } });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'method' });
    expect(await sql(hub, 'SELECT id FROM consent.consent WHERE resident_number = $1', [n])).toEqual([]);
  });

  it('serves no other purpose: the same consent does not open the arrears for housing consultation', async () => {
    const n = withArrears[1];
    const response = await hub.query('housing-officer', `query($n: ID!) { resident(residentNumber: $n, purpose: HOUSING_CONSULTATION) { taxPaidInFull } }`, { n });
    expect(response.data.resident.taxPaidInFull).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
  });
});
