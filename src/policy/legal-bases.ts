import { registerEnumType } from 'type-graphql';
import { LegalRegime } from '../organisation/units';
import type { Bilingual } from '../errors';

/** The lawful bases for using or providing personal data (DESIGN.md §3). */
export enum LegalBasis {
  WITHIN_PURPOSE = 'WITHIN_PURPOSE',
  CONSENT = 'CONSENT',
  SUPPORT_MEETING = 'SUPPORT_MEETING',
  LIFE_BODY_PROPERTY = 'LIFE_BODY_PROPERTY',
}

registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description: 'Lawful basis of an access (利用・提供の根拠).',
  valuesConfig: {
    WITHIN_PURPOSE: { description: 'Use within the purpose of collection (利用目的の範囲内).' },
    CONSENT: { description: "The person's consent (本人同意)." },
    SUPPORT_MEETING: { description: 'Statutory support meeting, 生活困窮者自立支援法 §9 (法令に基づく場合).' },
    LIFE_BODY_PROPERTY: { description: 'Protection of life, body or property (人の生命・身体・財産の保護).' },
  },
});

/** The article that makes a basis lawful depends on the regime of the holder, not of the asker. */
export const CITATIONS: Record<LegalBasis, Record<LegalRegime, Bilingual>> = {
  WITHIN_PURPOSE: {
    PUBLIC_ORGAN: { en: 'APPI art. 69(1)', ja: '個人情報保護法第69条第1項' },
    PRIVATE_OPERATOR: { en: 'APPI art. 18(1)', ja: '個人情報保護法第18条第1項' },
  },
  CONSENT: {
    PUBLIC_ORGAN: { en: 'APPI art. 69(2)(i)', ja: '個人情報保護法第69条第2項第1号' },
    PRIVATE_OPERATOR: { en: 'APPI art. 27(1)', ja: '個人情報保護法第27条第1項' },
  },
  SUPPORT_MEETING: {
    PUBLIC_ORGAN: { en: 'APPI art. 69(1); Act on Self-Reliance Support art. 9', ja: '個人情報保護法第69条第1項、生活困窮者自立支援法第9条' },
    PRIVATE_OPERATOR: { en: 'APPI art. 27(1)(i); Act on Self-Reliance Support art. 9', ja: '個人情報保護法第27条第1項第1号、生活困窮者自立支援法第9条' },
  },
  LIFE_BODY_PROPERTY: {
    PUBLIC_ORGAN: { en: 'APPI art. 69(2)(iv)', ja: '個人情報保護法第69条第2項第4号' },
    PRIVATE_OPERATOR: { en: 'APPI art. 27(1)(ii)', ja: '個人情報保護法第27条第1項第2号' },
  },
};

export function citationFor(basis: LegalBasis, regime: LegalRegime): Bilingual {
  return CITATIONS[basis][regime];
}
