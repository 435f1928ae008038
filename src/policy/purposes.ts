import { registerEnumType } from 'type-graphql';

/**
 * Declared purposes of use (利用目的). Every request that reads personal data declares one; the
 * declared purpose is compared with the purposes a data category was collected for (APPI 61(1), 69(1)).
 */
export enum Purpose {
  RESIDENT_REGISTRY = 'RESIDENT_REGISTRY',
  PUBLIC_HOUSING_MANAGEMENT = 'PUBLIC_HOUSING_MANAGEMENT',
  HOUSING_CONSULTATION = 'HOUSING_CONSULTATION',
  TAX_ASSESSMENT_AND_COLLECTION = 'TAX_ASSESSMENT_AND_COLLECTION',
  NHI_ADMINISTRATION = 'NHI_ADMINISTRATION',
  PUBLIC_ASSISTANCE = 'PUBLIC_ASSISTANCE',
  LONG_TERM_CARE_INSURANCE = 'LONG_TERM_CARE_INSURANCE',
  DISABILITY_WELFARE = 'DISABILITY_WELFARE',
  SELF_RELIANCE_SUPPORT = 'SELF_RELIANCE_SUPPORT',
  HOUSING_SECURITY_BENEFIT = 'HOUSING_SECURITY_BENEFIT',
  UTILITY_SUPPLY = 'UTILITY_SUPPLY',
  PROTECTION_OF_LIFE_BODY_PROPERTY = 'PROTECTION_OF_LIFE_BODY_PROPERTY',
  AUDIT = 'AUDIT',
  TEMPORARY_LIVING_SUPPORT = 'TEMPORARY_LIVING_SUPPORT',
  HOUSEHOLD_FINANCE_SUPPORT = 'HOUSEHOLD_FINANCE_SUPPORT',
  EMPLOYMENT_PREPARATION_SUPPORT = 'EMPLOYMENT_PREPARATION_SUPPORT',
  OUTREACH = 'OUTREACH',
  WATCHING_OVER = 'WATCHING_OVER',
  HOUSING_SUPPORT_SERVICES = 'HOUSING_SUPPORT_SERVICES',
  HOUSING_SUPPORT_COUNCIL = 'HOUSING_SUPPORT_COUNCIL',
  COMMUNITY_CARE = 'COMMUNITY_CARE',
  COMMUNITY_WELFARE = 'COMMUNITY_WELFARE',
  REAL_ESTATE_BUSINESS = 'REAL_ESTATE_BUSINESS',
}

export const PURPOSE_NAMES: Record<Purpose, { ja: string; en: string }> = {
  RESIDENT_REGISTRY: { ja: '住民基本台帳事務', en: 'Resident registry administration' },
  PUBLIC_HOUSING_MANAGEMENT: { ja: '公営住宅の管理', en: 'Public housing management' },
  HOUSING_CONSULTATION: { ja: '住まいの相談', en: 'Housing consultation' },
  TAX_ASSESSMENT_AND_COLLECTION: { ja: '地方税の賦課徴収', en: 'Local tax assessment and collection' },
  NHI_ADMINISTRATION: { ja: '国民健康保険事務', en: 'National health insurance administration' },
  PUBLIC_ASSISTANCE: { ja: '生活保護の実施', en: 'Public assistance' },
  LONG_TERM_CARE_INSURANCE: { ja: '介護保険事務', en: 'Long-term care insurance' },
  DISABILITY_WELFARE: { ja: '障害福祉', en: 'Disability welfare' },
  SELF_RELIANCE_SUPPORT: { ja: '生活困窮者自立支援', en: 'Self-reliance support for people in poverty' },
  HOUSING_SECURITY_BENEFIT: { ja: '住居確保給付金の支給', en: 'Housing security benefit' },
  UTILITY_SUPPLY: { ja: '電気・ガス・水道の供給', en: 'Electricity, gas and water supply' },
  PROTECTION_OF_LIFE_BODY_PROPERTY: { ja: '人の生命・身体・財産の保護', en: 'Protection of life, body or property' },
  AUDIT: { ja: '個人情報保護の監査', en: 'Privacy audit' },
  TEMPORARY_LIVING_SUPPORT: { ja: '一時生活支援事業（シェルター・地域居住支援）', en: 'Temporary living support (shelter, community residence support)' },
  HOUSEHOLD_FINANCE_SUPPORT: { ja: '家計改善支援事業', en: 'Household finance improvement support' },
  EMPLOYMENT_PREPARATION_SUPPORT: { ja: '就労準備支援事業', en: 'Employment preparation support' },
  OUTREACH: { ja: 'アウトリーチ（訪問・巡回相談）', en: 'Outreach (home visits, street rounds)' },
  WATCHING_OVER: { ja: '見守り・安否確認', en: 'Watching over and safety checks' },
  HOUSING_SUPPORT_SERVICES: { ja: '居住支援法人の業務（入居相談・家賃債務保証）', en: "A housing support corporation's business (move-in consultation, rent guarantee)" },
  HOUSING_SUPPORT_COUNCIL: { ja: '居住支援協議会の活動', en: 'Housing support council work' },
  COMMUNITY_CARE: { ja: '地域包括支援センターの包括的支援事業', en: 'Comprehensive community care (community care centre)' },
  COMMUNITY_WELFARE: { ja: '社会福祉協議会の地域福祉活動', en: "The council of social welfare's community welfare work" },
  REAL_ESTATE_BUSINESS: { ja: '不動産の仲介・賃貸住宅の管理', en: 'Real-estate brokerage and rental management' },
};

registerEnumType(Purpose, {
  name: 'Purpose',
  description: 'Declared purpose of use (利用目的). Every query that reads personal data names one.',
  valuesConfig: Object.fromEntries(
    Object.entries(PURPOSE_NAMES).map(([code, name]) => [code, { description: `${name.en} (${name.ja})` }]),
  ),
});
