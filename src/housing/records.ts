import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Int, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import { ConsultationChannel, GuidanceMethod, HousingConsultationTopic, RentArrearsStatus, TenancyStatus } from './enums';

registerEnumType(TenancyStatus, {
  name: 'TenancyStatus',
  description: 'Whether a public-housing tenancy is current.',
  valuesConfig: { ACTIVE: { description: 'Current tenancy (入居中).' }, ENDED: { description: 'The tenant has moved out (退去済み).' } },
});
registerEnumType(RentArrearsStatus, {
  name: 'RentArrearsStatus',
  description: 'State of rent arrears (滞納状況).',
  valuesConfig: {
    OPEN: { description: 'Unpaid (滞納中).' },
    REPAYING: { description: 'Being repaid in instalments (分納中).' },
    SETTLED: { description: 'Paid in full (完納).' },
    LEGAL_ACTION: { description: 'Legal action taken (法的措置).' },
  },
});
registerEnumType(GuidanceMethod, {
  name: 'GuidanceMethod',
  description: 'How payment guidance (納付指導) was given.',
  valuesConfig: {
    LETTER: { description: 'Reminder letter (催告書).' },
    PHONE: { description: 'By phone (電話).' },
    HOME_VISIT: { description: 'Home visit (訪問).' },
    COUNTER: { description: 'At the counter (窓口).' },
    LEGAL_SUMMONS: { description: 'Summons before legal action (法的措置呼出通知).' },
  },
});
registerEnumType(ConsultationChannel, {
  name: 'ConsultationChannel',
  description: 'How a consultation reached the section (相談経路).',
  valuesConfig: {
    COUNTER: { description: 'At the counter (窓口).' },
    PHONE: { description: 'By phone (電話).' },
    HOME_VISIT: { description: 'On a home visit (訪問).' },
    REFERRAL: { description: 'Referred by another section or body (紹介).' },
    EMAIL: { description: 'By e-mail (メール).' },
  },
});
registerEnumType(HousingConsultationTopic, {
  name: 'HousingConsultationTopic',
  description: 'What a housing consultation was about (相談内容の分類).',
  valuesConfig: {
    PUBLIC_HOUSING_APPLICATION: { description: 'Applying for public housing (公営住宅の入居申込).' },
    RENT_PAYMENT: { description: 'Paying the rent (家賃の支払い).' },
    EVICTION_RISK: { description: 'Asked to leave the home (退去を求められている).' },
    PRIVATE_RENTAL_SEARCH: { description: 'Looking for a private rental (民間賃貸住宅探し).' },
    GUARANTOR: { description: 'No guarantor (保証人がいない).' },
    REPAIR: { description: 'Repairs (修繕).' },
    NEIGHBOUR_TROUBLE: { description: 'Trouble with neighbours (近隣トラブル).' },
    OTHER: { description: 'Anything else (その他).' },
  },
});

const TENANCY = CATEGORIES.HOUSING_TENANCY;
const ARREARS = CATEGORIES.HOUSING_ARREARS;
const CONSULTATION = CATEGORIES.HOUSING_CONSULTATION;

@PersonalRecord()
@ObjectType({ description: 'A public-housing tenancy (公営住宅の入居), recorded on the tenancy holder (名義人).' })
@Entity({ schema: 'housing', tableName: 'public_housing_tenancy' })
@Unique({ name: 'public_housing_tenancy_natural_key', properties: ['residentNumber', 'estateName', 'building', 'unitNumber', 'moveInDate'] })
export class PublicHousingTenancy {
  @PersonalField(TENANCY, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(TENANCY, () => String, { description: 'Estate name (団地名).' })
  @Property({ type: 'text' })
  estateName!: string;

  @PersonalField(TENANCY, () => String, { description: 'Building (号棟).' })
  @Property({ type: 'text' })
  building!: string;

  @PersonalField(TENANCY, () => String, { description: 'Unit number (部屋番号).' })
  @Property({ type: 'text' })
  unitNumber!: string;

  @PersonalField(TENANCY, () => LocalDate, { description: 'Move-in date (入居日).' })
  @Property({ type: 'date' })
  moveInDate!: string;

  @PersonalField(TENANCY, () => Int, { description: 'Members of the household living in the unit (入居世帯人数).' })
  @Property({ type: 'int' })
  householdSize!: number;

  @PersonalField(TENANCY, () => Int, { description: 'Monthly rent in yen (家賃月額).' })
  @Property({ type: 'int' })
  monthlyRentYen!: number;

  @PersonalField(TENANCY, () => Int, { description: 'Rent reduction in percent (家賃減免率); 0 when none.' })
  @Property({ type: 'int', default: 0 })
  rentReductionPercent: number = 0;

  @PersonalField(TENANCY, () => String, { nullable: true, description: 'Reason for the rent reduction (減免事由).' })
  @Property({ type: 'text', nullable: true })
  rentReductionReason?: string | null;

  @PersonalField(TENANCY, () => TenancyStatus, { description: 'Whether the tenancy is current (入居状況).' })
  @Enum({ items: () => TenancyStatus, type: 'text' })
  status!: TenancyStatus;

  @PersonalField(TENANCY, () => LocalDate, { nullable: true, description: 'Date the tenancy ended (退去日).' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;
}

@PersonalRecord()
@ObjectType({ description: 'Rent arrears on a public-housing tenancy (家賃滞納).' })
@Entity({ schema: 'housing', tableName: 'rent_arrears' })
@Unique({ name: 'rent_arrears_natural_key', properties: ['tenancyId', 'since'] })
export class RentArrears {
  @PersonalField(ARREARS, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'int' })
  tenancyId!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(ARREARS, () => Int, { description: 'Months of rent unpaid (滞納月数).' })
  @Property({ type: 'int' })
  monthsInArrears!: number;

  @PersonalField(ARREARS, () => Int, { description: 'Amount unpaid in yen (滞納額).' })
  @Property({ type: 'int' })
  amountYen!: number;

  @PersonalField(ARREARS, () => LocalDate, { description: 'First unpaid month (滞納開始).' })
  @Property({ type: 'date' })
  since!: string;

  @PersonalField(ARREARS, () => RentArrearsStatus, { description: 'State of the arrears (滞納状況).' })
  @Enum({ items: () => RentArrearsStatus, type: 'text' })
  status!: RentArrearsStatus;

  @PersonalField(ARREARS, () => String, { nullable: true, description: 'Agreed repayment plan (分納計画).' })
  @Property({ type: 'text', nullable: true })
  repaymentPlan?: string | null;
}

@PersonalRecord()
@ObjectType({ description: 'One act of payment guidance on rent arrears (納付指導記録).' })
@Entity({ schema: 'housing', tableName: 'rent_payment_guidance' })
export class RentPaymentGuidance {
  @PersonalField(ARREARS, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'int' })
  arrearsId!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(ARREARS, () => LocalDate, { description: 'Date of the guidance.' })
  @Property({ type: 'date' })
  givenOn!: string;

  @PersonalField(ARREARS, () => GuidanceMethod, { description: 'How the guidance was given (指導方法).' })
  @Enum({ items: () => GuidanceMethod, type: 'text' })
  method!: GuidanceMethod;

  @PersonalField(ARREARS, () => String, { description: 'What was said and agreed (指導内容).' })
  @Property({ type: 'text' })
  note!: string;
}

@PersonalRecord()
@ObjectType({ description: 'A housing consultation (住まいの相談).' })
@Entity({ schema: 'housing', tableName: 'housing_consultation' })
export class HousingConsultation {
  @PersonalField(CONSULTATION, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(CONSULTATION, () => LocalDate, { description: 'Date of the consultation (相談日).' })
  @Property({ type: 'date' })
  consultedOn!: string;

  @PersonalField(CONSULTATION, () => ConsultationChannel, { description: 'How the consultation reached the section (相談経路).' })
  @Enum({ items: () => ConsultationChannel, type: 'text' })
  channel!: ConsultationChannel;

  @PersonalField(CONSULTATION, () => HousingConsultationTopic, { description: 'What it was about (相談内容の分類).' })
  @Enum({ items: () => HousingConsultationTopic, type: 'text' })
  topic!: HousingConsultationTopic;

  @PersonalField(CONSULTATION, () => String, { description: 'What the resident said (相談内容).' })
  @Property({ type: 'text' })
  content!: string;

  @PersonalField(CONSULTATION, () => String, { nullable: true, description: 'Unit the resident was referred to (つなぎ先), if any.' })
  @Property({ type: 'text', nullable: true })
  referredTo?: string | null;
}
