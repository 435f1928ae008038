import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UNIT } from '../organisation/units';
import { Purpose } from '../policy/purposes';
import { Resident } from '../resident/entities';
import { mayMatchByAddress } from '../policy/rules/minimal-disclosure';
import { UNMATCHED_SUBJECT } from '../policy/subject-facts';
import { badInput } from '../server/input-checks';
import type { Loaders } from '../server/loaders';
import type { RequestScope } from '../request/scope';
import { assertMayLookUpByIdentifiers } from '../resident/identify';
import { ConsultationAnswer } from './consultation-answer';
import { FIELDS_OF_SET, fold, IdentifierSet, PersonIdentifiersInput } from './identifiers';

/** The sections that hold consultations, and how to tell whether someone consulted them. */
const SECTIONS: { unit: string; consulted: (loaders: Loaders, residentNumber: string) => Promise<boolean> }[] = [
  { unit: UNIT.PUBLIC_HOUSING, consulted: async (l, n) => (await l.housing.consultationsByResident.load(n)).length > 0 },
  { unit: UNIT.SELF_RELIANCE, consulted: async (l, n) => (await l.welfare.selfRelianceByResident.load(n)).length > 0 },
  { unit: UNIT.PUBLIC_ASSISTANCE, consulted: async (l, n) => (await l.welfare.publicAssistanceByResident.load(n)).length > 0 },
];

/** Minimal-disclosure lookup: "has this person consulted you?" (policy/rules/minimal-disclosure.ts). */
@Resolver()
export class MinimalLookupResolver {
  @Query(() => [ConsultationAnswer], { description: 'Has this person consulted the housing, self-reliance or public-assistance section? Yes/no per section, nothing more.' })
  async hasConsulted(
    @Arg('person', () => PersonIdentifiersInput, { description: 'The person asked about, by one fixed identifier set.' }) person: PersonIdentifiersInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<ConsultationAnswer[]> {
    await scope.declarePurpose(purpose);
    assertOnlyTheSet(person);
    assertMayLookUpByIdentifiers(scope, purpose, { en: 'The consultation lookup', ja: '相談歴の照会' });
    await scope.lookups.take(scope, scope.coreEm, 'hasConsulted');
    const resident = await findExactlyOne(scope.coreEm, person, scope.actor.unitCode);
    const subject = resident?.residentNumber ?? UNMATCHED_SUBJECT;
    scope.trail.record({
      action: 'CONSULTATION_LOOKUP',
      subject: resident?.residentNumber ?? null,
      fields: FIELDS_OF_SET[person.set],
      note: `${person.set}: ${FIELDS_OF_SET[person.set].map((f) => person[f]).join(' / ')} — ${resident ? 'one resident' : 'no single resident'}`,
    });
    await scope.admit([subject]);
    return Promise.all(
      SECTIONS.map(async (section) =>
        Object.assign(new ConsultationAnswer(), {
          residentNumber: subject,
          holderUnit: section.unit,
          section: section.unit,
          sectionName: scope.directory.unit(section.unit)?.name ?? section.unit,
          consulted: await section.consulted(scope.loaders, subject),
        }),
      ),
    );
  }
}

function assertOnlyTheSet(person: PersonIdentifiersInput): void {
  const wanted = FIELDS_OF_SET[person.set];
  const all = Object.values(FIELDS_OF_SET).flat();
  const missing = wanted.filter((f) => !person[f]);
  const extra = all.filter((f) => !wanted.includes(f) && person[f] !== undefined && person[f] !== null);
  if (missing.length || extra.length) {
    throw badInput(
      'person',
      `The ${person.set} set is exactly ${wanted.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; not allowed: ${extra.join(', ')}` : ''}.`,
      '指定した識別情報の組合せに含まれる項目だけを、すべて入力してください。',
    );
  }
}

/** The one resident the identifiers single out, or null (none, or several): the caller answers the same either way. */
async function findExactlyOne(em: EntityManager, person: PersonIdentifiersInput, actorUnit: string): Promise<Resident | null> {
  const candidates =
    person.set === IdentifierSet.KANA_NAME_AND_BIRTH_DATE
      ? await em.find(Resident, { dateOfBirth: person.dateOfBirth!, familyNameKana: fold(person.familyNameKana!), givenNameKana: fold(person.givenNameKana!) })
      : (await em.find(Resident, { familyName: fold(person.familyName!), givenName: fold(person.givenName!) })).filter(
          (r) => mayMatchByAddress(actorUnit, r.dvProtection) && fold(r.address) === fold(person.address!),
        );
  return candidates.length === 1 ? candidates[0] : null;
}
