import { beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '../../src/synthetic/dates';
import { DEMO_RESIDENT_DESCRIPTIONS, DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import type { TableName } from '../../src/synthetic/tables';
import { collect, type Collected, type Row } from './collect';

const AS_OF = '2026-10-01';

describe('the demo cast', () => {
  let rows: Collected['rows'];
  const about = (table: TableName, residentNumber: string): Row[] => rows[table].filter((row) => row.resident_number === residentNumber);
  const resident = (residentNumber: string) => rows.resident.find((row) => row.resident_number === residentNumber)!;
  const householdOf = (residentNumber: string) => rows.resident.filter((row) => row.household_number === resident(residentNumber).household_number);
  const accountOf = (residentNumber: string, service: string) =>
    rows.utilityAccount.find((account) => account.resident_number === residentNumber && account.service === service);

  beforeAll(() => {
    rows = collect({ residents: 2_000, seed: 'demo-test', asOf: AS_OF }).rows;
  });

  it('opens every municipality, whatever the seed and size', () => {
    const castRows = (seed: string, residents: number) => {
      const all = collect({ residents, seed, asOf: AS_OF }).rows;
      const inCast = (row: Row) => (row.resident_number ?? row.head_resident_number) <= '1000000012';
      return Object.fromEntries(Object.entries(all).map(([table, tableRows]) => [table, tableRows.filter(inCast)]));
    };
    const cast = castRows('one', 100);
    expect(cast.resident).toHaveLength(12);
    expect(castRows('two', 3_000)).toEqual(cast);
    for (const [key, residentNumber] of Object.entries(DEMO_RESIDENTS)) {
      expect(resident(residentNumber), key).toBeDefined();
      const description = DEMO_RESIDENT_DESCRIPTIONS[key as keyof typeof DEMO_RESIDENTS];
      expect(description.en.length).toBeGreaterThan(20);
      expect(description.ja).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
    }
  });

  it('fallingBetween: elderly, alone in public housing, in arrears everywhere, facing a winter stop, unknown to welfare', () => {
    const who = DEMO_RESIDENTS.fallingBetween;
    expect(ageOn(resident(who).date_of_birth, AS_OF)).toBeGreaterThanOrEqual(65);
    expect(resident(who).sex).toBe('MALE');
    expect(householdOf(who)).toHaveLength(1);
    const [tenancy] = about('publicHousingTenancy', who);
    expect(tenancy.status).toBe('ACTIVE');
    const [rentArrears] = about('rentArrears', who);
    expect(rentArrears.months_in_arrears).toBe(6);
    expect(rentArrears.tenancy_id).toBe(tenancy.id);
    expect(about('rentPaymentGuidance', who).length).toBeGreaterThanOrEqual(1);
    expect(about('taxArrears', who).map((row) => row.tax_type)).toContain('RESIDENT_TAX');
    const [notice] = about('supplyStopNotice', who);
    expect(notice.provider_unit).toBe('utility.electricity');
    expect(notice.account_id).toBe(accountOf(who, 'ELECTRICITY')!.id);
    expect(notice.status).toBe('NOTIFIED');
    expect(notice.notified_on <= AS_OF && notice.scheduled_stop_on > AS_OF).toBe(true);
    expect([12, 1, 2]).toContain(+notice.scheduled_stop_on.slice(5, 7));
    for (const welfare of ['publicAssistance', 'selfRelianceCase', 'housingSecurityBenefit', 'careCertification', 'housingConsultation'] as const) {
      expect(about(welfare, who), welfare).toEqual([]);
    }
  });

  it('singleMother: self-reliance case, housing security benefit and gas arrears', () => {
    const who = DEMO_RESIDENTS.singleMother;
    const family = householdOf(who);
    expect(family.map((member) => member.relationship_to_head)).toEqual(['HEAD', 'CHILD', 'CHILD']);
    expect(resident(who).sex).toBe('FEMALE');
    expect(about('selfRelianceCase', who)).toHaveLength(1);
    expect(about('housingSecurityBenefit', who).map((row) => row.status)).toEqual(['PAYING']);
    const gasArrears = about('utilityArrears', who);
    expect(gasArrears.map((row) => row.provider_unit)).toEqual(['utility.gas']);
    expect(gasArrears[0].account_id).toBe(accountOf(who, 'GAS')!.id);
    expect(about('publicAssistance', who)).toEqual([]);
  });

  it('the assisted household: 代理納付 in public housing, a care-certified grandmother and a disabled son', () => {
    const head = DEMO_RESIDENTS.assistedHouseholdHead;
    const [assistance] = about('publicAssistance', head);
    expect(assistance).toMatchObject({ status: 'RECEIVING', rent_paid_directly: true, household_size: 3 });
    expect(assistance.case_number).toMatch(/^PA-2021-\d{6}$/);
    const [tenancy] = about('publicHousingTenancy', head);
    expect(assistance.housing_allowance_monthly_yen).toBe(tenancy.monthly_rent_yen);
    expect(resident(DEMO_RESIDENTS.careCertifiedGrandmother).relationship_to_head).toBe('PARENT');
    expect(about('careCertification', DEMO_RESIDENTS.careCertifiedGrandmother)[0].valid_until > AS_OF).toBe(true);
    expect(resident(DEMO_RESIDENTS.disabledSon).relationship_to_head).toBe('CHILD');
    expect(about('disabilityCertificate', DEMO_RESIDENTS.disabledSon)).toHaveLength(1);
    for (const member of householdOf(head)) {
      for (const assessment of about('residentTaxAssessment', member.resident_number)) expect(assessment.non_taxable_reason).toBe('PUBLIC_ASSISTANCE');
    }
  });

  it('dvProtected: protected, and assessed for tax like anyone else', () => {
    const who = DEMO_RESIDENTS.dvProtected;
    expect(resident(who).dv_protection).toBe(true);
    expect(about('residentTaxAssessment', who).map((row) => row.taxable)).toEqual([true]);
  });

  it('ordinaryTaxpayer: taxed, nothing in arrears, no welfare records', () => {
    const who = DEMO_RESIDENTS.ordinaryTaxpayer;
    expect(about('residentTaxAssessment', who).every((row) => row.taxable)).toBe(true);
    const family = householdOf(who).map((member) => member.resident_number);
    const nothing: TableName[] = [
      'rentArrears', 'taxArrears', 'nhiPremiumArrears', 'utilityArrears', 'supplyStopNotice', 'publicAssistance',
      'careCertification', 'disabilityCertificate', 'selfRelianceCase', 'housingSecurityBenefit', 'publicHousingTenancy',
    ];
    for (const table of nothing) expect(rows[table].filter((row) => family.includes(row.resident_number)), table).toEqual([]);
    expect(family.every((member) => !resident(member).dv_protection)).toBe(true);
  });
});
