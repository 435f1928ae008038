import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Int, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import {
  CareLevel,
  DisabilityCertificateKind,
  HousingSecurityBenefitStatus,
  IntakeChannel,
  PublicAssistanceStatus,
  SelfRelianceCaseStatus,
  SupportConcern,
} from './enums';

registerEnumType(PublicAssistanceStatus, {
  name: 'PublicAssistanceStatus',
  description: 'State of a public-assistance case (保護の状況).',
  valuesConfig: {
    APPLIED: { description: 'Applied for, not yet decided (申請中).' },
    RECEIVING: { description: 'Receiving assistance (保護中).' },
    SUSPENDED: { description: 'Suspended (停止).' },
    ENDED: { description: 'Ended (廃止).' },
  },
});
registerEnumType(CareLevel, {
  name: 'CareLevel',
  description: 'Certified need of long-term care (要介護度).',
  valuesConfig: {
    SUPPORT_1: { description: 'Needs support, level 1 (要支援1).' },
    SUPPORT_2: { description: 'Needs support, level 2 (要支援2).' },
    CARE_1: { description: 'Needs care, level 1 (要介護1).' },
    CARE_2: { description: 'Needs care, level 2 (要介護2).' },
    CARE_3: { description: 'Needs care, level 3 (要介護3).' },
    CARE_4: { description: 'Needs care, level 4 (要介護4).' },
    CARE_5: { description: 'Needs care, level 5, the highest (要介護5).' },
  },
});
registerEnumType(DisabilityCertificateKind, {
  name: 'DisabilityCertificateKind',
  description: 'Kind of disability certificate (障害者手帳の種類).',
  valuesConfig: {
    PHYSICAL: { description: 'Physical disability certificate, grades 1–6 (身体障害者手帳).' },
    INTELLECTUAL: { description: 'Intellectual disability certificate, A or B (療育手帳).' },
    MENTAL: { description: 'Mental disability certificate, grades 1–3 (精神障害者保健福祉手帳).' },
  },
});
registerEnumType(IntakeChannel, {
  name: 'IntakeChannel',
  description: 'How a self-reliance case reached the agency (相談経路).',
  valuesConfig: {
    WALK_IN: { description: 'The person came in (来所).' },
    PHONE: { description: 'By phone (電話).' },
    OUTREACH: { description: 'Found by outreach (アウトリーチ).' },
    REFERRAL_FROM_DEPARTMENT: { description: "Referred by one of the city's departments (庁内連携)." },
    REFERRAL_FROM_OUTSIDE: { description: 'Referred by an outside body (関係機関から).' },
  },
});
registerEnumType(SupportConcern, {
  name: 'SupportConcern',
  description: 'Main concern recorded at intake (主訴).',
  valuesConfig: {
    INCOME: { description: 'Income and living costs (収入・生活費).' },
    DEBT: { description: 'Debt (債務).' },
    HOUSING: { description: 'Housing (住まい).' },
    EMPLOYMENT: { description: 'Finding work (仕事探し).' },
    HEALTH: { description: 'Illness and health (病気・健康).' },
    FAMILY: { description: 'Family relations (家族関係).' },
    UTILITY_ARREARS: { description: 'Utility bills in arrears (公共料金の滞納).' },
    TAX_ARREARS: { description: 'Taxes in arrears (税金の滞納).' },
    SOCIAL_ISOLATION: { description: 'Social isolation (社会的孤立).' },
  },
});
registerEnumType(SelfRelianceCaseStatus, {
  name: 'SelfRelianceCaseStatus',
  description: 'Stage of a self-reliance support case (支援の段階).',
  valuesConfig: {
    INTAKE: { description: 'Taken in (受付).' },
    ASSESSMENT: { description: 'Being assessed (アセスメント).' },
    PLANNED: { description: 'Support plan drawn up (プラン策定).' },
    SUPPORTING: { description: 'Being supported under the plan (支援中).' },
    CLOSED: { description: 'Closed (終結).' },
  },
});
registerEnumType(HousingSecurityBenefitStatus, {
  name: 'HousingSecurityBenefitStatus',
  description: 'State of a housing security benefit (住居確保給付金).',
  valuesConfig: {
    APPLIED: { description: 'Applied for (申請中).' },
    PAYING: { description: 'Being paid (支給中).' },
    REJECTED: { description: 'Refused (不支給).' },
    ENDED: { description: 'Payment ended (支給終了).' },
  },
});

const ASSISTANCE = CATEGORIES.WELFARE_PUBLIC_ASSISTANCE;
const CARE = CATEGORIES.WELFARE_CARE;
const DISABILITY = CATEGORIES.WELFARE_DISABILITY;
const SELF_RELIANCE = CATEGORIES.WELFARE_SELF_RELIANCE;
const HOUSING_BENEFIT = CATEGORIES.WELFARE_HOUSING_BENEFIT;

@PersonalRecord()
@ObjectType({ description: 'A public-assistance case (生活保護), recorded on the head of the assisted household.' })
@Entity({ schema: 'welfare', tableName: 'public_assistance' })
@Unique({ name: 'public_assistance_natural_key', properties: ['caseNumber'] })
export class PublicAssistance {
  @PersonalField(ASSISTANCE, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(ASSISTANCE, () => String, { description: 'Case number (ケース番号).' })
  @Property({ type: 'text' })
  caseNumber!: string;

  @PersonalField(ASSISTANCE, () => PublicAssistanceStatus, { description: 'State of the case (保護の状況).' })
  @Enum({ items: () => PublicAssistanceStatus, type: 'text' })
  status!: PublicAssistanceStatus;

  @PersonalField(ASSISTANCE, () => LocalDate, { description: 'Start of assistance (保護開始日).' })
  @Property({ type: 'date' })
  startedOn!: string;

  @PersonalField(ASSISTANCE, () => LocalDate, { nullable: true, description: 'End of assistance (保護廃止日).' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @PersonalField(ASSISTANCE, () => Int, { description: 'Members of the assisted household.' })
  @Property({ type: 'int' })
  householdSize!: number;

  @PersonalField(ASSISTANCE, () => Int, { description: 'Monthly housing allowance in yen (住宅扶助).' })
  @Property({ type: 'int' })
  housingAllowanceMonthlyYen!: number;

  @PersonalField(ASSISTANCE, () => Boolean, { description: 'Whether the housing allowance is paid directly to the landlord (代理納付).' })
  @Property({ type: 'boolean' })
  rentPaidDirectly!: boolean;
}

@PersonalRecord()
@ObjectType({ description: 'Long-term care certification (要介護認定). Special-care data (要配慮個人情報).' })
@Entity({ schema: 'welfare', tableName: 'care_certification' })
@Unique({ name: 'care_certification_natural_key', properties: ['residentNumber', 'certifiedOn'] })
export class CareCertification {
  @PersonalField(CARE, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(CARE, () => CareLevel, { description: 'Certified care level (要介護度).' })
  @Enum({ items: () => CareLevel, type: 'text' })
  careLevel!: CareLevel;

  @PersonalField(CARE, () => LocalDate, { description: 'Date certified (認定日).' })
  @Property({ type: 'date' })
  certifiedOn!: string;

  @PersonalField(CARE, () => LocalDate, { description: 'End of validity (有効期間満了日).' })
  @Property({ type: 'date' })
  validUntil!: string;
}

@PersonalRecord()
@ObjectType({ description: 'Disability certificate (障害者手帳). Special-care data (要配慮個人情報).' })
@Entity({ schema: 'welfare', tableName: 'disability_certificate' })
@Unique({ name: 'disability_certificate_natural_key', properties: ['residentNumber', 'certificateKind'] })
export class DisabilityCertificate {
  @PersonalField(DISABILITY, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(DISABILITY, () => DisabilityCertificateKind, { description: 'Kind of certificate (手帳の種類).' })
  @Enum({ items: () => DisabilityCertificateKind, type: 'text' })
  certificateKind!: DisabilityCertificateKind;

  @PersonalField(DISABILITY, () => String, { description: 'Grade (等級), e.g. 1級 or A.' })
  @Property({ type: 'text' })
  grade!: string;

  @PersonalField(DISABILITY, () => LocalDate, { description: 'Date issued (交付日).' })
  @Property({ type: 'date' })
  issuedOn!: string;
}

@PersonalRecord()
@ObjectType({ description: 'A case of the self-reliance support agency (自立相談支援事業の相談).' })
@Entity({ schema: 'welfare', tableName: 'self_reliance_case' })
export class SelfRelianceCase {
  @PersonalField(SELF_RELIANCE, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(SELF_RELIANCE, () => String, { description: 'Case number.' })
  @Property({ type: 'text' })
  caseNumber!: string;

  @PersonalField(SELF_RELIANCE, () => LocalDate, { description: 'Date of intake (受付日).' })
  @Property({ type: 'date' })
  intakeOn!: string;

  @PersonalField(SELF_RELIANCE, () => IntakeChannel, { description: 'How the case reached the agency (相談経路).' })
  @Enum({ items: () => IntakeChannel, type: 'text' })
  intakeChannel!: IntakeChannel;

  @PersonalField(SELF_RELIANCE, () => [SupportConcern], { description: 'Main concerns recorded at intake (主訴).' })
  @Enum({ items: () => SupportConcern, array: true, type: 'text[]' })
  mainConcerns!: SupportConcern[];

  @PersonalField(SELF_RELIANCE, () => SelfRelianceCaseStatus, { description: 'Stage of support (支援の段階).' })
  @Enum({ items: () => SelfRelianceCaseStatus, type: 'text' })
  status!: SelfRelianceCaseStatus;

  @PersonalField(SELF_RELIANCE, () => LocalDate, { nullable: true, description: 'Date the support plan was agreed (プラン策定日).' })
  @Property({ type: 'date', nullable: true })
  planAgreedOn?: string | null;

  @PersonalField(SELF_RELIANCE, () => LocalDate, { nullable: true, description: 'Date the case was closed (終結日).' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;
}

@PersonalRecord()
@ObjectType({ description: 'Housing security benefit (住居確保給付金).' })
@Entity({ schema: 'welfare', tableName: 'housing_security_benefit' })
export class HousingSecurityBenefit {
  @PersonalField(HOUSING_BENEFIT, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(HOUSING_BENEFIT, () => LocalDate, { description: 'Date applied (申請日).' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @PersonalField(HOUSING_BENEFIT, () => HousingSecurityBenefitStatus, { description: 'State of the benefit (支給状況).' })
  @Enum({ items: () => HousingSecurityBenefitStatus, type: 'text' })
  status!: HousingSecurityBenefitStatus;

  @PersonalField(HOUSING_BENEFIT, () => Int, { description: 'Monthly amount in yen (支給額).' })
  @Property({ type: 'int' })
  monthlyAmountYen!: number;

  @PersonalField(HOUSING_BENEFIT, () => LocalDate, { nullable: true, description: 'First day of payment (支給開始日).' })
  @Property({ type: 'date', nullable: true })
  periodStart?: string | null;

  @PersonalField(HOUSING_BENEFIT, () => LocalDate, { nullable: true, description: 'Last day of payment (支給終了日).' })
  @Property({ type: 'date', nullable: true })
  periodEnd?: string | null;
}
