import { CareLevel, DisabilityCertificateKind as Kind } from '../../welfare/enums';
import { addDays, addMonths, addYears, earlierOf, laterOf } from '../dates';
import type { HouseholdDraft } from '../household';
import type { Random } from '../random';
import { RATES } from '../rates';

/** Share certified for long-term care by age; with the city's age mix this gives ≈19% of residents 65+. */
const CARE_CERTIFIED_BY_AGE = [
  { fromAge: 85, share: 0.6 },
  { fromAge: 75, share: 0.2 },
  { fromAge: 65, share: 0.04 },
];
/** Lighter levels are the most common (介護保険事業状況報告). */
const CARE_LEVEL_WEIGHTS: Readonly<Record<CareLevel, number>> = {
  SUPPORT_1: 14, SUPPORT_2: 14, CARE_1: 21, CARE_2: 17, CARE_3: 13, CARE_4: 12, CARE_5: 9,
};
const CARE_VALIDITY_MONTHS = { 12: 30, 24: 45, 36: 25 };

/** Certificates are rarer in children and commoner in old age; these factors average ≈1 over the city's ages. */
const DISABILITY_AGE_FACTOR = { child: 0.42, workingAge: 0.84, elderly: 1.68 };
/** Kind by age group; overall ≈55% physical, 15% intellectual, 30% mental (RATES.disabilityCertificateKinds). */
const DISABILITY_KIND_BY_AGE: Readonly<Record<keyof typeof DISABILITY_AGE_FACTOR, Readonly<Record<Kind, number>>>> = {
  child: { PHYSICAL: 30, INTELLECTUAL: 55, MENTAL: 15 },
  workingAge: { PHYSICAL: 35, INTELLECTUAL: 20, MENTAL: 45 },
  elderly: { PHYSICAL: 80, INTELLECTUAL: 3, MENTAL: 17 },
};
/** 身体障害者手帳 1–6級, 療育手帳 A/B, 精神障害者保健福祉手帳 1–3級. */
export const DISABILITY_GRADES: Readonly<Record<Kind, Readonly<Record<string, number>>>> = {
  PHYSICAL: { '1級': 26, '2級': 15, '3級': 18, '4級': 27, '5級': 7, '6級': 7 },
  INTELLECTUAL: { A: 38, B: 62 },
  MENTAL: { '1級': 10, '2級': 55, '3級': 35 },
};

/** Long-term-care certifications and disability certificates of the household's members. */
export function addCertificates(rng: Random, draft: HouseholdDraft, asOf: string): void {
  draft.plan.residents.forEach((resident, index) => {
    const age = draft.ages[index];
    const careShare = CARE_CERTIFIED_BY_AGE.find((band) => age >= band.fromAge)?.share ?? 0;
    if (rng.chance(careShare)) {
      const validityMonths = +rng.weighted(CARE_VALIDITY_MONTHS);
      const certifiedOn = rng.dateBetween(addDays(addMonths(asOf, -validityMonths), 1), asOf);
      draft.plan.careCertifications.push({
        resident_number: resident.resident_number,
        care_level: rng.weighted(CARE_LEVEL_WEIGHTS),
        certified_on: certifiedOn,
        valid_until: addDays(addMonths(certifiedOn, validityMonths), -1),
      });
    }

    const ageGroup = age < 18 ? 'child' : age < 65 ? 'workingAge' : 'elderly';
    if (rng.chance(RATES.disabilityCertificateResidents * DISABILITY_AGE_FACTOR[ageGroup])) {
      const kind = rng.weighted(DISABILITY_KIND_BY_AGE[ageGroup]);
      draft.plan.disabilityCertificates.push({
        resident_number: resident.resident_number,
        certificate_kind: kind,
        grade: rng.weighted(DISABILITY_GRADES[kind]),
        issued_on: disabilityIssuedOn(rng, kind, resident.date_of_birth, asOf),
      });
    }
  });
}

/** 療育手帳 are usually issued in childhood; 精神 certificates are renewed every two years. */
function disabilityIssuedOn(rng: Random, kind: Kind, dateOfBirth: string, asOf: string): string {
  switch (kind) {
    case Kind.INTELLECTUAL:
      return rng.dateBetween(earlierOf(addYears(dateOfBirth, 2), asOf), earlierOf(addYears(dateOfBirth, 18), asOf));
    case Kind.MENTAL:
      return rng.dateBetween(laterOf(dateOfBirth, addYears(asOf, -2)), asOf);
    case Kind.PHYSICAL:
      return rng.dateBetween(laterOf(dateOfBirth, addYears(asOf, -30)), asOf);
  }
}
