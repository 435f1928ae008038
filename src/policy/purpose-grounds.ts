import { registerEnumType } from 'type-graphql';
import type { Bilingual } from '../errors';
import { MembershipBody } from '../organisation/membership-body';
import { OrganisationKind as Kind } from '../organisation/units';
import { Purpose } from './purposes';

/**
 * Every purpose, its legal ground, and who may declare it. A public organ declares the functions the
 * law gives it (APPI 61(1): 法令の定める所掌事務); a private operator only its own business (APPI
 * 17(1)) or a municipal service it performs under a contract it holds (委託; the records are then
 * the municipality's, APPI 66(2)); a member of a body the purpose of that body. Anyone may act to
 * protect life, body or property (APPI 27(1)(ii), 69(2)(iv)). Source lines: seed files in
 * ../shared/seeds/ (000–004), as `file:line`.
 */
export interface PurposeGround {
  ground: Bilingual;
  /** Where the sources describe the purpose. */
  sources: string;
  /** Kinds of public organ whose function it is. */
  functionOf?: readonly Kind[];
  /** A municipal service a contract may entrust to a private operator. */
  contractable?: boolean;
  /** Kinds of private operator whose own business it is. */
  businessOf?: readonly Kind[];
  /** The body whose members declare it. */
  bodyOf?: MembershipBody;
  /** Declarable by any unit it is assigned to. */
  anyone?: boolean;
}

const CITY = [Kind.MUNICIPALITY] as const;
/** The 2018 numbering of 生活困窮者自立支援法 (the 2024 revision renumbers some paragraphs). */
const SRA = '生活困窮者自立支援法';

export const PURPOSE_GROUNDS: Record<Purpose, PurposeGround> = {
  RESIDENT_REGISTRY: { ground: { en: 'Basic Resident Register Act arts. 1, 5', ja: '住民基本台帳法第1条、第5条' }, sources: '000 (resident register as the identity source)', functionOf: CITY },
  PUBLIC_HOUSING_MANAGEMENT: { ground: { en: 'Public Housing Act arts. 1, 15, 34', ja: '公営住宅法第1条、第15条、第34条' }, sources: '000:679, 852-854', functionOf: CITY },
  HOUSING_CONSULTATION: { ground: { en: 'Housing Safety Net Act art. 3 (duties of local governments); APPI art. 61(1)', ja: '住宅セーフティネット法第3条、個人情報保護法第61条第1項' }, sources: '001:30, 613-614', functionOf: CITY },
  TAX_ASSESSMENT_AND_COLLECTION: { ground: { en: 'Local Tax Act arts. 1, 294', ja: '地方税法第1条、第294条' }, sources: '003:1174, 1715 (税務課 in the liaison meetings; 地方税法22条 consent)', functionOf: CITY },
  NHI_ADMINISTRATION: { ground: { en: 'National Health Insurance Act art. 3', ja: '国民健康保険法第3条' }, sources: '003:1715 (国民健康保険課)', functionOf: CITY },
  PUBLIC_ASSISTANCE: { ground: { en: 'Public Assistance Act art. 19', ja: '生活保護法第19条' }, sources: '001:937; 002:304, 392', functionOf: CITY },
  LONG_TERM_CARE_INSURANCE: { ground: { en: 'Long-Term Care Insurance Act art. 3', ja: '介護保険法第3条' }, sources: '002:62-66, 93-98', functionOf: CITY },
  DISABILITY_WELFARE: { ground: { en: 'Services and Supports for Persons with Disabilities Act art. 2', ja: '障害者総合支援法第2条' }, sources: '001:59-65, 205-209', functionOf: CITY },
  SELF_RELIANCE_SUPPORT: {
    ground: { en: `Act on Self-Reliance Support arts. 3(2), 5 (entrustment: art. 5(2)); support meeting: art. 9`, ja: `${SRA}第3条第2項、第5条（委託：第5条第2項）、支援会議：第9条` },
    sources: '002:205-270, 391; 000:69, 1892, 2064; 004:100-112, 294',
    functionOf: CITY,
    contractable: true,
    bodyOf: MembershipBody.SUPPORT_MEETING,
  },
  HOUSING_SECURITY_BENEFIT: { ground: { en: 'Act on Self-Reliance Support arts. 3(3), 6', ja: `${SRA}第3条第3項、第6条` }, sources: '002:214-216, 278-310, 478-510', functionOf: CITY, contractable: true },
  UTILITY_SUPPLY: {
    ground: { en: 'Waterworks Act art. 15 (the water works); for companies their own business, APPI art. 17(1)', ja: '水道法第15条（水道局）、事業者は自らの事業（個人情報保護法第17条第1項）' },
    sources: '004:9-19, 100-112; 003:1715 (上下水道課)',
    functionOf: [Kind.PUBLIC_ENTERPRISE],
    businessOf: [Kind.UTILITY_COMPANY],
  },
  PROTECTION_OF_LIFE_BODY_PROPERTY: { ground: { en: 'APPI arts. 27(1)(ii), 69(2)(iv)', ja: '個人情報保護法第27条第1項第2号、第69条第2項第4号' }, sources: '004:94, 432, 511', anyone: true },
  AUDIT: { ground: { en: 'APPI art. 66(1) (security control measures)', ja: '個人情報保護法第66条第1項（安全管理措置）' }, sources: 'none (a requirement of the hub)', functionOf: [Kind.MUNICIPALITY, Kind.PUBLIC_ENTERPRISE] },
  TEMPORARY_LIVING_SUPPORT: {
    ground: { en: 'Act on Self-Reliance Support arts. 3(6), 7(2)(i) (shelter and community residence support)', ja: `${SRA}第3条第6項、第7条第2項第1号（一時生活支援事業・地域居住支援事業）` },
    sources: '001:347-363, 393-463; 002:238-241, 321-378, 444; 000:2062, 2180-2182',
    functionOf: CITY,
    contractable: true,
  },
  HOUSEHOLD_FINANCE_SUPPORT: { ground: { en: 'Act on Self-Reliance Support arts. 3(5), 7(1)', ja: `${SRA}第3条第5項、第7条第1項` }, sources: '002:231-233, 396; 000:670-673, 703', functionOf: CITY, contractable: true },
  EMPLOYMENT_PREPARATION_SUPPORT: { ground: { en: 'Act on Self-Reliance Support arts. 3(4), 7(1)', ja: `${SRA}第3条第4項、第7条第1項` }, sources: '002:221-223, 396', functionOf: CITY, contractable: true },
  OUTREACH: {
    ground: { en: 'Act on Self-Reliance Support arts. 3(2), 5 (consultation reaching out: visits, street rounds)', ja: `${SRA}第3条第2項、第5条（訪問・巡回相談）` },
    sources: '002:332-335, 400; 000:309',
    functionOf: CITY,
    contractable: true,
  },
  WATCHING_OVER: {
    ground: {
      en: 'Community residence support, Act on Self-Reliance Support art. 3(6)(ii) (as a municipal service); a housing support corporation’s own business, Housing Safety Net Act art. 42(iii) (2017 numbering)',
      ja: `地域居住支援事業（${SRA}第3条第6項第2号、市の事業として）、居住支援法人の業務（住宅セーフティネット法第42条第3号、2017年当時の条番号）`,
    },
    sources: '001:324-330, 396-406, 918-923; 002:363-365, 458; 000:1004, 2188',
    functionOf: CITY,
    contractable: true,
    businessOf: [Kind.HOUSING_SUPPORT_CORPORATION],
  },
  HOUSING_SUPPORT_SERVICES: {
    ground: { en: 'Housing Safety Net Act arts. 40, 42(i)(ii) (2017 numbering): rent guarantee, move-in information and consultation', ja: '住宅セーフティネット法第40条、第42条第1号・第2号（2017年当時の条番号）：家賃債務保証、入居の情報提供・相談' },
    sources: '001:901-926; 002:453-457',
    businessOf: [Kind.HOUSING_SUPPORT_CORPORATION],
  },
  HOUSING_SUPPORT_COUNCIL: {
    ground: { en: 'Housing Safety Net Act art. 51 (2017 numbering): the council’s information, consultation and referral', ja: '住宅セーフティネット法第51条（2017年当時の条番号）：協議会による情報提供・相談・紹介' },
    sources: '001:842-899; 002:173; 000:5-25, 344, 834',
    businessOf: [Kind.HOUSING_SUPPORT_COUNCIL],
    bodyOf: MembershipBody.HOUSING_SUPPORT_COUNCIL,
  },
  COMMUNITY_CARE: {
    ground: { en: 'Long-Term Care Insurance Act arts. 115-45(2), 115-46 (community care centre), 115-47 (entrustment)', ja: '介護保険法第115条の45第2項、第115条の46（地域包括支援センター）、第115条の47（委託）' },
    sources: '001:103-166 (地域包括支援センター as 地域支援の拠点: 146, 153-154); 002:93-102',
    functionOf: CITY,
    contractable: true,
  },
  COMMUNITY_WELFARE: {
    ground: { en: 'Social Welfare Act art. 109 (the council of social welfare’s own work)', ja: '社会福祉法第109条（社会福祉協議会の事業）' },
    sources: '001:413, 446-447, 942; 002:263, 562; 003:31; 000:668',
    businessOf: [Kind.SOCIAL_WELFARE_COUNCIL],
  },
  REAL_ESTATE_BUSINESS: {
    ground: { en: 'Own business (Building Lots and Buildings Transaction Business Act; Rental Housing Management Act); APPI art. 17(1)', ja: '自らの事業（宅地建物取引業法、賃貸住宅管理業法）、個人情報保護法第17条第1項' },
    sources: '001:166, 419, 431-434, 603-606, 877-887; 002:357, 457; 000:13, 695, 834',
    businessOf: [Kind.REAL_ESTATE_AGENT],
  },
};

/** How a unit comes to declare a purpose. */
export enum DeclarationGround {
  PUBLIC_FUNCTION = 'PUBLIC_FUNCTION',
  CONTRACT = 'CONTRACT',
  OWN_BUSINESS = 'OWN_BUSINESS',
  MEMBERSHIP = 'MEMBERSHIP',
  ANYONE = 'ANYONE',
}

registerEnumType(DeclarationGround, {
  name: 'DeclarationGround',
  description: 'Why a unit may declare a purpose.',
  valuesConfig: {
    PUBLIC_FUNCTION: { description: 'A function the law gives the public organ (APPI 61(1)).' },
    CONTRACT: { description: 'A municipal service the organisation performs under a contract it holds (委託; APPI 66(2)).' },
    OWN_BUSINESS: { description: 'The private operator’s own business (APPI 17(1)).' },
    MEMBERSHIP: { description: 'The purpose of a body the unit is a member of (支援会議, 居住支援協議会).' },
    ANYONE: { description: 'Protection of life, body or property (APPI 27(1)(ii), 69(2)(iv)).' },
  },
});
