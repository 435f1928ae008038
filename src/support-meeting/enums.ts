import { registerEnumType } from 'type-graphql';

/**
 * The legal basis of a meeting body. Policies key on this, never on the body's name: a §9 支援会議
 * lets members share without consent (法令に基づく場合); a 支援調整会議 rests on each person's consent
 * (seed 000 L2725–2733, L2776–2782).
 */
export enum MeetingLegalBasis {
  /** 生活困窮者自立支援法 §9(1): members bound by confidentiality (§9(5)). */
  SELF_RELIANCE_SUPPORT_ACT_ART_9 = 'SELF_RELIANCE_SUPPORT_ACT_ART_9',
  /** 支援調整会議 and other consent-based bodies: grants no access by itself. */
  CONSENT_BASED = 'CONSENT_BASED',
}

registerEnumType(MeetingLegalBasis, {
  name: 'MeetingLegalBasis',
  description: 'Legal basis of a meeting body (会議体の法的根拠).',
  valuesConfig: {
    SELF_RELIANCE_SUPPORT_ACT_ART_9: { description: 'Support meeting under 生活困窮者自立支援法 §9(1) (支援会議).' },
    CONSENT_BASED: { description: 'Consent-based body such as a 支援調整会議; grants no access by itself.' },
  },
});
