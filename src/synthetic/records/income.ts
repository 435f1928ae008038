import { RelationshipToHead as Rel, Sex } from '../../resident/enums';
import { IncomeBand } from '../../tax/enums';
import type { HouseholdDraft } from '../household';
import type { Random } from '../random';
import type { Risk } from '../risk';

/** A resident's total income (総所得金額等) in yen, this year and the year before; 0 for children. */
export interface Income {
  yen: number;
  previousYearYen: number;
  /** Supported by another member (扶養親族・同一生計配偶者). */
  dependant: boolean;
}

/** The most a dependant may earn (所得) and still be claimed. */
export const DEPENDANT_INCOME_LIMIT_YEN = 480_000;

const BAND_RANGES: Readonly<Record<IncomeBand, readonly [number, number]>> = {
  [IncomeBand.NONE]: [0, 0],
  [IncomeBand.UNDER_1M]: [1, 999_999],
  [IncomeBand.FROM_1M_TO_2M]: [1_000_000, 1_999_999],
  [IncomeBand.FROM_2M_TO_3M]: [2_000_000, 2_999_999],
  [IncomeBand.FROM_3M_TO_5M]: [3_000_000, 4_999_999],
  [IncomeBand.FROM_5M_TO_10M]: [5_000_000, 9_999_999],
  [IncomeBand.OVER_10M]: [10_000_000, 25_000_000],
};

const BANDS_ASCENDING = Object.values(IncomeBand);

export function incomeBandOf(yen: number): IncomeBand {
  for (const band of BANDS_ASCENDING) if (yen <= BAND_RANGES[band][1]) return band;
  return IncomeBand.OVER_10M;
}

type BandWeights = Readonly<Partial<Record<IncomeBand, number>>>;

const WORKING_AGE_BANDS: Readonly<Record<Risk, BandWeights>> = {
  LOW: { UNDER_1M: 6, FROM_1M_TO_2M: 12, FROM_2M_TO_3M: 20, FROM_3M_TO_5M: 32, FROM_5M_TO_10M: 26, OVER_10M: 4 },
  MEDIUM: { NONE: 5, UNDER_1M: 20, FROM_1M_TO_2M: 30, FROM_2M_TO_3M: 25, FROM_3M_TO_5M: 17, FROM_5M_TO_10M: 3 },
  HIGH: { NONE: 25, UNDER_1M: 35, FROM_1M_TO_2M: 28, FROM_2M_TO_3M: 10, FROM_3M_TO_5M: 2 },
};

/** Mostly pensions: a basic pension alone is under 1M yen of income. */
const ELDERLY_BANDS: Readonly<Record<Risk, BandWeights>> = {
  LOW: { UNDER_1M: 34, FROM_1M_TO_2M: 32, FROM_2M_TO_3M: 19, FROM_3M_TO_5M: 10, FROM_5M_TO_10M: 4, OVER_10M: 1 },
  MEDIUM: { NONE: 3, UNDER_1M: 45, FROM_1M_TO_2M: 40, FROM_2M_TO_3M: 10, FROM_3M_TO_5M: 2 },
  HIGH: { NONE: 10, UNDER_1M: 62, FROM_1M_TO_2M: 26, FROM_2M_TO_3M: 2 },
};

const NO_INCOME: Income = { yen: 0, previousYearYen: 0, dependant: false };

/** Everyone's income, parallel to plan.residents. Households on public assistance have next to none. */
export function drawIncomes(rng: Random, draft: HouseholdDraft, receivesAssistance: boolean): Income[] {
  return draft.plan.residents.map((resident, index) => {
    const age = draft.ages[index];
    if (age < 18) return NO_INCOME;
    if (receivesAssistance) {
      const yen = rng.chance(0.7) ? 0 : rng.int(1, DEPENDANT_INCOME_LIMIT_YEN);
      return { yen, previousYearYen: rng.chance(0.6) ? yen : rng.int(0, 1_500_000), dependant: false };
    }
    if (isLikelyDependant(rng, resident.relationship_to_head as Rel, resident.sex as Sex, age, draft)) {
      const yen = rng.chance(0.55) ? 0 : rng.int(1, DEPENDANT_INCOME_LIMIT_YEN);
      return { yen, previousYearYen: yen, dependant: true };
    }
    const bands = age >= 65 ? ELDERLY_BANDS[draft.risk] : WORKING_AGE_BANDS[draft.risk];
    const [from, to] = BAND_RANGES[rng.weighted(bands as Record<IncomeBand, number>)];
    const yen = rng.int(from, to);
    return { yen, previousYearYen: previousYearIncome(rng, yen, draft.risk), dependant: false };
  });
}

function isLikelyDependant(rng: Random, relationship: Rel, sex: Sex, age: number, draft: HouseholdDraft): boolean {
  // Older spouses often live on a basic pension alone, which leaves no taxable income.
  if (relationship === Rel.SPOUSE) return rng.chance(sex === Sex.FEMALE ? (age < 65 ? 0.4 : 0.6) : age < 65 ? 0.05 : 0.2);
  if ((relationship === Rel.CHILD || relationship === Rel.GRANDCHILD) && age <= 22) return rng.chance(0.75);
  if (relationship === Rel.PARENT || relationship === Rel.OTHER_RELATIVE) return rng.chance(draft.risk === 'LOW' ? 0.3 : 0.1);
  return false;
}

/** Last year's income: about the same, but a quarter of people at high risk have just lost income. */
function previousYearIncome(rng: Random, yen: number, risk: Risk): number {
  if (risk === 'HIGH' && rng.chance(0.25)) return yen + rng.int(800_000, 2_500_000);
  return Math.round(yen * (0.85 + rng.next() * 0.3));
}
