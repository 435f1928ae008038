import { Arg, Ctx, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLError } from 'graphql';
import { CATEGORIES } from '../policy/categories';
import { denialError } from '../request/denials';
import { PersonalFieldResolver } from '../policy/personal-field';
import { Purpose } from '../policy/purposes';
import type { RequestScope } from '../request/scope';
import { Resident } from './entities';
import { Household } from './household';
import { identityDecision, residentNotFound } from './identify';
import { residentNumberOf, residentNumbersOf } from './validation';

@Resolver(() => Resident)
export class ResidentResolver {
  @Query(() => Resident, {
    nullable: true,
    description: 'Looks a resident up by resident number (宛名番号). Looking someone up reads their identity, so it needs a basis like any other field.',
  })
  async resident(
    @Arg('residentNumber', () => ID, { description: 'Municipal resident number (宛名番号), ten digits.' }) residentNumber: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Resident | GraphQLError> {
    residentNumber = residentNumberOf(residentNumber);
    return lookUp(scope, purpose, residentNumber, () => scope.admitWithHousehold(residentNumber));
  }

  @Query(() => [Resident], {
    nullable: 'items',
    description: 'Looks up to 5,000 residents at once (a caseload), in the order given; each entry is decided on its own.',
  })
  async residents(
    @Arg('residentNumbers', () => [ID], { description: 'Resident numbers (宛名番号).' }) residentNumbers: string[],
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<(Resident | GraphQLError)[]> {
    residentNumbers = residentNumbersOf(residentNumbers);
    // The whole list's facts in one batch before any resident is decided.
    await scope.declarePurpose(purpose);
    await scope.admit(residentNumbers);
    const admittedAbove = () => Promise.resolve();
    return Promise.all(residentNumbers.map((n) => lookUp(scope, purpose, n, admittedAbove)));
  }

  @PersonalFieldResolver(CATEGORIES.PERSON_HOUSEHOLD, () => Household, { description: 'The household (世帯) the resident belongs to.' })
  async household(@Root() resident: Resident, @Ctx() scope: RequestScope): Promise<Household | null> {
    const record = await scope.loaders.resident.household.load(resident.householdNumber);
    if (!record) return null;
    const members = await scope.loaders.resident.membersByHousehold.load(resident.householdNumber);
    await scope.admit(members.map((m) => m.residentNumber));
    const head = members.filter((m) => m.residentNumber === record.headResidentNumber);
    return Object.assign(new Household(), {
      residentNumber: resident.residentNumber,
      householdNumber: record.householdNumber,
      formedOn: record.formedOn,
      headResidentNumber: record.headResidentNumber,
      members: [...head, ...members.filter((m) => m.residentNumber !== record.headResidentNumber)],
    });
  }
}

/**
 * The identity decision comes before the answer, so an actor without a basis learns nothing about
 * whether the number exists: the answer is the same denial either way. The resident's facts are
 * loaded (`admit`) while the record is.
 */
async function lookUp(scope: RequestScope, purpose: Purpose, residentNumber: string, admit = () => scope.admit([residentNumber])): Promise<Resident | GraphQLError> {
  const decider = await scope.declarePurpose(purpose);
  const [resident] = await Promise.all([scope.loaders.resident.byNumber.load(residentNumber), admit()]);
  const decision = await identityDecision(scope, residentNumber, 'Query.resident');
  if (!decision.allowed) return denialError(decision, decider.denials);
  return resident ?? residentNotFound(residentNumber);
}
