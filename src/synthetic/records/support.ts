import {
  HousingSecurityBenefitStatus as BenefitStatus,
  IntakeChannel,
  SelfRelianceCaseStatus as CaseStatus,
  SupportConcern,
} from '../../welfare/enums';
import { addDays, addMonths, addYears } from '../dates';
import type { HouseholdDraft } from '../household';
import type { HousingSecurityBenefitValues, SelfRelianceCaseValues } from '../plan';
import type { Random } from '../random';
import { RATES } from '../rates';
import { riskChance } from '../risk';

/** Shares of adults who can be a case at all: not on public assistance (and for the benefit: renting, under 65). */
const SELF_RELIANCE_CANDIDATE_SHARE = 0.95;
const HOUSING_BENEFIT_CANDIDATE_SHARE = 0.25;

const INTAKE_CHANNELS = { WALK_IN: 35, PHONE: 20, OUTREACH: 5, REFERRAL_FROM_DEPARTMENT: 25, REFERRAL_FROM_OUTSIDE: 15 } as const;
const CASE_STATUSES = { INTAKE: 8, ASSESSMENT: 12, PLANNED: 12, SUPPORTING: 38, CLOSED: 30 } as const;
const BENEFIT_STATUSES = { APPLIED: 10, PAYING: 45, REJECTED: 10, ENDED: 35 } as const;

/** 住居確保給付金 ceilings by household size in this city (the same as the 住宅扶助 ceilings). */
function benefitCeiling(householdSize: number): number {
  return householdSize === 1 ? 37_000 : householdSize === 2 ? 44_000 : 48_000;
}

export interface SupportFacts {
  receivesAssistance: boolean;
  monthlyRentYen: number | null;
}

/**
 * Self-reliance support cases (自立相談支援) and housing security benefits. Both go to people not on public
 * assistance; every benefit claimant also has a case, because the benefit is applied for through the agency.
 */
export function addSupportCases(rng: Random, draft: HouseholdDraft, facts: SupportFacts, asOf: string): void {
  if (facts.receivesAssistance) return;
  const { plan } = draft;
  plan.residents.forEach((resident, index) => {
    const age = draft.ages[index];
    if (age < 18) return;
    const rent = facts.monthlyRentYen;
    const benefitCandidate = age < 65 && draft.dwelling.tenure === 'PRIVATE_RENTAL' && rent !== null;
    const benefitChance = riskChance(RATES.housingSecurityBenefitAdults / HOUSING_BENEFIT_CANDIDATE_SHARE, draft.risk);
    const benefit =
      benefitCandidate && rng.chance(benefitChance)
        ? housingSecurityBenefit(rng, resident.resident_number, Math.min(rent, benefitCeiling(plan.residents.length)), asOf)
        : null;
    if (benefit) plan.housingSecurityBenefits.push(benefit);
    if (benefit || rng.chance(riskChance(RATES.selfRelianceCaseAdults / SELF_RELIANCE_CANDIDATE_SHARE, draft.risk))) {
      const intakeOn = benefit
        ? rng.dateBetween(addDays(benefit.applied_on, -30), benefit.applied_on)
        : rng.dateBetween(addYears(asOf, -2), asOf);
      const concerns = concernsOf(draft, index, benefit !== null);
      plan.selfRelianceCases.push(selfRelianceCase(rng, resident.resident_number, concerns, intakeOn, asOf));
    }
  });
}

export function selfRelianceCase(
  rng: Random,
  residentNumber: string,
  concerns: Readonly<Partial<Record<SupportConcern, number>>>,
  intakeOn: string,
  asOf: string,
): SelfRelianceCaseValues {
  let status = CaseStatus[rng.weighted(CASE_STATUSES)];
  const planAgreedOn = addDays(intakeOn, rng.int(14, 60));
  const closedOn = addDays(planAgreedOn, rng.int(60, 365));
  // A plan needs time: a recent intake cannot already be planned or closed.
  if (planAgreedOn > asOf && [CaseStatus.PLANNED, CaseStatus.SUPPORTING, CaseStatus.CLOSED].includes(status)) status = CaseStatus.ASSESSMENT;
  if (status === CaseStatus.CLOSED && closedOn > asOf) status = CaseStatus.SUPPORTING;
  const planned = [CaseStatus.PLANNED, CaseStatus.SUPPORTING, CaseStatus.CLOSED].includes(status);
  return {
    resident_number: residentNumber,
    intake_on: intakeOn,
    intake_channel: IntakeChannel[rng.weighted(INTAKE_CHANNELS)],
    main_concerns: weightedSample(rng, concerns, rng.int(1, 3)),
    status,
    plan_agreed_on: planned ? planAgreedOn : null,
    closed_on: status === CaseStatus.CLOSED ? closedOn : null,
  };
}

/** What this person would bring to the counter, weighted by what the other departments know about them. */
function concernsOf(draft: HouseholdDraft, index: number, claimsBenefit: boolean): Partial<Record<SupportConcern, number>> {
  const { plan } = draft;
  const residentNumber = plan.residents[index].resident_number;
  const inRentArrears = plan.tenancies.some((tenancy) => tenancy.arrears.length > 0);
  const inUtilityArrears = plan.utilityAccounts.some((account) => account.arrears.length > 0 || account.stopNotices.length > 0);
  const inTaxArrears =
    plan.taxArrears.some((arrears) => arrears.resident_number === residentNumber) || (index === 0 && plan.nhiPremiumArrears.length > 0);
  const illness = [...plan.disabilityCertificates, ...plan.careCertifications].length > 0;
  return {
    INCOME: 5,
    EMPLOYMENT: draft.ages[index] < 65 ? 3 : 0,
    HOUSING: inRentArrears || claimsBenefit ? 6 : draft.dwelling.tenure === 'PRIVATE_RENTAL' ? 1 : 0,
    DEBT: 2,
    UTILITY_ARREARS: inUtilityArrears ? 4 : 0,
    TAX_ARREARS: inTaxArrears ? 3 : 0,
    HEALTH: illness ? 3 : 1,
    FAMILY: draft.shape === 'SINGLE_PARENT' ? 2 : 1,
    SOCIAL_ISOLATION: plan.residents.length === 1 ? 2 : 0,
  };
}

function weightedSample<K extends string>(rng: Random, weights: Readonly<Partial<Record<K, number>>>, count: number): K[] {
  const remaining: Partial<Record<K, number>> = { ...weights };
  const taken: K[] = [];
  while (taken.length < count) {
    const available = (Object.keys(remaining) as K[]).filter((key) => remaining[key]! > 0);
    if (available.length === 0) break;
    const key = rng.weighted(Object.fromEntries(available.map((k) => [k, remaining[k]!])) as Record<K, number>);
    taken.push(key);
    delete remaining[key];
  }
  return taken;
}

/** The benefit runs three months at a time, extendable twice (up to nine months). */
function housingSecurityBenefit(rng: Random, residentNumber: string, monthlyAmountYen: number, asOf: string): HousingSecurityBenefitValues {
  const status = BenefitStatus[rng.weighted(BENEFIT_STATUSES)];
  const amount = Math.round(monthlyAmountYen / 100) * 100;
  const unpaid = (appliedOn: string): HousingSecurityBenefitValues => ({
    resident_number: residentNumber,
    applied_on: appliedOn,
    status,
    monthly_amount_yen: amount,
    period_start: null,
    period_end: null,
  });
  if (status === BenefitStatus.APPLIED) return unpaid(rng.dateBetween(addDays(asOf, -20), asOf));
  if (status === BenefitStatus.REJECTED) return unpaid(rng.dateBetween(addDays(asOf, -540), addDays(asOf, -30)));
  const months = rng.pick([3, 6, 9]);
  const periodStart =
    status === BenefitStatus.PAYING
      ? rng.dateBetween(addDays(addMonths(asOf, -months), 1), asOf)
      : rng.dateBetween(addMonths(asOf, -(months + 18)), addDays(addMonths(asOf, -months), -1));
  return {
    resident_number: residentNumber,
    applied_on: addDays(periodStart, -rng.int(7, 20)),
    status,
    monthly_amount_yen: amount,
    period_start: periodStart,
    period_end: addDays(addMonths(periodStart, months), -1),
  };
}
