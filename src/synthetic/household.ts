import { RelationshipToHead as Rel, Sex } from '../resident/enums';
import { addDays, addYears, laterOf } from './dates';
import { drawDwelling, type Dwelling, type Tenure } from './dwelling';
import type { RegisterNumbers } from './identifiers';
import { drawGivenName, drawSurname } from './names';
import { emptyRecords, type HouseholdPlan, type ResidentValues } from './plan';
import type { Random } from './random';
import { RATES, type HouseholdShape } from './rates';
import { RISK_BY_SHAPE, riskChance, type Risk } from './risk';
import type { NameWithReading } from './japanese/surnames';

/** A household being generated: its plan (register rows now, records added by the department modules) and the facts they draw on. */
export interface HouseholdDraft {
  shape: HouseholdShape;
  risk: Risk;
  dwelling: Dwelling;
  plan: HouseholdPlan;
  /** Age on the as-of date, parallel to plan.residents. */
  ages: number[];
}

export interface MemberSpec {
  relationship: Rel;
  age: number;
  sex: Sex;
}

/** Age bands as 'from-to' (both included) with weights. */
type AgeBands = Readonly<Record<string, number>>;

const HEAD_AGES: Readonly<Record<HouseholdShape, AgeBands>> = {
  SINGLE_ELDERLY: { '65-74': 38, '75-84': 40, '85-99': 22 },
  SINGLE_WORKING_AGE: { '18-29': 36, '30-44': 28, '45-64': 36 },
  COUPLE_ELDERLY: { '65-74': 52, '75-84': 36, '85-95': 12 },
  COUPLE_WORKING_AGE: { '22-34': 35, '35-49': 20, '50-64': 45 },
  COUPLE_WITH_CHILDREN: { '25-34': 10, '35-44': 24, '45-54': 31, '55-64': 21, '65-80': 14 },
  SINGLE_PARENT: { '22-34': 28, '35-44': 38, '45-54': 24, '55-75': 10 },
  THREE_GENERATIONS: { '38-60': 60, '62-85': 40 },
  SIBLINGS: { '30-49': 30, '50-64': 35, '65-85': 35 },
  SHARED_WITH_NON_RELATIVE: { '20-39': 50, '40-75': 50 },
};

const CHILD_COUNTS = { '1': 48, '2': 40, '3': 11, '4': 1 };
const PRIVATE_RENTAL_SHARE: Readonly<Record<HouseholdShape, number>> = {
  SINGLE_ELDERLY: 0.3,
  SINGLE_WORKING_AGE: 0.75,
  COUPLE_ELDERLY: 0.12,
  COUPLE_WORKING_AGE: 0.55,
  COUPLE_WITH_CHILDREN: 0.28,
  SINGLE_PARENT: 0.6,
  THREE_GENERATIONS: 0.05,
  SIBLINGS: 0.3,
  SHARED_WITH_NON_RELATIVE: 0.8,
};

const parsedBands = new Map<string, [number, number]>();

function drawAge(rng: Random, bands: AgeBands): number {
  const band = rng.weighted(bands);
  let range = parsedBands.get(band);
  if (!range) parsedBands.set(band, (range = band.split('-').map(Number) as [number, number]));
  return rng.int(range[0], range[1]);
}

const opposite = (sex: Sex): Sex => (sex === Sex.MALE ? Sex.FEMALE : Sex.MALE);
const randomSex = (rng: Random): Sex => (rng.chance(0.5) ? Sex.MALE : Sex.FEMALE);

/** A spouse of the other sex; the husband is usually a little older (−3 to +7 years). */
function spouseOf(rng: Random, partner: MemberSpec, relationship: Rel): MemberSpec {
  const husbandMinusWife = rng.int(-3, 7);
  const age = partner.sex === Sex.MALE ? partner.age - husbandMinusWife : partner.age + husbandMinusWife;
  return { relationship, age: Math.max(18, age), sex: opposite(partner.sex) };
}

/** Children 21–44 years younger than every parent given, at most `maxAge`; none if no age fits. */
function childrenOf(rng: Random, parents: MemberSpec[], relationship: Rel, maxAge: number, count: number): MemberSpec[] {
  const youngest = Math.min(...parents.map((parent) => parent.age));
  const oldest = Math.max(...parents.map((parent) => parent.age));
  const from = Math.max(0, oldest - 44);
  const to = Math.min(maxAge, youngest - 21);
  if (to < from) return [];
  const children = Array.from({ length: count }, () => ({ relationship, age: rng.int(from, to), sex: randomSex(rng) }));
  return children.sort((a, b) => b.age - a.age);
}

/** The members of a household of `shape`, head first. */
export function drawMembers(rng: Random, shape: HouseholdShape): MemberSpec[] {
  const headAge = drawAge(rng, HEAD_AGES[shape]);
  const head = (sex: Sex): MemberSpec => ({ relationship: Rel.HEAD, age: headAge, sex });
  const childCount = () => +rng.weighted(CHILD_COUNTS);
  switch (shape) {
    case 'SINGLE_ELDERLY':
      return [head(rng.chance(0.65) ? Sex.FEMALE : Sex.MALE)];
    case 'SINGLE_WORKING_AGE':
      return [head(rng.chance(0.58) ? Sex.MALE : Sex.FEMALE)];
    case 'COUPLE_ELDERLY':
    case 'COUPLE_WORKING_AGE': {
      const husbandOrWife = head(rng.chance(0.9) ? Sex.MALE : Sex.FEMALE);
      return [husbandOrWife, spouseOf(rng, husbandOrWife, Rel.SPOUSE)];
    }
    case 'COUPLE_WITH_CHILDREN': {
      const parents = [head(rng.chance(0.9) ? Sex.MALE : Sex.FEMALE)];
      parents.push(spouseOf(rng, parents[0], Rel.SPOUSE));
      return [...parents, ...childrenOf(rng, parents, Rel.CHILD, 45, childCount())];
    }
    case 'SINGLE_PARENT': {
      const parent = head(rng.chance(0.88) ? Sex.FEMALE : Sex.MALE);
      return [parent, ...childrenOf(rng, [parent], Rel.CHILD, 30, Math.min(3, childCount()))];
    }
    case 'THREE_GENERATIONS':
      return headAge < 62
        ? withParents(rng, head(rng.chance(0.85) ? Sex.MALE : Sex.FEMALE))
        : withGrandchildren(rng, head(rng.chance(0.8) ? Sex.MALE : Sex.FEMALE));
    case 'SIBLINGS': {
      const siblings = Array.from({ length: rng.chance(0.8) ? 1 : 2 }, () => ({
        relationship: Rel.SIBLING,
        age: Math.max(18, headAge + rng.int(-10, 10)),
        sex: randomSex(rng),
      }));
      return [head(randomSex(rng)), ...siblings];
    }
    case 'SHARED_WITH_NON_RELATIVE':
      return [head(randomSex(rng)), { relationship: Rel.NON_RELATIVE, age: Math.max(18, headAge + rng.int(-15, 15)), sex: randomSex(rng) }];
  }
}

/** A middle-aged head with spouse and children, and one or both of the head's parents. */
function withParents(rng: Random, head: MemberSpec): MemberSpec[] {
  const family = [head];
  if (rng.chance(0.85)) family.push(spouseOf(rng, head, Rel.SPOUSE));
  const children = childrenOf(rng, family, Rel.CHILD, 30, Math.min(3, +rng.weighted(CHILD_COUNTS)));
  const parentAge = () => head.age + rng.int(21, Math.min(44, 100 - head.age));
  const parents: MemberSpec[] = rng.chance(0.4)
    ? [{ relationship: Rel.PARENT, age: parentAge(), sex: Sex.MALE }, { relationship: Rel.PARENT, age: parentAge(), sex: Sex.FEMALE }]
    : [{ relationship: Rel.PARENT, age: parentAge(), sex: rng.chance(0.75) ? Sex.FEMALE : Sex.MALE }];
  return [...family, ...children, ...parents];
}

/** An elderly head (with spouse) living with a married child and grandchildren; the child's spouse is その他親族. */
function withGrandchildren(rng: Random, head: MemberSpec): MemberSpec[] {
  const family = [head];
  if (rng.chance(0.7)) family.push(spouseOf(rng, head, Rel.SPOUSE));
  const [child] = childrenOf(rng, family, Rel.CHILD, 55, 1);
  if (!child) return family;
  child.sex = rng.chance(0.75) ? Sex.MALE : Sex.FEMALE;
  const childSpouse = spouseOf(rng, child, Rel.OTHER_RELATIVE);
  const grandchildren = childrenOf(rng, [child, childSpouse], Rel.GRANDCHILD, 30, Math.min(3, +rng.weighted(CHILD_COUNTS)));
  return [...family, child, childSpouse, ...grandchildren];
}

function drawTenure(rng: Random, shape: HouseholdShape, risk: Risk): Tenure {
  if (rng.chance(riskChance(RATES.publicHousingHouseholds, risk))) return 'PUBLIC_HOUSING';
  const rentalShare = Math.min(0.95, PRIVATE_RENTAL_SHARE[shape] + (risk === 'HIGH' ? 0.2 : risk === 'MEDIUM' ? 0.1 : 0));
  return rng.chance(rentalShare) ? 'PRIVATE_RENTAL' : 'OWNED';
}

/** The register rows of a random household of at most `maxMembers` residents. */
export function drawHousehold(rng: Random, asOf: string, numbers: RegisterNumbers, maxMembers: number): HouseholdDraft {
  const shape = rng.weighted(RATES.householdShapes);
  const risk = rng.weighted(RISK_BY_SHAPE[shape]);
  const members = drawMembers(rng, shape).slice(0, Math.max(1, maxMembers));
  const dwelling = drawDwelling(rng, drawTenure(rng, shape, risk));
  const surname = drawSurname(rng);
  const householdNumber = numbers.nextHouseholdNumber();
  const datesOfBirth = members.map((member) => addDays(addYears(asOf, -member.age), -rng.int(0, 364)));
  const headAdultOn = addYears(datesOfBirth[0], 18);
  const formedOn = rng.dateBetween(laterOf(headAdultOn, addYears(asOf, -45)), addDays(asOf, -1));

  const residents = members.map((member, index): ResidentValues => {
    const dateOfBirth = datesOfBirth[index];
    const familyName: NameWithReading = member.relationship === Rel.NON_RELATIVE ? drawSurname(rng) : surname;
    const givenName = drawGivenName(rng, member.sex, +dateOfBirth.slice(0, 4));
    const dvChance = member.age < 18 ? 0 : member.sex === Sex.FEMALE ? RATES.dvProtectedAdults * 1.7 : RATES.dvProtectedAdults * 0.3;
    return {
      resident_number: numbers.nextResidentNumber(),
      household_number: householdNumber,
      relationship_to_head: member.relationship,
      family_name: familyName.name,
      given_name: givenName.name,
      family_name_kana: familyName.kana,
      given_name_kana: givenName.kana,
      date_of_birth: dateOfBirth,
      sex: member.sex,
      postal_code: dwelling.postalCode,
      address: dwelling.address,
      dv_protection: rng.chance(dvChance),
      registered_on: laterOf(dateOfBirth, formedOn),
    };
  });

  return {
    shape,
    risk,
    dwelling,
    ages: members.map((member) => member.age),
    plan: {
      household: { household_number: householdNumber, head_resident_number: residents[0].resident_number, formed_on: formedOn },
      residents,
      ...emptyRecords(),
    },
  };
}
