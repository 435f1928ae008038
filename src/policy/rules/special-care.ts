import type { Bilingual } from '../../errors';
import type { DataCategory } from '../categories';

/**
 * Special-care data (要配慮個人情報, APPI art. 2(3): disability, care certification, medical facts).
 * Consent to provide it must be written or electronic: an oral consent recorded by staff does not
 * cover it (DESIGN.md §3; seed 000 P1 on consent taken at the counter or by phone).
 */
export const SPECIAL_CARE: Bilingual = { en: 'APPI art. 2(3)', ja: '個人情報保護法第2条第3項' };

export function isSpecialCare(category: DataCategory): boolean {
  return category.specialCare === true;
}

export function specialCareConsentDefect(method: string, documented: boolean): Bilingual | undefined {
  if (documented) return undefined;
  return {
    en: `Special-care data (${SPECIAL_CARE.en}) needs written or electronic consent; this consent was given ${method}.`,
    ja: `要配慮個人情報（${SPECIAL_CARE.ja}）には書面または電磁的方法による同意が必要です。口頭の同意では提供できません。`,
  };
}

export function specialCareRemedy(target: string, targetJa: string): Bilingual {
  return {
    en: `Obtain written or electronic consent ${target} (special-care data, ${SPECIAL_CARE.en}: oral consent does not cover it), or table the case at the support meeting (生活困窮者自立支援法 §9).`,
    ja: `本人から${targetJa}書面または電磁的方法による同意を得るか（要配慮個人情報のため口頭同意は不可）、支援会議に事案を付議してください。`,
  };
}
