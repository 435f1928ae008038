import { Sex } from '../resident/enums';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, nameGenerationOf } from './japanese/given-names';
import { SURNAMES, type NameWithReading } from './japanese/surnames';
import type { Random } from './random';

/** Surnames weighted by rank, so the common ones are common (rank 1 is about 20 times rank 150). */
const SURNAME_WEIGHTS: Record<string, number> = Object.fromEntries(SURNAMES.map((_, rank) => [rank, 1 / (rank + 8)]));

export function drawSurname(rng: Random): NameWithReading {
  return SURNAMES[+rng.weighted(SURNAME_WEIGHTS)];
}

/** A given name in fashion in the person's birth year, for their sex. */
export function drawGivenName(rng: Random, sex: Sex, birthYear: number): NameWithReading {
  const byGeneration = sex === Sex.FEMALE ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES;
  return rng.pick(byGeneration[nameGenerationOf(birthYear)]);
}
