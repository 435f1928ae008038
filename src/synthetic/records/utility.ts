import { UNIT } from '../../organisation/units';
import { SupplyStopStatus, UtilityService } from '../../utility/enums';
import { addDays, addMonths } from '../dates';
import type { HouseholdDraft } from '../household';
import type { HouseholdPlan, SupplyStopNoticeValues, UtilityAccountPlan } from '../plan';
import type { Random } from '../random';
import { RATES } from '../rates';
import { riskChance } from '../risk';

export const PROVIDER_UNIT: Readonly<Record<UtilityService, string>> = {
  [UtilityService.ELECTRICITY]: UNIT.ELECTRICITY,
  [UtilityService.GAS]: UNIT.GAS,
  [UtilityService.WATER]: UNIT.WATER,
};

/** A household's monthly bill, yen. */
const MONTHLY_BILL: Readonly<Record<UtilityService, readonly [number, number]>> = {
  ELECTRICITY: [6_000, 16_000],
  GAS: [3_500, 9_000],
  WATER: [2_500, 5_500],
};
/** Water is billed every two months, so water arrears come in pairs of months. */
const ARREARS_MONTHS: Readonly<Record<UtilityService, Readonly<Record<string, number>>>> = {
  ELECTRICITY: { 1: 35, 2: 25, 3: 20, 4: 10, 5: 5, 6: 5 },
  GAS: { 1: 35, 2: 25, 3: 20, 4: 10, 5: 5, 6: 5 },
  WATER: { 2: 50, 4: 30, 6: 12, 8: 5, 12: 3 },
};

/**
 * Most stop notices follow arrears of two months or more; the rest went to customers who have since paid.
 * Together they make ≈1% of accounts (RATES.supplyStopNoticeAccounts) with ≈3% in arrears.
 */
const STOP_AFTER_ARREARS = 0.29;
const STOP_WITHOUT_ARREARS = 0.004;
const OUTCOME_IN_ARREARS = { EXECUTED: 55, RESTORED: 25, CANCELLED: 20 } as const;
const OUTCOME_PAID_UP = { EXECUTED: 0, RESTORED: 40, CANCELLED: 60 } as const;

/** Electricity and water for every household, city gas for about half; on the head, at the household's address. */
export function addUtilityAccounts(rng: Random, draft: HouseholdDraft, asOf: string): void {
  const services = [UtilityService.ELECTRICITY, UtilityService.WATER];
  if (rng.chance(RATES.gasAccountHouseholds)) services.push(UtilityService.GAS);
  for (const service of services) {
    const account = utilityAccount(draft.plan, service);
    if (rng.chance(riskChance(RATES.utilityArrearsAccounts, draft.risk))) {
      const months = +rng.weighted(ARREARS_MONTHS[service]);
      account.arrears.push(utilityArrears(rng, account, months, asOf));
      if (months >= 2 && rng.chance(STOP_AFTER_ARREARS)) account.stopNotices.push(supplyStopNotice(rng, account, asOf, true));
    } else if (rng.chance(riskChance(STOP_WITHOUT_ARREARS, draft.risk))) {
      account.stopNotices.push(supplyStopNotice(rng, account, asOf, false));
    }
    draft.plan.utilityAccounts.push(account);
  }
}

export function utilityAccount(plan: HouseholdPlan, service: UtilityService): UtilityAccountPlan {
  const head = plan.residents[0];
  return {
    provider_unit: PROVIDER_UNIT[service],
    service,
    resident_number: head.resident_number,
    customer_name: `${head.family_name} ${head.given_name}`,
    supply_address: head.address,
    opened_on: plan.household.formed_on,
    arrears: [],
    stopNotices: [],
  };
}

export function utilityArrears(rng: Random, account: UtilityAccountPlan, months: number, asOf: string) {
  const [low, high] = MONTHLY_BILL[account.service as UtilityService];
  let amount = 0;
  for (let month = 0; month < months; month++) amount += rng.int(low, high);
  return {
    resident_number: account.resident_number,
    months_in_arrears: months,
    amount_yen: amount,
    since: addMonths(`${asOf.slice(0, 7)}-15`, -months),
  };
}

/**
 * A notice 10–20 days before the stop. Past stops were executed (and sometimes restored) or called off
 * by a payment; a customer no longer in arrears has either paid before the stop or been reconnected.
 */
function supplyStopNotice(rng: Random, account: UtilityAccountPlan, asOf: string, stillInArrears: boolean): SupplyStopNoticeValues {
  const notifiedOn = rng.dateBetween(addDays(asOf, -90), asOf);
  const scheduledStopOn = addDays(notifiedOn, rng.int(10, 20));
  const notice = (status: SupplyStopStatus, executedOn: string | null = null, restoredOn: string | null = null) => ({
    resident_number: account.resident_number,
    notified_on: notifiedOn,
    scheduled_stop_on: scheduledStopOn,
    status,
    executed_on: executedOn,
    restored_on: restoredOn,
  });
  if (scheduledStopOn > asOf) {
    return notice(stillInArrears && rng.chance(0.85) ? SupplyStopStatus.NOTIFIED : SupplyStopStatus.CANCELLED);
  }
  const restoredOn = addDays(scheduledStopOn, rng.int(1, 10));
  const restorable = restoredOn <= asOf;
  const outcome = rng.weighted(stillInArrears ? OUTCOME_IN_ARREARS : OUTCOME_PAID_UP);
  if (outcome === 'CANCELLED') return notice(SupplyStopStatus.CANCELLED);
  if (outcome === 'RESTORED' && restorable) return notice(SupplyStopStatus.RESTORED, scheduledStopOn, restoredOn);
  return stillInArrears ? notice(SupplyStopStatus.EXECUTED, scheduledStopOn) : notice(SupplyStopStatus.CANCELLED);
}
