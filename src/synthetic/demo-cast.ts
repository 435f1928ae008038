import { ConsultationChannel, GuidanceMethod, RentArrearsStatus, TenancyStatus } from '../housing/enums';
import { RelationshipToHead as Rel, Sex } from '../resident/enums';
import { CollectionStatus, IncomeBand, NhiLevyKind, NonTaxableReason, TaxType } from '../tax/enums';
import { SupplyStopStatus, UtilityService } from '../utility/enums';
import {
  CareLevel,
  DisabilityCertificateKind,
  HousingSecurityBenefitStatus,
  IntakeChannel,
  PublicAssistanceStatus,
  SelfRelianceCaseStatus,
  SupportConcern,
} from '../welfare/enums';
import { addDays, addMonths, fiscalYearOf } from './dates';
import { publicHousingDwelling, type Dwelling } from './dwelling';
import type { RegisterNumbers } from './identifiers';
import { CITY_PREFIX, HOUSING_ESTATES, TOWNS } from './japanese/places';
import { emptyRecords, type HouseholdPlan, type ResidentTaxAssessmentValues, type ResidentValues } from './plan';
import { utilityAccount } from './records/utility';

/**
 * The fixed cast of demo residents: the first households of every generated municipality, the same for
 * every seed and size, so demos, docs and tests can name them.
 */
export const DEMO_RESIDENTS = {
  /** Elderly man alone in public housing: rent, resident-tax and NHI arrears, electricity stop notified for winter, no welfare contact. */
  fallingBetween: '1000000001',
  /** Single mother of two: self-reliance support case, housing security benefit, gas arrears. */
  singleMother: '1000000002',
  /** Head of a household on public assistance in public housing, rent paid directly (代理納付). */
  assistedHouseholdHead: '1000000005',
  /** Her mother, certified for long-term care (要介護2; special-care data). */
  careCertifiedGrandmother: '1000000006',
  /** Her son, holder of a 療育手帳 B (special-care data). */
  disabledSon: '1000000007',
  /** Woman under DV protection (住民票の支援措置), taxed as usual. */
  dvProtected: '1000000008',
  /** Ordinary taxpaying father of a family with nothing unusual on record. */
  ordinaryTaxpayer: '1000000009',
} as const;

export type DemoResident = keyof typeof DEMO_RESIDENTS;

export const DEMO_RESIDENT_DESCRIPTIONS: Readonly<Record<DemoResident, { en: string; ja: string }>> = {
  fallingBetween: {
    en: 'Man of 68 living alone in public housing: 6 months of rent arrears, resident-tax and NHI arrears, an electricity supply stop scheduled for winter, and no contact with welfare yet.',
    ja: '市営住宅で一人暮らしの68歳男性。家賃6か月滞納、住民税・国保税滞納、冬季の電気供給停止予告あり。福祉との接点はまだない。',
  },
  singleMother: {
    en: 'Single mother of two in a private flat after losing her job: self-reliance support case, housing security benefit being paid, gas bill in arrears.',
    ja: '失職したひとり親（子2人）、民間賃貸住宅。自立相談支援を利用中、住居確保給付金を受給中、ガス料金を滞納。',
  },
  assistedHouseholdHead: {
    en: 'Head of a three-person household on public assistance in public housing; the rent is paid directly from the housing allowance.',
    ja: '市営住宅に住む3人世帯の世帯主。生活保護受給中、家賃は住宅扶助から代理納付。',
  },
  careCertifiedGrandmother: {
    en: 'Her mother, aged 88, certified for long-term care at level 2.',
    ja: '同世帯の母（88歳）、要介護2の認定あり。',
  },
  disabledSon: {
    en: 'Her son, aged 27, holding an intellectual-disability certificate (療育手帳 B).',
    ja: '同世帯の長男（27歳）、療育手帳Bを所持。',
  },
  dvProtected: {
    en: 'Woman who moved to the city last year and is under DV protection; her address must never be disclosed.',
    ja: '昨年転入した女性。DV等支援措置の対象で、住所を開示してはならない。',
  },
  ordinaryTaxpayer: {
    en: 'Father in an ordinary family of four in their own house: taxed, no arrears, no welfare records.',
    ja: '持ち家の4人家族の父。課税、滞納なし、福祉の記録なし。',
  },
};

interface PersonSpec {
  relationship: Rel;
  family: [string, string];
  given: [string, string];
  dateOfBirth: string;
  sex: Sex;
  dvProtection?: boolean;
}

function householdPlan(numbers: RegisterNumbers, dwelling: Dwelling, formedOn: string, people: PersonSpec[]): HouseholdPlan {
  const householdNumber = numbers.nextHouseholdNumber();
  const residents = people.map(
    (person): ResidentValues => ({
      resident_number: numbers.nextResidentNumber(),
      household_number: householdNumber,
      relationship_to_head: person.relationship,
      family_name: person.family[0],
      given_name: person.given[0],
      family_name_kana: person.family[1],
      given_name_kana: person.given[1],
      date_of_birth: person.dateOfBirth,
      sex: person.sex,
      postal_code: dwelling.postalCode,
      address: dwelling.address,
      dv_protection: person.dvProtection ?? false,
      registered_on: person.dateOfBirth > formedOn ? person.dateOfBirth : formedOn,
    }),
  );
  return {
    household: { household_number: householdNumber, head_resident_number: residents[0].resident_number, formed_on: formedOn },
    residents,
    ...emptyRecords(),
  };
}

function privateDwelling(townIndex: number, lot: string, building: string): Dwelling {
  const town = TOWNS[townIndex];
  return { tenure: 'PRIVATE_RENTAL', postalCode: town.postalCode, address: `${CITY_PREFIX}${town.name}${lot} ${building}`, publicHousingUnit: null };
}

function assessed(residentNumber: string, fiscalYear: number, band: IncomeBand, annualTaxYen: number, reason?: NonTaxableReason): ResidentTaxAssessmentValues {
  return {
    resident_number: residentNumber,
    fiscal_year: fiscalYear,
    taxable: reason === undefined,
    non_taxable_reason: reason ?? null,
    income_band: band,
    annual_tax_yen: reason === undefined ? annualTaxYen : 0,
  };
}

/** The first December–February day at least ten days after `asOf`: the winter the stop threatens. */
function winterStopDate(asOf: string): string {
  const earliest = addDays(asOf, 10);
  const month = +earliest.slice(5, 7);
  if (month === 12 || month <= 2) return earliest;
  return `${earliest.slice(0, 4)}-12-01`;
}

export function demoCast(numbers: RegisterNumbers, asOf: string): HouseholdPlan[] {
  const fiscalYear = fiscalYearOf(asOf);
  return [
    fallingBetween(numbers, asOf, fiscalYear),
    singleMother(numbers, asOf, fiscalYear),
    assistedHousehold(numbers, asOf, fiscalYear),
    dvProtected(numbers, asOf, fiscalYear),
    ordinaryFamily(numbers, fiscalYear),
  ];
}

function fallingBetween(numbers: RegisterNumbers, asOf: string, fiscalYear: number): HouseholdPlan {
  const estate = HOUSING_ESTATES.find((candidate) => candidate.name === '市営港南団地')!;
  const dwelling = publicHousingDwelling(estate, { estateName: estate.name, building: '3号棟', unitNumber: '204' });
  const plan = householdPlan(numbers, dwelling, '2009-04-01', [
    { relationship: Rel.HEAD, family: ['高橋', 'タカハシ'], given: ['正雄', 'マサオ'], dateOfBirth: '1958-02-14', sex: Sex.MALE },
  ]);
  const who = plan.residents[0].resident_number;
  const arrearsSince = addMonths(`${asOf.slice(0, 7)}-01`, -6);
  plan.tenancies.push({
    resident_number: who, estate_name: estate.name, building: '3号棟', unit_number: '204', move_in_date: '2009-04-01',
    household_size: 1, monthly_rent_yen: 18_000, rent_reduction_percent: 0, rent_reduction_reason: null,
    status: TenancyStatus.ACTIVE, ended_on: null,
    arrears: [{
      resident_number: who, months_in_arrears: 6, amount_yen: 108_000, since: arrearsSince, status: RentArrearsStatus.OPEN, repayment_plan: null,
      guidance: [
        { resident_number: who, given_on: addDays(arrearsSince, 45), method: GuidanceMethod.LETTER, note: '催告書を送付。期限までに納付または連絡するよう求めた。' },
        { resident_number: who, given_on: addDays(arrearsSince, 100), method: GuidanceMethod.PHONE, note: '電話にて分納を指導。本人は収入減を説明。' },
        { resident_number: who, given_on: addDays(asOf, -10), method: GuidanceMethod.HOME_VISIT, note: '自宅訪問。電気が止められる予定と話しており、困窮の様子。' },
      ],
    }],
  });
  plan.taxAssessments.push(
    assessed(who, fiscalYear, IncomeBand.UNDER_1M, 0, NonTaxableReason.BELOW_THRESHOLD),
    assessed(who, fiscalYear - 1, IncomeBand.FROM_1M_TO_2M, 38_500),
  );
  plan.taxArrears.push({
    resident_number: who, tax_type: TaxType.RESIDENT_TAX, fiscal_year: fiscalYear - 1, amount_yen: 28_900,
    since: `${fiscalYear - 1}-08-31`, collection_status: CollectionStatus.UNPAID,
  });
  plan.nhiPremiumArrears.push({
    resident_number: who, fiscal_year: fiscalYear, levy_kind: NhiLevyKind.TAX, amount_yen: 4 * 2_100, months_unpaid: 4, short_term_certificate: false,
  });
  const electricity = utilityAccount(plan, UtilityService.ELECTRICITY);
  electricity.opened_on = '2009-04-01';
  electricity.arrears.push({ resident_number: who, months_in_arrears: 3, amount_yen: 29_870, since: addMonths(`${asOf.slice(0, 7)}-15`, -3) });
  electricity.stopNotices.push({
    resident_number: who, notified_on: addDays(asOf, -3), scheduled_stop_on: winterStopDate(asOf),
    status: SupplyStopStatus.NOTIFIED, executed_on: null, restored_on: null,
  });
  plan.utilityAccounts.push(electricity, utilityAccount(plan, UtilityService.WATER));
  return plan;
}

function singleMother(numbers: RegisterNumbers, asOf: string, fiscalYear: number): HouseholdPlan {
  const dwelling = privateDwelling(1, '2丁目14番6号', 'コーポさくら102号室');
  const plan = householdPlan(numbers, dwelling, '2019-03-20', [
    { relationship: Rel.HEAD, family: ['佐々木', 'ササキ'], given: ['美咲', 'ミサキ'], dateOfBirth: '1990-06-03', sex: Sex.FEMALE },
    { relationship: Rel.CHILD, family: ['佐々木', 'ササキ'], given: ['陽菜', 'ヒナ'], dateOfBirth: '2017-09-12', sex: Sex.FEMALE },
    { relationship: Rel.CHILD, family: ['佐々木', 'ササキ'], given: ['蓮', 'レン'], dateOfBirth: '2020-04-25', sex: Sex.MALE },
  ]);
  const who = plan.residents[0].resident_number;
  const intakeOn = addDays(asOf, -75);
  plan.selfRelianceCases.push({
    resident_number: who, intake_on: intakeOn, intake_channel: IntakeChannel.WALK_IN,
    main_concerns: [SupportConcern.HOUSING, SupportConcern.INCOME, SupportConcern.EMPLOYMENT],
    status: SelfRelianceCaseStatus.SUPPORTING, plan_agreed_on: addDays(intakeOn, 30), closed_on: null,
  });
  const periodStart = addDays(asOf, -45);
  plan.housingSecurityBenefits.push({
    resident_number: who, applied_on: addDays(intakeOn, 14), status: HousingSecurityBenefitStatus.PAYING, monthly_amount_yen: 48_000,
    period_start: periodStart, period_end: addDays(addMonths(periodStart, 3), -1),
  });
  plan.taxAssessments.push(
    assessed(who, fiscalYear, IncomeBand.FROM_1M_TO_2M, 0, NonTaxableReason.DISABLED_MINOR_WIDOW_LOW_INCOME),
    assessed(who, fiscalYear - 1, IncomeBand.FROM_2M_TO_3M, 62_000),
  );
  const gas = utilityAccount(plan, UtilityService.GAS);
  gas.arrears.push({ resident_number: who, months_in_arrears: 2, amount_yen: 11_240, since: addMonths(`${asOf.slice(0, 7)}-15`, -2) });
  plan.utilityAccounts.push(utilityAccount(plan, UtilityService.ELECTRICITY), gas, utilityAccount(plan, UtilityService.WATER));
  return plan;
}

function assistedHousehold(numbers: RegisterNumbers, asOf: string, fiscalYear: number): HouseholdPlan {
  const estate = HOUSING_ESTATES.find((candidate) => candidate.name === '市営平和台団地')!;
  const dwelling = publicHousingDwelling(estate, { estateName: estate.name, building: '7号棟', unitNumber: '103' });
  const plan = householdPlan(numbers, dwelling, '2015-10-01', [
    { relationship: Rel.HEAD, family: ['山田', 'ヤマダ'], given: ['恵子', 'ケイコ'], dateOfBirth: '1968-11-20', sex: Sex.FEMALE },
    { relationship: Rel.PARENT, family: ['山田', 'ヤマダ'], given: ['ハナ', 'ハナ'], dateOfBirth: '1938-03-08', sex: Sex.FEMALE },
    { relationship: Rel.CHILD, family: ['山田', 'ヤマダ'], given: ['悠真', 'ユウマ'], dateOfBirth: '1999-07-15', sex: Sex.MALE },
  ]);
  const [head, grandmother, son] = plan.residents.map((resident) => resident.resident_number);
  plan.tenancies.push({
    resident_number: head, estate_name: estate.name, building: '7号棟', unit_number: '103', move_in_date: '2015-10-01',
    household_size: 3, monthly_rent_yen: 12_000, rent_reduction_percent: 0, rent_reduction_reason: null,
    status: TenancyStatus.ACTIVE, ended_on: null, arrears: [],
  });
  plan.publicAssistance.push({
    resident_number: head, status: PublicAssistanceStatus.RECEIVING, started_on: '2021-05-10', ended_on: null,
    household_size: 3, housing_allowance_monthly_yen: 12_000, rent_paid_directly: true,
  });
  const certifiedOn = addMonths(asOf, -5);
  plan.careCertifications.push({ resident_number: grandmother, care_level: CareLevel.CARE_2, certified_on: certifiedOn, valid_until: addDays(addMonths(certifiedOn, 12), -1) });
  plan.disabilityCertificates.push({ resident_number: son, certificate_kind: DisabilityCertificateKind.INTELLECTUAL, grade: 'B', issued_on: '2005-06-01' });
  for (const resident of [head, grandmother, son]) {
    for (const year of [fiscalYear, fiscalYear - 1]) plan.taxAssessments.push(assessed(resident, year, IncomeBand.NONE, 0, NonTaxableReason.PUBLIC_ASSISTANCE));
  }
  plan.utilityAccounts.push(...[UtilityService.ELECTRICITY, UtilityService.GAS, UtilityService.WATER].map((service) => utilityAccount(plan, service)));
  const consultation = { resident_number: head, consulted_on: addMonths(asOf, -14), channel: ConsultationChannel.COUNTER, topic: 'REPAIR' };
  plan.housingConsultations.push({ ...consultation, content: '手すりの設置について相談。住宅改修の制度を案内。', referred_to: null });
  return plan;
}

function dvProtected(numbers: RegisterNumbers, asOf: string, fiscalYear: number): HouseholdPlan {
  const movedInOn = addMonths(asOf, -10);
  const plan = householdPlan(numbers, privateDwelling(26, '3丁目5番11号', 'メゾン春日205号室'), movedInOn, [
    { relationship: Rel.HEAD, family: ['中村', 'ナカムラ'], given: ['彩', 'アヤ'], dateOfBirth: '1987-01-22', sex: Sex.FEMALE, dvProtection: true },
  ]);
  plan.taxAssessments.push(assessed(plan.residents[0].resident_number, fiscalYear, IncomeBand.FROM_2M_TO_3M, 96_500));
  plan.utilityAccounts.push(utilityAccount(plan, UtilityService.ELECTRICITY), utilityAccount(plan, UtilityService.WATER));
  return plan;
}

function ordinaryFamily(numbers: RegisterNumbers, fiscalYear: number): HouseholdPlan {
  const town = TOWNS[18];
  const dwelling: Dwelling = { tenure: 'OWNED', postalCode: town.postalCode, address: `${CITY_PREFIX}${town.name}3丁目8番2号`, publicHousingUnit: null };
  const plan = householdPlan(numbers, dwelling, '2006-04-01', [
    { relationship: Rel.HEAD, family: ['鈴木', 'スズキ'], given: ['誠', 'マコト'], dateOfBirth: '1975-05-05', sex: Sex.MALE },
    { relationship: Rel.SPOUSE, family: ['鈴木', 'スズキ'], given: ['恵', 'メグミ'], dateOfBirth: '1977-08-19', sex: Sex.FEMALE },
    { relationship: Rel.CHILD, family: ['鈴木', 'スズキ'], given: ['結衣', 'ユイ'], dateOfBirth: '2008-12-02', sex: Sex.FEMALE },
    { relationship: Rel.CHILD, family: ['鈴木', 'スズキ'], given: ['湊', 'ミナト'], dateOfBirth: '2012-03-30', sex: Sex.MALE },
  ]);
  const [father, mother] = plan.residents.map((resident) => resident.resident_number);
  for (const year of [fiscalYear, fiscalYear - 1]) {
    plan.taxAssessments.push(assessed(father, year, IncomeBand.FROM_5M_TO_10M, 356_000), assessed(mother, year, IncomeBand.FROM_1M_TO_2M, 52_300));
  }
  plan.utilityAccounts.push(...[UtilityService.ELECTRICITY, UtilityService.GAS, UtilityService.WATER].map((service) => utilityAccount(plan, service)));
  return plan;
}
