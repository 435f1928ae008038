import {
  ConsultationChannel,
  GuidanceMethod,
  HousingConsultationTopic as Topic,
  RentArrearsStatus,
  TenancyStatus,
} from '../../housing/enums';
import { UNIT, type UnitCode } from '../../organisation/units';
import { addDays, addMonths, addYears, dayNumber, laterOf } from '../dates';
import type { HouseholdDraft } from '../household';
import { CONSULTATION_CONTENTS, GUIDANCE_NOTES, RENT_REDUCTION_REASONS } from '../japanese/texts';
import type { RentArrearsPlan, RentPaymentGuidanceValues, TenancyPlan } from '../plan';
import type { Random } from '../random';
import { RATES } from '../rates';
import { riskChance, selectedByRisk } from '../risk';

/** Public-housing tenants were themselves drawn by risk, so rates among them are scaled to their own mix. */
const TENANT_RISK_MIX = selectedByRisk();

/** 応能応益家賃: rent rises with household income (総所得, yen per year). */
const RENT_BY_INCOME: readonly { upToYen: number; from: number; to: number }[] = [
  { upToYen: 1_000_000, from: 8_000, to: 20_000 },
  { upToYen: 2_000_000, from: 15_000, to: 30_000 },
  { upToYen: 3_000_000, from: 22_000, to: 40_000 },
  { upToYen: 5_000_000, from: 30_000, to: 50_000 },
  { upToYen: Infinity, from: 45_000, to: 60_000 },
];
const REDUCTION_PERCENTS = [10, 20, 30, 50, 70];
const ARREARS_MONTHS = { '1-1': 25, '2-2': 18, '3-3': 14, '4-6': 22, '7-12': 14, '13-24': 7 };
const ARREARS_STATUS = { OPEN: 45, REPAYING: 35, SETTLED: 12, LEGAL_ACTION: 8 } as const;
/** Legal action (明渡請求) only starts after half a year of arrears. */
const ARREARS_STATUS_UNDER_6_MONTHS = { ...ARREARS_STATUS, LEGAL_ACTION: 0 } as const;
const FOLLOW_UP_METHODS = { PHONE: 40, HOME_VISIT: 25, COUNTER: 20, LETTER: 15 } as const;
const CONSULTATION_CHANNELS = { COUNTER: 50, PHONE: 30, HOME_VISIT: 8, REFERRAL: 8, EMAIL: 4 } as const;
const CONSULTATION_TOPICS_BY_TENURE = {
  PUBLIC_HOUSING: { RENT_PAYMENT: 35, REPAIR: 25, NEIGHBOUR_TROUBLE: 15, EVICTION_RISK: 10, OTHER: 15 },
  PRIVATE_RENTAL: {
    PUBLIC_HOUSING_APPLICATION: 25, RENT_PAYMENT: 20, EVICTION_RISK: 15, PRIVATE_RENTAL_SEARCH: 20, GUARANTOR: 10, NEIGHBOUR_TROUBLE: 5, OTHER: 5,
  },
  OWNED: { PUBLIC_HOUSING_APPLICATION: 35, REPAIR: 25, PRIVATE_RENTAL_SEARCH: 15, OTHER: 25 },
} as const;
/** Where the housing section refers a consultation, by topic (null: no referral). */
const REFERRALS: Readonly<Partial<Record<Topic, readonly (UnitCode | null)[]>>> = {
  RENT_PAYMENT: [UNIT.SELF_RELIANCE, UNIT.SELF_RELIANCE, UNIT.PUBLIC_ASSISTANCE, null],
  EVICTION_RISK: [UNIT.SELF_RELIANCE, UNIT.PUBLIC_ASSISTANCE, null],
  GUARANTOR: [UNIT.CSW_COMMUNITY, null],
  OTHER: [UNIT.LONG_TERM_CARE, UNIT.CSW_COMMUNITY, null],
  PUBLIC_HOUSING_APPLICATION: [UNIT.PUBLIC_HOUSING, null, null],
};

export function effectiveMonthlyRent(monthlyRentYen: number, reductionPercent: number): number {
  return monthlyRentYen - Math.floor((monthlyRentYen * reductionPercent) / 100 / 100) * 100;
}

/** Rent of a private flat in the city, larger for larger households. */
export function drawPrivateRent(rng: Random, householdSize: number): number {
  return Math.round((rng.int(32_000, 58_000) * (1 + 0.12 * Math.min(householdSize - 1, 4))) / 1_000) * 1_000;
}

/**
 * The public-housing tenancy of a household living in public housing (and, rarely, an ended tenancy of one
 * that moved out), with its arrears. Returns the monthly rent the household pays, if it rents.
 */
export function addTenancies(rng: Random, draft: HouseholdDraft, householdIncomeYen: number, asOf: string): number | null {
  const { plan, dwelling } = draft;
  const head = plan.residents[0];
  const householdSize = plan.residents.length;
  const unit = dwelling.publicHousingUnit;
  if (unit) {
    const tenancy = tenancyOf(rng, draft, householdIncomeYen, householdSize);
    Object.assign(tenancy, {
      estate_name: unit.estateName,
      building: unit.building,
      unit_number: unit.unitNumber,
      move_in_date: plan.household.formed_on,
    });
    addRentArrears(rng, draft, tenancy, asOf, asOf);
    plan.tenancies.push(tenancy);
    return effectiveMonthlyRent(tenancy.monthly_rent_yen, tenancy.rent_reduction_percent);
  }
  // A few households moved out of public housing, some leaving arrears behind (退去者滞納).
  if (rng.chance(riskChance(RATES.publicHousingHouseholds * 0.05, draft.risk))) {
    const tenancy = tenancyOf(rng, draft, householdIncomeYen, householdSize);
    const endedOn = rng.dateBetween(laterOf(addYears(asOf, -6), addYears(head.date_of_birth, 25)), addDays(asOf, -30));
    Object.assign(tenancy, {
      estate_name: '市営港南団地',
      building: `${rng.int(1, 12)}号棟`,
      unit_number: `${rng.int(1, 5)}0${rng.int(1, 8)}`,
      move_in_date: rng.dateBetween(addYears(endedOn, -20), addYears(endedOn, -1)),
      status: TenancyStatus.ENDED,
      ended_on: endedOn,
    });
    addRentArrears(rng, draft, tenancy, endedOn, asOf);
    plan.tenancies.push(tenancy);
  }
  return dwelling.tenure === 'PRIVATE_RENTAL' ? drawPrivateRent(rng, householdSize) : null;
}

function tenancyOf(rng: Random, draft: HouseholdDraft, householdIncomeYen: number, householdSize: number): TenancyPlan {
  const tier = RENT_BY_INCOME.find((row) => householdIncomeYen <= row.upToYen)!;
  const monthlyRent = Math.round(rng.int(tier.from, tier.to) / 100) * 100;
  const reduced = rng.chance(riskChance(RATES.rentReductionTenancies, draft.risk, TENANT_RISK_MIX));
  const reductionPercent = reduced ? rng.pick(REDUCTION_PERCENTS) : 0;
  return {
    resident_number: draft.plan.residents[0].resident_number,
    estate_name: '',
    building: '',
    unit_number: '',
    move_in_date: '',
    household_size: householdSize,
    monthly_rent_yen: monthlyRent,
    rent_reduction_percent: reductionPercent,
    rent_reduction_reason: reduced ? rng.pick(RENT_REDUCTION_REASONS) : null,
    status: TenancyStatus.ACTIVE,
    ended_on: null,
    arrears: [],
  };
}

function addRentArrears(rng: Random, draft: HouseholdDraft, tenancy: TenancyPlan, accruedUntil: string, asOf: string): void {
  if (!rng.chance(riskChance(RATES.rentArrearsTenancies, draft.risk, TENANT_RISK_MIX))) return;
  const [from, to] = rng.weighted(ARREARS_MONTHS).split('-').map(Number);
  const monthlyRent = effectiveMonthlyRent(tenancy.monthly_rent_yen, tenancy.rent_reduction_percent);
  tenancy.arrears.push(rentArrears(rng, tenancy.resident_number, monthlyRent, rng.int(from, to), accruedUntil, asOf));
}

/** Arrears of `months` months of rent, the last of them due before `accruedUntil`, with its guidance history. */
export function rentArrears(
  rng: Random,
  residentNumber: string,
  monthlyRentYen: number,
  months: number,
  accruedUntil: string,
  asOf: string,
  status = RentArrearsStatus[months >= 6 ? rng.weighted(ARREARS_STATUS) : rng.weighted(ARREARS_STATUS_UNDER_6_MONTHS)],
): RentArrearsPlan {
  const since = addMonths(`${accruedUntil.slice(0, 7)}-01`, -months);
  const instalment = Math.max(3_000, Math.round(monthlyRentYen / 2 / 1_000) * 1_000);
  const firstInstalment = addMonths(since, 1);
  return {
    resident_number: residentNumber,
    months_in_arrears: months,
    amount_yen: months * monthlyRentYen,
    since,
    status,
    repayment_plan:
      status === RentArrearsStatus.REPAYING
        ? `月額${instalment.toLocaleString('en-US')}円の分納（${firstInstalment.slice(0, 4)}年${+firstInstalment.slice(5, 7)}月から）`
        : null,
    guidance: guidanceHistory(rng, residentNumber, since, status, asOf),
  };
}

/** 1–6 guidance entries in date order: a reminder letter first, then calls and visits, a summons before legal action. */
function guidanceHistory(rng: Random, residentNumber: string, since: string, status: string, asOf: string): RentPaymentGuidanceValues[] {
  const count = rng.int(1, 6);
  const span = dayNumber(asOf) - dayNumber(since);
  const offsets = Array.from({ length: count }, () => rng.int(Math.min(14, span), span)).sort((a, b) => a - b);
  return offsets.map((offset, index) => {
    const method =
      index === 0
        ? GuidanceMethod.LETTER
        : index === count - 1 && status === RentArrearsStatus.LEGAL_ACTION
          ? GuidanceMethod.LEGAL_SUMMONS
          : GuidanceMethod[rng.weighted(FOLLOW_UP_METHODS)];
    return { resident_number: residentNumber, given_on: addDays(since, offset), method, note: rng.pick(GUIDANCE_NOTES[method]) };
  });
}

/** 住まいの相談: commoner in households at risk, and three times as common where rent is already in arrears. */
export function addHousingConsultations(rng: Random, draft: HouseholdDraft, asOf: string): void {
  const { plan } = draft;
  const inRentArrears = plan.tenancies.some((tenancy) => tenancy.arrears.length > 0);
  const chance = riskChance(RATES.housingConsultationHouseholds, draft.risk) * (inRentArrears ? 3 : 1);
  if (!rng.chance(chance)) return;
  const count = rng.chance(0.25) ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const topic = rng.weighted(CONSULTATION_TOPICS_BY_TENURE[draft.dwelling.tenure] as Readonly<Record<Topic, number>>);
    plan.housingConsultations.push({
      resident_number: plan.residents[0].resident_number,
      consulted_on: rng.dateBetween(addYears(asOf, -2), asOf),
      channel: ConsultationChannel[rng.weighted(CONSULTATION_CHANNELS)],
      topic,
      content: rng.pick(CONSULTATION_CONTENTS[topic]),
      referred_to: rng.pick(REFERRALS[topic] ?? [null]),
    });
  }
}
