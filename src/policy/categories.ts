import { UNIT, type UnitCode } from '../organisation/units';
import { Purpose } from './purposes';

/** Marks a category whose holder is named on each record (`holderUnit`): utility providers, consent controllers… */
export const RECORD_PROVIDER = 'record-provider';

export interface DataCategory {
  code: string;
  ja: string;
  en: string;
  /** The unit that holds the records, or the provider named on each record. */
  holder: UnitCode | typeof RECORD_PROVIDER;
  /** The purposes the records were collected for (利用目的, APPI 61(1) / 17(1)). */
  purposes: readonly Purpose[];
  /** Where each holder collected the records for purposes of its own, those purposes by holder. */
  purposesByHolder?: Readonly<Record<string, readonly Purpose[]>>;
  /** Reveals where the person lives: withheld outside the holder for residents under DV protection (rules/address-protection.ts). */
  revealsAddress?: boolean;
  /** The holder's copy came from another body by a provision (a utility's report): the address protection treats it as outside the holder. */
  providedCopy?: boolean;
  /** 要配慮個人情報 (APPI art. 2(3)): consent must be written or electronic. */
  specialCare?: boolean;
  /** 地方税法 §22 secrecy: leaves the tax office only with documented consent. */
  taxSecret?: boolean;
}

const MUNICIPAL_SERVICES: readonly Purpose[] = [
  Purpose.RESIDENT_REGISTRY,
  Purpose.PUBLIC_HOUSING_MANAGEMENT,
  Purpose.HOUSING_CONSULTATION,
  Purpose.TAX_ASSESSMENT_AND_COLLECTION,
  Purpose.NHI_ADMINISTRATION,
  Purpose.PUBLIC_ASSISTANCE,
  Purpose.LONG_TERM_CARE_INSURANCE,
  Purpose.DISABILITY_WELFARE,
  Purpose.SELF_RELIANCE_SUPPORT,
  Purpose.HOUSING_SECURITY_BENEFIT,
];

/** Records about a basis (consents, emergencies) serve whatever purpose their holder pursues. */
const ALL_PURPOSES: readonly Purpose[] = Object.values(Purpose);

function category(code: string, ja: string, en: string, rest: Omit<DataCategory, 'code' | 'ja' | 'en'>): DataCategory {
  return { code, ja, en, ...rest };
}

/**
 * The data categories. Every GraphQL field that carries personal data names exactly one of these
 * (`@PersonalField`); a field without one is never served.
 */
export const CATEGORIES = {
  PERSON_IDENTITY: category('person.identity', '本人識別情報（氏名・生年月日等）', 'Identity (name, date of birth)', {
    holder: UNIT.RESIDENT_REGISTRY,
    purposes: MUNICIPAL_SERVICES,
  }),
  PERSON_ADDRESS: category('person.address', '住所', 'Address', {
    holder: UNIT.RESIDENT_REGISTRY,
    purposes: MUNICIPAL_SERVICES,
    revealsAddress: true,
  }),
  PERSON_HOUSEHOLD: category('person.household', '世帯構成', 'Household composition', {
    holder: UNIT.RESIDENT_REGISTRY,
    purposes: MUNICIPAL_SERVICES,
  }),
  PERSON_PROTECTION: category('person.protection', 'DV等支援措置の対象であること', 'DV/stalking support measure flag', {
    holder: UNIT.RESIDENT_REGISTRY,
    purposes: [Purpose.RESIDENT_REGISTRY],
  }),
  HOUSING_TENANCY: category('housing.tenancy', '公営住宅の入居情報', 'Public-housing tenancy', {
    holder: UNIT.PUBLIC_HOUSING,
    purposes: [Purpose.PUBLIC_HOUSING_MANAGEMENT],
    revealsAddress: true,
  }),
  HOUSING_ARREARS: category('housing.arrears', '家賃滞納・納付指導', 'Rent arrears and payment guidance', {
    holder: UNIT.PUBLIC_HOUSING,
    purposes: [Purpose.PUBLIC_HOUSING_MANAGEMENT],
  }),
  HOUSING_CONSULTATION: category('housing.consultation', '住まいの相談記録', 'Housing consultations', {
    holder: UNIT.PUBLIC_HOUSING,
    purposes: [Purpose.HOUSING_CONSULTATION, Purpose.PUBLIC_HOUSING_MANAGEMENT],
  }),
  TAX_ASSESSMENT: category('tax.assessment', '個人住民税の課税情報', 'Resident-tax assessment', {
    holder: UNIT.TAXATION,
    purposes: [Purpose.TAX_ASSESSMENT_AND_COLLECTION],
    taxSecret: true,
  }),
  TAX_ARREARS: category('tax.arrears', '税の滞納情報', 'Tax arrears', {
    holder: UNIT.TAXATION,
    purposes: [Purpose.TAX_ASSESSMENT_AND_COLLECTION],
    taxSecret: true,
  }),
  NHI_ARREARS: category('nhi.arrears', '国民健康保険税の滞納情報', 'National health insurance arrears', {
    holder: UNIT.NHI,
    purposes: [Purpose.NHI_ADMINISTRATION, Purpose.TAX_ASSESSMENT_AND_COLLECTION],
    // Levied as 国民健康保険税 in this municipality, so 地方税法 §22 applies.
    taxSecret: true,
  }),
  WELFARE_PUBLIC_ASSISTANCE: category('welfare.public-assistance', '生活保護の受給情報', 'Public assistance', {
    holder: UNIT.PUBLIC_ASSISTANCE,
    purposes: [Purpose.PUBLIC_ASSISTANCE],
  }),
  WELFARE_CARE: category('welfare.care', '要介護認定', 'Long-term care certification', {
    holder: UNIT.LONG_TERM_CARE,
    purposes: [Purpose.LONG_TERM_CARE_INSURANCE],
    specialCare: true,
  }),
  WELFARE_DISABILITY: category('welfare.disability', '障害者手帳', 'Disability certificate', {
    holder: UNIT.DISABILITY,
    purposes: [Purpose.DISABILITY_WELFARE],
    specialCare: true,
  }),
  WELFARE_SELF_RELIANCE: category('welfare.self-reliance', '自立相談支援の相談記録', 'Self-reliance support case', {
    holder: UNIT.SELF_RELIANCE,
    purposes: [Purpose.SELF_RELIANCE_SUPPORT],
  }),
  WELFARE_HOUSING_BENEFIT: category('welfare.housing-benefit', '住居確保給付金', 'Housing security benefit', {
    holder: UNIT.SELF_RELIANCE,
    purposes: [Purpose.HOUSING_SECURITY_BENEFIT, Purpose.SELF_RELIANCE_SUPPORT],
  }),
  UTILITY_ACCOUNT: category('utility.account', '供給契約', 'Utility supply account', {
    holder: RECORD_PROVIDER,
    purposes: [Purpose.UTILITY_SUPPLY],
    revealsAddress: true,
  }),
  UTILITY_ARREARS: category('utility.arrears', '料金の滞納', 'Utility arrears', {
    holder: RECORD_PROVIDER,
    purposes: [Purpose.UTILITY_SUPPLY],
  }),
  UTILITY_SUPPLY_STOP: category('utility.supply-stop', '供給停止の予告・実施', 'Supply-stop notice and execution', {
    holder: RECORD_PROVIDER,
    purposes: [Purpose.UTILITY_SUPPLY],
  }),
  CONSENT_RECORD: category('consent.record', '同意の記録', 'Consent record', {
    holder: RECORD_PROVIDER,
    purposes: ALL_PURPOSES,
  }),
  MEETING_CASE: category('meeting.case', '支援会議の事案', 'Support-meeting case', {
    holder: UNIT.SUPPORT_MEETING_SECRETARIAT,
    purposes: [Purpose.SELF_RELIANCE_SUPPORT],
  }),
  MEETING_REFERRAL: category('meeting.referral', '気になる事案の通知', 'Referral of a concerning case', {
    holder: RECORD_PROVIDER,
    purposes: [Purpose.SELF_RELIANCE_SUPPORT],
  }),
  UTILITY_REPORT: category('utility.report', '事業者からの情報提供', "A utility's report of a customer at risk", {
    holder: RECORD_PROVIDER,
    purposes: [Purpose.SELF_RELIANCE_SUPPORT],
  }),
  UTILITY_REPORT_ADDRESS: category('utility.report-address', '事業者からの情報提供に含まれる供給場所', "The supply address in a utility's report", {
    holder: RECORD_PROVIDER,
    purposes: [Purpose.SELF_RELIANCE_SUPPORT],
    revealsAddress: true,
    providedCopy: true,
  }),
  CONSULTATION_FACT: category('consultation.fact', '相談の有無', 'Whether the person has consulted a section', {
    holder: RECORD_PROVIDER,
    purposes: [],
    purposesByHolder: {
      [UNIT.PUBLIC_HOUSING]: [Purpose.HOUSING_CONSULTATION, Purpose.PUBLIC_HOUSING_MANAGEMENT],
      [UNIT.SELF_RELIANCE]: [Purpose.SELF_RELIANCE_SUPPORT, Purpose.HOUSING_SECURITY_BENEFIT],
      [UNIT.PUBLIC_ASSISTANCE]: [Purpose.PUBLIC_ASSISTANCE],
    },
  }),
  EMERGENCY_RECORD: category('emergency.record', '緊急時の情報利用の記録', 'Emergency declaration', {
    holder: RECORD_PROVIDER,
    purposes: ALL_PURPOSES,
  }),
} as const satisfies Record<string, DataCategory>;

export type CategoryCode = (typeof CATEGORIES)[keyof typeof CATEGORIES]['code'];

const BY_CODE = new Map<string, DataCategory>(Object.values(CATEGORIES).map((c) => [c.code, c]));

export function findCategory(code: string): DataCategory | undefined {
  return BY_CODE.get(code);
}

export function allCategories(): DataCategory[] {
  return [...BY_CODE.values()];
}
