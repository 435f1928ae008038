import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { explain, mutate } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

/** Utility reports of customers at risk (seed 004; seed 003 L8287–8380), through the API against real PostgreSQL. */
let hub: TestHub;

async function query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: hub.config.databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const REPORT = `mutation($i: ReportCustomerAtRiskInput!, $p: Purpose!) { reportCustomerAtRisk(input: $i, purpose: $p) { id received message { en ja } } }`;
const LIST = `{ utilityReports(purpose: SELF_RELIANCE_SUPPORT) { id reportingUnit basis residentNumber outreachCaseId match { status candidates } } }`;

async function describePerson(residentNumber: string) {
  const [r] = await query(
    "SELECT family_name, given_name, family_name_kana, given_name_kana, to_char(date_of_birth, 'YYYY/FMMM/FMDD') AS dob, address FROM resident.resident WHERE resident_number = $1",
    [residentNumber],
  );
  return r;
}

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

describe('a utility reports a customer at risk', () => {
  let lifeReportId: string;

  it('to protect life, body or property: the reporter gets a receipt that says nothing about the person', async () => {
    const r = await describePerson(DEMO_RESIDENTS.fallingBetween);
    const input = {
      service: 'ELECTRICITY',
      customerNumber: 'E0000000001',
      person: { name: `${r.family_name} ${r.given_name}`, nameKana: `${r.family_name_kana}　${r.given_name_kana}`, dateOfBirth: r.dob, address: r.address.replace('みなと県', '') },
      monthsInArrears: 4,
      amountYen: 38_000,
      supplyStopScheduledOn: '2026-12-01',
      circumstances: '冬季の供給停止予定。高齢の単身世帯で、訪問・電話とも応答がない。',
      basis: 'LIFE_BODY_PROPERTY',
      risk: { reason: '厳冬期に電気が止まると生命に危険が及ぶおそれがある', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '3回訪問したが応答がなく、電話もつながらない' },
    };
    const known = await mutate(hub, 'electricity-staff', REPORT, { i: input, p: 'PROTECTION_OF_LIFE_BODY_PROPERTY' });
    const unknown = await mutate(hub, 'electricity-staff', REPORT, {
      i: { ...input, customerNumber: 'E0000009999', person: { name: '存在 しない', dateOfBirth: '1950/1/1', address: '港町99-99' } },
      p: 'PROTECTION_OF_LIFE_BODY_PROPERTY',
    });
    expect(Object.keys(known).sort()).toEqual(['id', 'message', 'received']);
    expect({ ...known, id: undefined }).toEqual({ ...unknown, id: undefined });
    lifeReportId = known.id;
  });

  it('reaches the agency, which sees it linked to the resident and opens an outreach case', async () => {
    const list = await hub.query('caseworker', LIST);
    expect(list.errors).toBeUndefined();
    const report = list.data.utilityReports.find((r: any) => r.id === lifeReportId);
    expect(report).toMatchObject({ reportingUnit: 'utility.electricity', basis: 'LIFE_BODY_PROPERTY', residentNumber: DEMO_RESIDENTS.fallingBetween, match: { status: 'AUTO_MATCHED' } });
    const opened = await mutate(hub, 'caseworker', 'mutation($r: ID!) { openOutreachCase(reportId: $r, purpose: SELF_RELIANCE_SUPPORT) { outreachCaseId } }', { r: lifeReportId });
    expect(opened.outreachCaseId).toBeGreaterThan(0);
    const cases = await hub.query('caseworker', 'query($n: ID!) { resident(residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { selfRelianceCases { intakeChannel mainConcerns } } }', { n: DEMO_RESIDENTS.fallingBetween });
    expect(cases.data.resident.selfRelianceCases).toContainEqual({ intakeChannel: 'OUTREACH', mainConcerns: ['UTILITY_ARREARS'] });
  });

  it('puts a life/body/property report in the privacy officer’s review queue', async () => {
    const queue = await hub.query('privacy-officer', '{ emergencyReviewQueue { basisRecordId actors } }');
    expect(queue.errors).toBeUndefined();
    const item = queue.data.emergencyReviewQueue.find((i: any) => i.basisRecordId === lifeReportId);
    // The provision by the utility, and the agency's outreach that used it.
    expect(item.actors).toEqual(expect.arrayContaining(['electricity-staff', 'caseworker']));
  });

  it('shows the reporter nothing of the city: not the resident, not the agency’s reports', async () => {
    const own = await hub.query('electricity-staff', LIST.replace('SELF_RELIANCE_SUPPORT', 'UTILITY_SUPPLY'));
    expect(own.data?.utilityReports ?? []).toEqual([]);
    const resident = await hub.query('electricity-staff', 'query($n: ID!) { resident(residentNumber: $n, purpose: UTILITY_SUPPLY) { familyName } }', { n: DEMO_RESIDENTS.fallingBetween });
    expect(resident.data.resident).toBeNull();
  });

  it('with consent: the consent goes into the registry under the utility, and grants the agency what it covers', async () => {
    const r = await describePerson(DEMO_RESIDENTS.singleMother);
    await mutate(hub, 'gas-staff', REPORT, {
      i: {
        service: 'GAS',
        customerNumber: 'G0000000002',
        person: { name: `${r.family_name}${r.given_name}`, nameKana: `${r.family_name_kana} ${r.given_name_kana}`, dateOfBirth: r.dob, address: r.address },
        monthsInArrears: 3,
        amountYen: 21_000,
        circumstances: '料金相談の際、生活が苦しいとの申出があった。',
        basis: 'CONSENT',
        consent: { method: 'ORAL_BY_PHONE', attestation: '電話で本人確認のうえ、市の相談窓口へ情報提供することに同意を得た' },
      },
      p: 'UTILITY_SUPPLY',
    });
    const listed = await hub.query('caseworker', LIST);
    expect(listed.data.utilityReports.find((x: any) => x.reportingUnit === 'utility.gas')).toMatchObject({ residentNumber: DEMO_RESIDENTS.singleMother });
    const entry = await explain(hub, 'caseworker', DEMO_RESIDENTS.singleMother, 'SELF_RELIANCE_SUPPORT', 'utility.arrears', 'utility.gas');
    expect(entry).toMatchObject({ allowed: true, basis: 'CONSENT', citation: { en: 'APPI art. 27(1)' } });
  });

  it('waits for staff on an uncertain match, and a wrong link can be undone with a trace', async () => {
    const r = await describePerson(DEMO_RESIDENTS.ordinaryTaxpayer);
    const receipt = await mutate(hub, 'water-officer', REPORT, {
      i: {
        service: 'WATER',
        customerNumber: 'W0000000009',
        person: { name: r.family_name, address: r.address },
        monthsInArrears: 2,
        amountYen: 9_000,
        circumstances: '検針時に郵便物がたまっている様子。',
        basis: 'CONSENT',
        consent: { method: 'WRITTEN', evidenceReference: '同意書 W-2026-3' },
      },
      p: 'UTILITY_SUPPLY',
    });
    const pending = (await hub.query('caseworker', LIST)).data.utilityReports.find((x: any) => x.id === receipt.id);
    expect(pending.residentNumber).toBeNull();
    expect(pending.match.status).toBe('PENDING_REVIEW');

    const confirmed = await mutate(hub, 'caseworker', 'mutation($r: ID!, $n: String!) { confirmUtilityReportMatch(reportId: $r, residentNumber: $n, purpose: SELF_RELIANCE_SUPPORT) { residentNumber } }', {
      r: receipt.id,
      n: DEMO_RESIDENTS.ordinaryTaxpayer,
    });
    expect(confirmed.residentNumber).toBe(DEMO_RESIDENTS.ordinaryTaxpayer);
    expect((await explain(hub, 'caseworker', DEMO_RESIDENTS.ordinaryTaxpayer, 'SELF_RELIANCE_SUPPORT', 'utility.arrears', 'utility.water')).allowed).toBe(true);

    const undone = await mutate(hub, 'caseworker', 'mutation($r: ID!) { undoUtilityReportMatch(reportId: $r, reason: "別人と判明", purpose: SELF_RELIANCE_SUPPORT) { residentNumber } }', { r: receipt.id });
    expect(undone.residentNumber).toBeNull();
    expect((await explain(hub, 'caseworker', DEMO_RESIDENTS.ordinaryTaxpayer, 'SELF_RELIANCE_SUPPORT', 'utility.arrears', 'utility.water')).allowed).toBe(false);
    const trace = await hub.query('privacy-officer', 'query($n: ID!) { accessLog(filter: { subject: $n, actions: ["REPORT_MATCH_UNDONE", "CONSENT_WITHDRAWN"] }) { entries { action } } }', { n: DEMO_RESIDENTS.ordinaryTaxpayer });
    expect(trace.data.accessLog.entries.map((e: any) => e.action).sort()).toEqual(['CONSENT_WITHDRAWN', 'REPORT_MATCH_UNDONE']);
  });

  it('refuses a report without its reason or consent, and one from another provider — storing nothing', async () => {
    const [{ count: before }] = await query('SELECT count(*)::int AS count FROM report.utility_report');
    const base = { service: 'ELECTRICITY', customerNumber: 'E1', person: { name: '山田 太郎', address: '港町1-1-1' }, monthsInArrears: 1, amountYen: 1000, circumstances: '滞納が続いている' };
    const noRisk = await hub.query('electricity-staff', REPORT, { i: { ...base, basis: 'LIFE_BODY_PROPERTY' }, p: 'PROTECTION_OF_LIFE_BODY_PROPERTY' });
    expect(noRisk.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'risk' });
    const oral = await hub.query('electricity-staff', REPORT, { i: { ...base, basis: 'CONSENT', consent: { method: 'ORAL_IN_PERSON' } }, p: 'UTILITY_SUPPLY' });
    expect(oral.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'consent.attestation' });
    const otherProvider = await hub.query('electricity-staff', REPORT, { i: { ...base, service: 'GAS', basis: 'CONSENT', consent: { method: 'WRITTEN' } }, p: 'UTILITY_SUPPLY' });
    expect(otherProvider.errors?.[0].extensions?.code).toBe('ROLE_NOT_PERMITTED');
    const [{ count: after }] = await query('SELECT count(*)::int AS count FROM report.utility_report');
    expect(after).toBe(before);
  });
});
