import { allCategories } from '../categories';
import { LegalBasis } from '../legal-bases';
import { PURPOSE_NAMES } from '../purposes';
import { type BasisModule, readRule } from './basis-module';

/**
 * Use within the purpose of collection (APPI 69(1) / 18(1)): the actor's organisation holds the
 * record and the declared purpose is one the category was collected for.
 */
export const withinPurpose: BasisModule = {
  basis: LegalBasis.WITHIN_PURPOSE,

  rules({ actor, purpose, policy, directory }) {
    const holders = directory.unitsHeldBy(actor.holdingOrganisationCode);
    const sameForEveryHolder = allCategories().filter((category) => !category.purposesByHolder);
    const categories = sameForEveryHolder.filter((category) => policy.purposesOf(category).includes(purpose)).map((category) => category.code);
    const perHolder = allCategories()
      .filter((category) => category.purposesByHolder)
      .map((category) => ({ category, holders: holders.filter((holder) => policy.purposesOf(category, holder).includes(purpose)) }))
      .filter(({ holders }) => holders.length > 0)
      .map(({ category, holders }) => readRule(LegalBasis.WITHIN_PURPOSE, { category: category.code, holder: { $in: holders } }));
    return [readRule(LegalBasis.WITHIN_PURPOSE, { category: { $in: categories }, holder: { $in: holders } }), ...perHolder];
  },

  whyNot({ actor, purpose, policy, directory }, _facts, category, holder) {
    const holderUnit = directory.unit(holder);
    const holderName = holderUnit?.name ?? holder;
    if (!holderUnit || holderUnit.holdingOrganisationCode !== actor.holdingOrganisationCode) {
      return {
        en: `\`${category.code}\` is held by ${holderName} (${holder}), outside your organisation; use within the purpose of collection is open only to its holder.`,
        ja: `「${category.ja}」は${holderName}が保有する情報であり、利用目的の範囲内での利用は保有者に限られます。`,
      };
    }
    const purposes = policy.purposesOf(category, holder);
    return {
      en: `\`${category.code}\` was collected for ${purposes.join(', ')}; the declared purpose ${purpose} is not one of them.`,
      ja: `「${category.ja}」の利用目的は${purposes.map((p) => PURPOSE_NAMES[p].ja).join('・')}であり、申告された利用目的「${PURPOSE_NAMES[purpose].ja}」は含まれません。`,
    };
  },
};
