import { CollectionStatus, NhiLevyKind, NonTaxableReason, TaxType } from '../../tax/enums';
import { fiscalYearOf } from '../dates';
import type { HouseholdDraft } from '../household';
import type { ResidentTaxAssessmentValues } from '../plan';
import type { Random } from '../random';
import { RATES } from '../rates';
import { riskChance } from '../risk';
import { DEPENDANT_INCOME_LIMIT_YEN, incomeBandOf, type Income } from './income';

export interface TaxFacts {
  incomes: Income[];
  receivesAssistance: boolean;
  /** Resident numbers of members holding a disability certificate. */
  disabled: ReadonlySet<string>;
}

/** 均等割 (incl. 森林環境税) and the 所得割 rate of the individual resident tax (prefecture + city). */
const PER_CAPITA_TAX_YEN = 5_000;
const INCOME_LEVY_RATE = 0.1;
/** 障害者・寡婦・ひとり親 are not taxed up to this income (地方税法 §295). */
const SPECIAL_EXEMPTION_LIMIT_YEN = 1_350_000;

/**
 * Tax arrears are drawn among adults taxed in one of the two years. They are mostly at low risk, so the
 * effective share is below the plain taxable share (≈0.75); calibrated so ≈2% of all adults have arrears.
 */
const TAXABLE_ADULT_SHARE = 0.55;
/** Share of households whose head is under 75 and not on public assistance (the NHI candidates). */
const NHI_CANDIDATE_SHARE = 0.72;

const NHI_MONTHS_UNPAID_WEIGHTS = { 1: 20, 2: 15, 3: 15, 4: 10, 5: 8, 6: 8, 8: 8, 10: 8, 12: 8 };
const COLLECTION_STATUS_WEIGHTS = { UNPAID: 45, INSTALMENT: 30, SEIZURE: 15, SUSPENDED: 10 } as const;

/** 非課税限度額: 45万 for one person, 35万 × (self + dependants) + 31万 with dependants. */
function nonTaxableLimit(dependants: number): number {
  return dependants === 0 ? 450_000 : 350_000 * (1 + dependants) + 310_000;
}

/** Resident-tax assessments (this fiscal year and the one before), tax arrears and NHI arrears. */
export function addTaxRecords(rng: Random, draft: HouseholdDraft, facts: TaxFacts, asOf: string): void {
  const { plan } = draft;
  const fiscalYear = fiscalYearOf(asOf);
  const dependantsOfHead = facts.incomes.filter((income, index) => index > 0 && income.yen <= DEPENDANT_INCOME_LIMIT_YEN).length;

  plan.residents.forEach((resident, index) => {
    const age = draft.ages[index];
    if (age < 18) return;
    const assess = (year: number, yen: number) =>
      assessment(resident.resident_number, year, yen, age, {
        dependants: index === 0 ? dependantsOfHead : 0,
        dependant: facts.incomes[index].dependant,
        specialExemption: facts.disabled.has(resident.resident_number) || (index === 0 && draft.shape === 'SINGLE_PARENT'),
        publicAssistance: facts.receivesAssistance,
      });
    const current = assess(fiscalYear, facts.incomes[index].yen);
    plan.taxAssessments.push(current);
    const livedHereLastJanuary = resident.registered_on <= `${fiscalYear - 1}-01-01`;
    const previous = age >= 19 && livedHereLastJanuary ? assess(fiscalYear - 1, facts.incomes[index].previousYearYen) : null;
    if (previous) plan.taxAssessments.push(previous);

    const taxedYears = [previous, current].filter((row) => row?.taxable) as ResidentTaxAssessmentValues[];
    if (taxedYears.length > 0 && rng.chance(riskChance(RATES.taxArrearsAdults / TAXABLE_ADULT_SHARE, draft.risk))) {
      plan.taxArrears.push(taxArrears(rng, resident.resident_number, rng.pick(taxedYears), draft.dwelling.tenure === 'OWNED', asOf));
    }
  });

  const headAge = draft.ages[0];
  if (headAge < 75 && !facts.receivesAssistance && rng.chance(riskChance(RATES.nhiArrearsHouseholds / NHI_CANDIDATE_SHARE, draft.risk))) {
    const householdIncome = facts.incomes.reduce((sum, income) => sum + income.yen, 0);
    // NHI tax is roughly 10% of income, with a floor after the 7割軽減 for the poorest.
    const monthlyYen = Math.max(1_500, Math.round((householdIncome * 0.1) / 12 / 100) * 100);
    const monthsUnpaid = rng.weighted(NHI_MONTHS_UNPAID_WEIGHTS);
    plan.nhiPremiumArrears.push({
      resident_number: plan.residents[0].resident_number,
      fiscal_year: rng.chance(0.7) ? fiscalYear : fiscalYear - 1,
      levy_kind: NhiLevyKind.TAX,
      amount_yen: monthlyYen * +monthsUnpaid,
      months_unpaid: +monthsUnpaid,
      short_term_certificate: +monthsUnpaid >= 6,
    });
  }
}

interface AssessmentCircumstances {
  dependants: number;
  dependant: boolean;
  specialExemption: boolean;
  publicAssistance: boolean;
}

function assessment(
  residentNumber: string,
  fiscalYear: number,
  incomeYen: number,
  age: number,
  circumstances: AssessmentCircumstances,
): ResidentTaxAssessmentValues {
  const nonTaxable = (reason: NonTaxableReason): ResidentTaxAssessmentValues => ({
    resident_number: residentNumber,
    fiscal_year: fiscalYear,
    taxable: false,
    non_taxable_reason: reason,
    income_band: incomeBandOf(incomeYen),
    annual_tax_yen: 0,
  });
  if (circumstances.publicAssistance) return nonTaxable(NonTaxableReason.PUBLIC_ASSISTANCE);
  if (incomeYen <= nonTaxableLimit(circumstances.dependants)) {
    return nonTaxable(circumstances.dependant ? NonTaxableReason.DEPENDANT : NonTaxableReason.BELOW_THRESHOLD);
  }
  if (circumstances.specialExemption && incomeYen <= SPECIAL_EXEMPTION_LIMIT_YEN) {
    return nonTaxable(NonTaxableReason.DISABLED_MINOR_WIDOW_LOW_INCOME);
  }
  const socialInsurance = incomeYen * (age >= 65 ? 0.08 : 0.14);
  const taxableIncome = Math.max(0, incomeYen - 430_000 - 330_000 * circumstances.dependants - socialInsurance);
  return {
    resident_number: residentNumber,
    fiscal_year: fiscalYear,
    taxable: true,
    non_taxable_reason: null,
    income_band: incomeBandOf(incomeYen),
    annual_tax_yen: PER_CAPITA_TAX_YEN + Math.floor((taxableIncome * INCOME_LEVY_RATE) / 100) * 100,
  };
}

/** Arrears of the resident tax of a taxed year, or of a property or light-vehicle tax of that year. */
function taxArrears(rng: Random, residentNumber: string, taxed: ResidentTaxAssessmentValues, ownsHome: boolean, asOf: string) {
  const kind = rng.weighted({ RESIDENT_TAX: 70, FIXED_ASSET_TAX: ownsHome ? 20 : 0, LIGHT_VEHICLE_TAX: 10 });
  // First instalment due dates of each tax in its fiscal year: a year whose first due date is still ahead moves back one.
  const dueMonthDay = { RESIDENT_TAX: '06-30', FIXED_ASSET_TAX: '04-30', LIGHT_VEHICLE_TAX: '05-31' }[kind];
  let fiscalYear = taxed.fiscal_year;
  if (`${fiscalYear}-${dueMonthDay}` > asOf) fiscalYear -= 1;
  const amount = {
    RESIDENT_TAX: Math.max(PER_CAPITA_TAX_YEN, Math.round((taxed.annual_tax_yen * rng.pick([0.25, 0.5, 0.75, 1])) / 100) * 100),
    FIXED_ASSET_TAX: rng.int(300, 2_500) * 100,
    LIGHT_VEHICLE_TAX: rng.pick([7_200, 10_800]) * rng.int(1, 3),
  }[kind];
  return {
    resident_number: residentNumber,
    tax_type: TaxType[kind],
    fiscal_year: fiscalYear,
    amount_yen: amount,
    since: `${fiscalYear}-${dueMonthDay}`,
    collection_status: CollectionStatus[rng.weighted(COLLECTION_STATUS_WEIGHTS)],
  };
}
