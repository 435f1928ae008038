import { PublicAssistanceStatus as Status } from '../../welfare/enums';
import { addDays, addMonths, addYears, laterOf } from '../dates';
import type { HouseholdDraft } from '../household';
import type { PublicAssistanceValues } from '../plan';
import type { Random } from '../random';
import { RATES } from '../rates';
import { riskChance } from '../risk';

/** Assisted households are small (mostly one person), so the per-household chance is higher than the per-resident rate. */
const MEAN_ASSISTED_HOUSEHOLD_SIZE = 1.35;
const STATUS_WEIGHTS = { RECEIVING: 86, SUSPENDED: 2, APPLIED: 3, ENDED: 9 } as const;
/** Cases that count toward the 保護率 (receiving or suspended). */
const CURRENT_CASE_SHARE = 0.88;

/** 住宅扶助 ceiling for one person in this (3級地) city, and the multiplier for larger households. */
export const HOUSING_ALLOWANCE_CEILING_YEN = 37_000;
function housingAllowanceCeiling(householdSize: number): number {
  const factor = householdSize === 1 ? 1 : householdSize === 2 ? 1.2 : householdSize <= 5 ? 1.3 : 1.4;
  return Math.round((HOUSING_ALLOWANCE_CEILING_YEN * factor) / 100) * 100;
}

/** Whether the household has a public-assistance case, and in which status; null if none. */
export function drawAssistanceStatus(rng: Random, draft: HouseholdDraft): Status | null {
  const perHousehold = (RATES.publicAssistanceResidents * RATES.meanHouseholdSize) / MEAN_ASSISTED_HOUSEHOLD_SIZE / CURRENT_CASE_SHARE;
  // Larger households rarely qualify: every extra earner lifts them over the minimum-living standard.
  const sizeFactor = draft.plan.residents.length <= 2 ? 1 : 0.35;
  if (!rng.chance(riskChance(perHousehold * sizeFactor, draft.risk))) return null;
  return Status[rng.weighted(STATUS_WEIGHTS)];
}

export function receivesAssistance(status: Status | null): boolean {
  return status === Status.RECEIVING || status === Status.SUSPENDED;
}

/**
 * The case row on the head. The housing allowance covers the rent up to the ceiling (none for owners), and
 * the city pays most public-housing rents straight from the allowance (代理納付).
 */
export function publicAssistanceCase(
  rng: Random,
  draft: HouseholdDraft,
  status: Status,
  monthlyRentYen: number | null,
  asOf: string,
): PublicAssistanceValues {
  const size = draft.plan.residents.length;
  const startedOn =
    status === Status.APPLIED
      ? rng.dateBetween(addDays(asOf, -14), asOf)
      : rng.dateBetween(laterOf(addYears(asOf, -15), draft.plan.household.formed_on), addMonths(asOf, -2));
  const endedOn = status === Status.ENDED ? rng.dateBetween(addMonths(startedOn, 6), asOf) : null;
  const allowance = monthlyRentYen === null || status === Status.APPLIED ? 0 : Math.min(monthlyRentYen, housingAllowanceCeiling(size));
  const directly =
    allowance > 0 && status !== Status.ENDED && rng.chance(draft.dwelling.tenure === 'PUBLIC_HOUSING' ? 0.85 : 0.15);
  return {
    resident_number: draft.plan.residents[0].resident_number,
    status,
    started_on: startedOn,
    ended_on: endedOn && endedOn > asOf ? asOf : endedOn,
    household_size: size,
    housing_allowance_monthly_yen: allowance,
    rent_paid_directly: directly,
  };
}
