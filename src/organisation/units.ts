import { registerEnumType } from 'type-graphql';

/**
 * The organisations and units (departments) of the demo municipality. Units hold records; a data
 * category names the unit that holds it. Codes are stable: policies, consents and the access log
 * refer to them.
 */
export enum LegalRegime {
  /** 行政機関等: APPI chapter 5 (arts. 61, 62, 69). */
  PUBLIC_ORGAN = 'PUBLIC_ORGAN',
  /** 個人情報取扱事業者: APPI chapter 4 (arts. 18, 20, 27). */
  PRIVATE_OPERATOR = 'PRIVATE_OPERATOR',
}

registerEnumType(LegalRegime, {
  name: 'LegalRegime',
  description: 'Which chapter of the Act on the Protection of Personal Information (APPI) binds the holder.',
  valuesConfig: {
    PUBLIC_ORGAN: { description: 'Public organ (行政機関等): APPI chapter 5, arts. 61, 62, 69.' },
    PRIVATE_OPERATOR: { description: 'Private operator (個人情報取扱事業者): APPI chapter 4, arts. 18, 20, 27.' },
  },
});

export const ORG = {
  CITY: 'tsunagu-city',
  WATERWORKS: 'tsunagu-waterworks',
  ELECTRIC: 'tsunagu-electric',
  GAS: 'tsunagu-gas',
  SOCIAL_WELFARE_COUNCIL: 'tsunagu-csw',
} as const;

export const UNIT = {
  RESIDENT_REGISTRY: 'registry.residents',
  PUBLIC_HOUSING: 'housing.public-housing',
  TAXATION: 'tax.taxation',
  NHI: 'tax.nhi',
  PUBLIC_ASSISTANCE: 'welfare.public-assistance',
  LONG_TERM_CARE: 'welfare.long-term-care',
  DISABILITY: 'welfare.disability',
  SELF_RELIANCE: 'welfare.self-reliance',
  SUPPORT_MEETING_SECRETARIAT: 'welfare.support-meeting',
  PRIVACY_OFFICE: 'audit.privacy',
  ELECTRICITY: 'utility.electricity',
  GAS: 'utility.gas',
  WATER: 'utility.water',
  CSW_COMMUNITY: 'csw.community',
} as const;

export type UnitCode = (typeof UNIT)[keyof typeof UNIT];
