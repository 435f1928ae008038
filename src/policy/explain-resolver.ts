import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { residentNumberOf } from '../resident/validation';
import type { RequestScope } from '../request/scope';
import { badInput } from '../server/input-checks';
import { BilingualText } from '../server/bilingual';
import { UNIT } from '../organisation/units';
import { allCategories, type DataCategory, findCategory, RECORD_PROVIDER } from './categories';
import { LegalBasis } from './legal-bases';
import { Purpose } from './purposes';

@ObjectType({ description: 'Why one basis does not apply.' })
class BasisFailureView {
  @Field({
    description:
      'A LegalBasis; WITHHELD_BY_HOLDER when the holder withholds the value whatever the basis; NOT_NEEDED_FOR_PURPOSE for a tax field outside the purpose’s minimal set.',
  })
  basis!: string;

  @Field(() => BilingualText, { description: 'Why it does not apply, in Japanese and English.' })
  reason!: BilingualText;
}

@ObjectType({ description: 'Whether a category of a resident’s data would be served to you now, and on which basis.' })
class AccessExplanation {
  @Field({ description: 'Data category code.' })
  category!: string;

  @Field({ description: 'Unit holding the data.' })
  holder!: string;

  @Field({ description: 'Whether the data would be served now.' })
  allowed!: boolean;

  @Field(() => LegalBasis, { nullable: true, description: 'The basis that allows it (null when denied).' })
  basis?: LegalBasis;

  @Field({ nullable: true, description: 'The consent, meeting case or emergency that grants access.' })
  basisRecordId?: string;

  @Field(() => BilingualText, { nullable: true, description: 'The article that makes the access lawful.' })
  citation?: BilingualText;

  @Field(() => [BasisFailureView], { description: 'Why each basis fails (empty when allowed).' })
  failures!: BasisFailureView[];

  @Field(() => BilingualText, { nullable: true, description: 'What would make the access lawful.' })
  remedy?: BilingualText;
}

/** Resident-data categories: the ones a caseworker asks about (not the records about bases). */
const RESIDENT_DATA = allCategories().filter((c) => !['consent.record', 'meeting.case', 'emergency.record'].includes(c.code));
const PROVIDERS = [UNIT.ELECTRICITY, UNIT.GAS, UNIT.WATER];

@Resolver()
export class ExplainAccessResolver {
  @Query(() => [AccessExplanation], {
    description: 'Asks before asking: which categories of a resident you could see for a purpose, and under what basis — without reading any data.',
  })
  async explainAccess(
    @Arg('residentNumber', () => ID, { description: 'Municipal resident number (宛名番号), ten digits.' }) residentNumber: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Arg('categories', () => [String], { nullable: true, description: 'Category codes; all resident data when omitted.' }) codes: string[] | undefined,
    @Ctx() scope: RequestScope,
  ): Promise<AccessExplanation[]> {
    residentNumber = residentNumberOf(residentNumber);
    const categories = codes ? codes.map(known) : RESIDENT_DATA;
    const decider = await scope.declarePurpose(purpose);
    await scope.admit([residentNumber]);
    return categories.flatMap((category) =>
      holdersOf(category).map((holder) => {
        const decision = decider.decide(residentNumber, category, holder);
        return decision.allowed
          ? { category: category.code, holder, allowed: true, basis: decision.basis, basisRecordId: decision.basisRecordId, citation: decision.citation, failures: [] }
          : { category: category.code, holder, allowed: false, failures: decision.failures, remedy: decision.remedy };
      }),
    );
  }
}

function known(code: string): DataCategory {
  const category = findCategory(code);
  if (!category) throw badInput('categories', `Unknown data category: ${code}.`, `不明なデータ区分です：${code}`);
  return category;
}

/** The holders a category has: its fixed holder, the sections that hold it in their own right, or the utilities. */
function holdersOf(category: DataCategory): string[] {
  if (category.holder !== RECORD_PROVIDER) return [category.holder];
  return category.purposesByHolder ? Object.keys(category.purposesByHolder) : PROVIDERS;
}
