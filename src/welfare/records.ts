import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
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

registerEnumType(PublicAssistanceStatus, { name: 'PublicAssistanceStatus', description: 'State of a public-assistance case (保護の状況).' });
registerEnumType(CareLevel, { name: 'CareLevel', description: 'Certified need of long-term care (要介護度).' });
registerEnumType(DisabilityCertificateKind, { name: 'DisabilityCertificateKind', description: 'Kind of disability certificate (障害者手帳の種類).' });
registerEnumType(IntakeChannel, { name: 'IntakeChannel', description: 'How a self-reliance case reached the agency (相談経路).' });
registerEnumType(SupportConcern, { name: 'SupportConcern', description: 'Main concern recorded at intake (主訴).' });
registerEnumType(SelfRelianceCaseStatus, { name: 'SelfRelianceCaseStatus', description: 'Stage of a self-reliance support case (支援の段階).' });
registerEnumType(HousingSecurityBenefitStatus, { name: 'HousingSecurityBenefitStatus', description: 'State of a housing security benefit (住居確保給付金).' });

const ASSISTANCE = CATEGORIES.WELFARE_PUBLIC_ASSISTANCE;
const CARE = CATEGORIES.WELFARE_CARE;
const DISABILITY = CATEGORIES.WELFARE_DISABILITY;
const SELF_RELIANCE = CATEGORIES.WELFARE_SELF_RELIANCE;
const HOUSING_BENEFIT = CATEGORIES.WELFARE_HOUSING_BENEFIT;

@PersonalRecord()
@ObjectType({ description: 'A public-assistance case (生活保護), recorded on the head of the assisted household.' })
@Entity({ schema: 'welfare', tableName: 'public_assistance' })
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

  @PersonalField(ASSISTANCE, () => PublicAssistanceStatus)
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
export class CareCertification {
  @PersonalField(CARE, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(CARE, () => CareLevel)
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
export class DisabilityCertificate {
  @PersonalField(DISABILITY, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(DISABILITY, () => DisabilityCertificateKind)
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

  @PersonalField(SELF_RELIANCE, () => IntakeChannel)
  @Enum({ items: () => IntakeChannel, type: 'text' })
  intakeChannel!: IntakeChannel;

  @PersonalField(SELF_RELIANCE, () => [SupportConcern], { description: 'Main concerns recorded at intake (主訴).' })
  @Enum({ items: () => SupportConcern, array: true, type: 'text[]' })
  mainConcerns!: SupportConcern[];

  @PersonalField(SELF_RELIANCE, () => SelfRelianceCaseStatus)
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

  @PersonalField(HOUSING_BENEFIT, () => HousingSecurityBenefitStatus)
  @Enum({ items: () => HousingSecurityBenefitStatus, type: 'text' })
  status!: HousingSecurityBenefitStatus;

  @PersonalField(HOUSING_BENEFIT, () => Int, { description: 'Monthly amount in yen (支給額).' })
  @Property({ type: 'int' })
  monthlyAmountYen!: number;

  @PersonalField(HOUSING_BENEFIT, () => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  periodStart?: string | null;

  @PersonalField(HOUSING_BENEFIT, () => LocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  periodEnd?: string | null;
}
