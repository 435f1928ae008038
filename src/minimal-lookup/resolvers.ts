import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UNIT } from '../organisation/units';
import { CATEGORIES } from '../policy/categories';
import { Purpose } from '../policy/purposes';
import { Resident } from '../resident/entities';
import { ErrorCode, hubError } from '../errors';
import { badInput } from '../server/input-checks';
import type { Loaders } from '../server/loaders';
import type { RequestScope } from '../request/scope';
import { ConsultationAnswer } from './consultation-answer';
import { FIELDS_OF_SET, fold, IdentifierSet, PersonIdentifiersInput } from './identifiers';

/** The sections that hold consultations, and how to tell whether someone consulted them. */
const SECTIONS: { unit: string; consulted: (loaders: Loaders, residentNumber: string) => Promise<boolean> }[] = [
  { unit: UNIT.PUBLIC_HOUSING, consulted: async (l, n) => (await l.housing.consultationsByResident.load(n)).length > 0 },
  { unit: UNIT.SELF_RELIANCE, consulted: async (l, n) => (await l.welfare.selfRelianceByResident.load(n)).length > 0 },
  { unit: UNIT.PUBLIC_ASSISTANCE, consulted: async (l, n) => (await l.welfare.publicAssistanceByResident.load(n)).length > 0 },
];

/**
 * Minimal-disclosure lookup (seed 000 Table 2-⑬): "has this person consulted you?", answered yes or
 * no per section from a fixed set of identifiers. The answer is personal data too: each section's
 * yes/no is decided like any field (typically on the consent taken at the asking counter).
 */
@Resolver()
export class MinimalLookupResolver {
  @Query(() => [ConsultationAnswer], { description: 'Has this person consulted the housing, self-reliance or public-assistance section? Yes/no per section, nothing more.' })
  async hasConsulted(
    @Arg('person', () => PersonIdentifiersInput, { description: 'The person asked about, by one fixed identifier set.' }) person: PersonIdentifiersInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<ConsultationAnswer[]> {
    const decider = await scope.declarePurpose(purpose);
    assertOnlyTheSet(person);
    const identity = CATEGORIES.PERSON_IDENTITY;
    const registry = scope.directory.unit(UNIT.RESIDENT_REGISTRY);
    if (registry?.holdingOrganisationCode !== scope.actor.holdingOrganisationCode || !decider.context.policy.purposesOf(identity).includes(purpose)) {
      throw hubError(ErrorCode.ACCESS_DENIED, {
        en: 'The consultation lookup is open to the municipality’s own units, for the purposes of their work.',
        ja: '相談歴の照会は市の部署が所掌事務のために行う場合に限られます。',
      });
    }
    const resident = await findExactlyOne(scope.coreEm, person);
    await scope.admit([resident.residentNumber]);
    return Promise.all(
      SECTIONS.map(async (section) =>
        Object.assign(new ConsultationAnswer(), {
          residentNumber: resident.residentNumber,
          holderUnit: section.unit,
          section: section.unit,
          sectionName: scope.directory.unit(section.unit)?.name ?? section.unit,
          consulted: await section.consulted(scope.loaders, resident.residentNumber),
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

async function findExactlyOne(em: EntityManager, person: PersonIdentifiersInput): Promise<Resident> {
  const candidates =
    person.set === IdentifierSet.KANA_NAME_AND_BIRTH_DATE
      ? await em.find(Resident, { dateOfBirth: person.dateOfBirth!, familyNameKana: fold(person.familyNameKana!), givenNameKana: fold(person.givenNameKana!) })
      : (await em.find(Resident, { familyName: fold(person.familyName!), givenName: fold(person.givenName!) })).filter(
          (r) => fold(r.address) === fold(person.address!),
        );
  if (candidates.length !== 1) {
    throw hubError(ErrorCode.IDENTIFIERS_NOT_MATCHED, {
      en: 'The identifiers do not single out one resident; check them with the person.',
      ja: '入力された識別情報では住民を一人に特定できません。本人に確認してください。',
    });
  }
  return candidates[0];
}
