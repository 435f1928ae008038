import { RATES, type HouseholdShape } from './rates';

/**
 * How precarious a household's finances are. Every record of hardship (arrears, assistance, non-taxable
 * status, supply stops …) is drawn with a chance scaled by it, so hardship clusters in the same
 * households across departments instead of being spread independently.
 */
export type Risk = 'LOW' | 'MEDIUM' | 'HIGH';
export type RiskMix = Readonly<Record<Risk, number>>;

/** Lone elderly people, single parents and people sharing with non-relatives are the most precarious. */
export const RISK_BY_SHAPE: Readonly<Record<HouseholdShape, RiskMix>> = {
  SINGLE_ELDERLY: { LOW: 0.63, MEDIUM: 0.25, HIGH: 0.12 },
  SINGLE_WORKING_AGE: { LOW: 0.78, MEDIUM: 0.15, HIGH: 0.07 },
  COUPLE_ELDERLY: { LOW: 0.83, MEDIUM: 0.14, HIGH: 0.03 },
  COUPLE_WORKING_AGE: { LOW: 0.9, MEDIUM: 0.08, HIGH: 0.02 },
  COUPLE_WITH_CHILDREN: { LOW: 0.88, MEDIUM: 0.1, HIGH: 0.02 },
  SINGLE_PARENT: { LOW: 0.55, MEDIUM: 0.3, HIGH: 0.15 },
  THREE_GENERATIONS: { LOW: 0.86, MEDIUM: 0.11, HIGH: 0.03 },
  SIBLINGS: { LOW: 0.7, MEDIUM: 0.2, HIGH: 0.1 },
  SHARED_WITH_NON_RELATIVE: { LOW: 0.7, MEDIUM: 0.2, HIGH: 0.1 },
};

/** Relative likelihood of a hardship record at each risk level. */
const RISK_WEIGHT: RiskMix = { LOW: 0.4, MEDIUM: 2, HIGH: 9 };

/** Risk levels among all households. */
export const HOUSEHOLD_RISK_MIX: RiskMix = (() => {
  const mix = { LOW: 0, MEDIUM: 0, HIGH: 0 };
  for (const [shape, share] of Object.entries(RATES.householdShapes) as [HouseholdShape, number][]) {
    for (const risk of Object.keys(mix) as Risk[]) mix[risk] += share * RISK_BY_SHAPE[shape][risk];
  }
  return mix;
})();

/** Risk levels among the members of a population drawn with `riskChance` from `population`. */
export function selectedByRisk(population: RiskMix = HOUSEHOLD_RISK_MIX): RiskMix {
  const total = meanWeight(population);
  return {
    LOW: (population.LOW * RISK_WEIGHT.LOW) / total,
    MEDIUM: (population.MEDIUM * RISK_WEIGHT.MEDIUM) / total,
    HIGH: (population.HIGH * RISK_WEIGHT.HIGH) / total,
  };
}

/**
 * The chance of a record for one member of `population` at `risk`, scaled so that across the population
 * the overall rate stays `baseRate`.
 */
export function riskChance(baseRate: number, risk: Risk, population: RiskMix = HOUSEHOLD_RISK_MIX): number {
  return Math.min(0.95, (baseRate * RISK_WEIGHT[risk]) / meanWeight(population));
}

function meanWeight(mix: RiskMix): number {
  return mix.LOW * RISK_WEIGHT.LOW + mix.MEDIUM * RISK_WEIGHT.MEDIUM + mix.HIGH * RISK_WEIGHT.HIGH;
}
