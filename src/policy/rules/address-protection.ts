import type { Bilingual } from '../../errors';
import { allCategories, type DataCategory } from '../categories';

/**
 * Address protection (APPI art. 69(2) proviso and 27: no provision that unjustly harms the person or
 * a third party). For a resident under the DV/stalking support measure (DV等支援措置, 住民基本台帳法
 * §12(6) etc. and the 事務処理要領), nothing that reveals where they live leaves the unit that holds
 * it, whatever the basis — not even for other units of the same organisation. A copy the holder
 * received from another body (a utility's report of its customer) is treated as outside the holder:
 * the person's whereabouts reached it by a provision, and go no further.
 *
 * The rule itself is a protected fact: the asker is never told that it applied (DESIGN.md §3).
 */
export const ADDRESS_PROTECTION: Bilingual = { en: 'APPI art. 69(2) proviso', ja: '個人情報保護法第69条第2項ただし書' };

/** Whether the rule withholds this category, held by `holder`, from the actor's unit for a protected resident. */
export function addressWithheld(category: DataCategory, holder: string, actorUnit: string): boolean {
  return category.revealsAddress === true && (category.providedCopy === true || holder !== actorUnit);
}

/** The address categories, split as the CASL rules need them: withheld outside the holder, and withheld everywhere. */
export function addressCategories(): { outsideHolder: string[]; everywhere: string[] } {
  const revealing = allCategories().filter((c) => c.revealsAddress);
  return {
    outsideHolder: revealing.filter((c) => !c.providedCopy).map((c) => c.code),
    everywhere: revealing.filter((c) => c.providedCopy).map((c) => c.code),
  };
}

/** What the access log records for auditors (never shown to the asker). */
export const ADDRESS_WITHHELD_FOR_AUDIT: Bilingual = {
  en: `Withheld under the address protection (DV/stalking support measure; ${ADDRESS_PROTECTION.en}).`,
  ja: `住所の保護（DV等支援措置、${ADDRESS_PROTECTION.ja}）により提供しません。`,
};

/**
 * What the asker is told when the rule overrides a basis it holds. It does not say why, and it is
 * the same text as for every other value a holder withholds whatever the basis.
 */
export const WITHHELD_BY_HOLDER: Bilingual = {
  en: 'The holder does not provide this value to your unit for this resident, whatever the basis. If you need to reach the person, ask the holder to pass your message on.',
  ja: '保有者は、根拠の有無にかかわらず、この住民についてこの情報を貴所属に提供しません。本人への連絡が必要な場合は、保有者に取次ぎを依頼してください。',
};
