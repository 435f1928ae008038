import { Arg, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { fold } from '../minimal-lookup/identifiers';
import { Purpose } from '../policy/purposes';
import type { RequestScope } from '../request/scope';
import { badInput } from '../server/input-checks';
import { LocalDate } from '../server/scalars';
import { Resident } from './entities';
import { assertMayLookUpByIdentifiers, identityDecision } from './identify';

/** More candidates than a clerk can tell apart at the counter: the search asks for the other name. */
const MOST_CANDIDATES = 20;

@InputType({ description: 'Who the person at the counter says they are: date of birth, and the name in kanji, in kana, or both.' })
class CounterSearchInput {
  @Field({ nullable: true, description: 'Full name as written (氏名), family name first; spaces, full- and half-width are ignored.' })
  name?: string;

  @Field({ nullable: true, description: 'Full name in kana (フリガナ), katakana or hiragana, full- or half-width; spaces are ignored.' })
  nameKana?: string;

  @Field(() => LocalDate, { description: 'Date of birth (生年月日).' })
  dateOfBirth!: string;
}

/**
 * Finding a resident at the counter (窓口) by name or kana and date of birth. It is a lookup by
 * identifiers like the consultation lookup: open to the municipality's units for their purposes,
 * limited per actor, and logged hit or miss. What it returns are residents, so every field of
 * them is decided and logged like any other read.
 */
@Resolver()
export class CounterSearchResolver {
  @Query(() => [Resident], {
    description:
      'Residents whose date of birth and name (or kana) are exactly those given, width, spaces and hiragana/katakana aside. Every search is logged and counts towards the per-minute limit on lookups.',
  })
  async findResidents(
    @Arg('search', () => CounterSearchInput, { description: 'Date of birth and the name in kanji, in kana, or both.' }) search: CounterSearchInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<Resident[]> {
    await scope.declarePurpose(purpose);
    const name = search.name ? fold(search.name) : '';
    const kana = search.nameKana ? fold(search.nameKana) : '';
    if (!name && !kana) throw badInput('search', 'Give the name, the kana, or both, with the date of birth.', '生年月日とあわせて、氏名またはフリガナを入力してください。');
    assertMayLookUpByIdentifiers(scope, purpose, { en: 'The counter search', ja: '窓口での住民検索' });
    await scope.lookups.take(scope, scope.coreEm, 'findResidents');

    const born = await scope.coreEm.find(Resident, { dateOfBirth: search.dateOfBirth }, { orderBy: { residentNumber: 'asc' } });
    const matches = born.filter(
      (r) => (!name || fold(r.familyName + r.givenName) === name) && (!kana || fold(r.familyNameKana + r.givenNameKana) === kana),
    );
    scope.trail.record({
      action: 'RESIDENT_SEARCH',
      fields: Object.keys(search).filter((k) => search[k as keyof CounterSearchInput]),
      note: `${[search.name, search.nameKana, search.dateOfBirth].filter(Boolean).join(' / ')} — ${matches.length} found`,
    });
    if (matches.length > MOST_CANDIDATES) {
      throw badInput('search', `More than ${MOST_CANDIDATES} residents match: give both the name and the kana.`, `該当者が${MOST_CANDIDATES}人を超えます。氏名とフリガナの両方を入力してください。`);
    }
    const decisions = await Promise.all(matches.map((r) => identityDecision(scope, r.residentNumber, 'Query.findResidents')));
    return matches.filter((_, i) => decisions[i].allowed);
  }
}
