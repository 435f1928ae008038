import type { Bilingual } from '../../errors';
import { allCategories } from '../categories';
import { type AccessRule, readRule } from './basis-module';
import type { SubjectFacts } from '../subject-facts';

/**
 * APPI 69(2) proviso: no out-of-purpose use that unjustly harms the person or a third party. For a
 * resident under the DV/stalking support measure (DV等支援措置), nothing that reveals where they live
 * leaves the unit that holds it, whatever the basis — not even for other units of the same organisation.
 */
export function addressProtectionRules(facts: SubjectFacts, actorUnit: string): AccessRule[] {
  if (!facts.dvProtection) return [];
  const categories = allCategories().filter((c) => c.revealsAddress).map((c) => c.code);
  return [
    { ...readRule('ADDRESS_WITHHELD', { subject: facts.subject, category: { $in: categories }, holder: { $ne: actorUnit } }), inverted: true },
  ];
}

export const ADDRESS_WITHHELD: Bilingual = {
  en: "The resident's whereabouts are withheld outside the unit that holds them, whatever the basis (APPI art. 69(2) proviso: unjust harm to the person or a third party).",
  ja: '本人又は第三者の権利利益を不当に侵害するおそれがあるため、所在に関する情報は保有者の外に提供されません（個人情報保護法第69条第2項ただし書）。',
};
