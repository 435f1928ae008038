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

/** What kind of body an organisation is: decides which purposes it may declare as its own business. */
export enum OrganisationKind {
  /** 市町村: runs municipal services under the laws that assign them. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** 地方公営企業 (e.g. the water works): a public organ of its own. */
  PUBLIC_ENTERPRISE = 'PUBLIC_ENTERPRISE',
  /** 電気・ガス事業者. */
  UTILITY_COMPANY = 'UTILITY_COMPANY',
  /** 社会福祉協議会 (社会福祉法 §109). */
  SOCIAL_WELFARE_COUNCIL = 'SOCIAL_WELFARE_COUNCIL',
  /** 社会福祉法人 other than the council, e.g. the operator of a 地域包括支援センター. */
  SOCIAL_WELFARE_CORPORATION = 'SOCIAL_WELFARE_CORPORATION',
  /** 居住支援法人 designated by the prefecture (住宅セーフティネット法 §40, 2017 numbering; seed 001:901-926). */
  HOUSING_SUPPORT_CORPORATION = 'HOUSING_SUPPORT_CORPORATION',
  /** 宅地建物取引業者・賃貸住宅管理業者 (協力不動産店, landlords' agents; seed 001:166, 419, 431). */
  REAL_ESTATE_AGENT = 'REAL_ESTATE_AGENT',
  /** 居住支援協議会 (住宅セーフティネット法 §51, 2017 numbering; seed 001:842-899): a council without legal personality. */
  HOUSING_SUPPORT_COUNCIL = 'HOUSING_SUPPORT_COUNCIL',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is (組織の種別).',
  valuesConfig: {
    MUNICIPALITY: { description: 'Municipality (市町村).' },
    PUBLIC_ENTERPRISE: { description: 'Local public enterprise such as the water works (地方公営企業).' },
    UTILITY_COMPANY: { description: 'Electricity or gas company (電気・ガス事業者).' },
    SOCIAL_WELFARE_COUNCIL: { description: 'Council of social welfare (社会福祉協議会).' },
    SOCIAL_WELFARE_CORPORATION: { description: 'Social welfare corporation (社会福祉法人).' },
    HOUSING_SUPPORT_CORPORATION: { description: 'Housing support corporation (居住支援法人).' },
    REAL_ESTATE_AGENT: { description: 'Realtor or landlord’s agent (協力不動産店・管理会社).' },
    HOUSING_SUPPORT_COUNCIL: { description: 'Housing support council (居住支援協議会).' },
  },
});

export const ORG = {
  CITY: 'tsunagu-city',
  WATERWORKS: 'tsunagu-waterworks',
  ELECTRIC: 'tsunagu-electric',
  GAS: 'tsunagu-gas',
  SOCIAL_WELFARE_COUNCIL: 'tsunagu-csw',
  HOUSING_SUPPORT_CORPORATION: 'npo-sumai-net',
  CARE_CENTRE_OPERATOR: 'swc-hidamari',
  REALTOR: 'tsunagu-realty',
  HOUSING_SUPPORT_COUNCIL: 'tsunagu-housing-council',
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
  SYSTEM_ADMINISTRATION: 'admin.directory',
  HOUSING_SUPPORT: 'hsc.consultation',
  WATCHING_OVER: 'hsc.watching-over',
  COMMUNITY_CARE_CENTRE: 'care.community-centre',
  REALTOR: 'realty.leasing',
  COUNCIL_SECRETARIAT: 'council.secretariat',
} as const;

export type UnitCode = (typeof UNIT)[keyof typeof UNIT];
