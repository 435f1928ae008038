import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Int, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import { CollectionStatus, IncomeBand, NhiLevyKind, NonTaxableReason, TaxType } from './enums';

registerEnumType(IncomeBand, {
  name: 'IncomeBand',
  description: 'Band of total income (総所得金額等の区分).',
  valuesConfig: {
    NONE: { description: 'No income (所得なし).' },
    UNDER_1M: { description: 'Under ¥1,000,000 (100万円未満).' },
    FROM_1M_TO_2M: { description: '¥1,000,000 to under ¥2,000,000 (100万円以上200万円未満).' },
    FROM_2M_TO_3M: { description: '¥2,000,000 to under ¥3,000,000 (200万円以上300万円未満).' },
    FROM_3M_TO_5M: { description: '¥3,000,000 to under ¥5,000,000 (300万円以上500万円未満).' },
    FROM_5M_TO_10M: { description: '¥5,000,000 to under ¥10,000,000 (500万円以上1000万円未満).' },
    OVER_10M: { description: '¥10,000,000 or more (1000万円以上).' },
  },
});
registerEnumType(NonTaxableReason, {
  name: 'NonTaxableReason',
  description: 'Why a resident is not taxed (非課税の理由, 地方税法 §295).',
  valuesConfig: {
    BELOW_THRESHOLD: { description: 'Income below the threshold for both the per-capita and the income levy (均等割・所得割とも非課税).' },
    PUBLIC_ASSISTANCE: { description: 'Receives livelihood assistance (生活扶助受給).' },
    DISABLED_MINOR_WIDOW_LOW_INCOME: { description: 'Disabled person, minor, widow or single parent with income of ¥1.35 million or less (障害者・未成年者・寡婦・ひとり親で所得135万円以下).' },
    DEPENDANT: { description: 'Dependant of a taxpayer (被扶養者).' },
  },
});
registerEnumType(TaxType, {
  name: 'TaxType',
  description: 'Municipal tax (税目).',
  valuesConfig: {
    RESIDENT_TAX: { description: 'Individual resident tax (個人住民税).' },
    FIXED_ASSET_TAX: { description: 'Fixed asset tax (固定資産税).' },
    LIGHT_VEHICLE_TAX: { description: 'Light vehicle tax (軽自動車税).' },
  },
});
registerEnumType(CollectionStatus, {
  name: 'CollectionStatus',
  description: 'Collection state of tax arrears (徴収状況).',
  valuesConfig: {
    UNPAID: { description: 'Unpaid (未納).' },
    INSTALMENT: { description: 'Being paid in instalments (分納中).' },
    SEIZURE: { description: 'Assets seized (差押).' },
    SUSPENDED: { description: 'Enforcement suspended (滞納処分の執行停止).' },
  },
});
registerEnumType(NhiLevyKind, {
  name: 'NhiLevyKind',
  description: 'Whether NHI is levied as a tax (国民健康保険税) or a premium (保険料).',
  valuesConfig: {
    TAX: { description: 'Levied as a tax (国民健康保険税): tax secrecy applies.' },
    PREMIUM: { description: 'Levied as a premium (国民健康保険料).' },
  },
});

const ASSESSMENT = CATEGORIES.TAX_ASSESSMENT;
const ARREARS = CATEGORIES.TAX_ARREARS;
const NHI = CATEGORIES.NHI_ARREARS;

@PersonalRecord()
@ObjectType({ description: 'Resident-tax assessment for one fiscal year (個人住民税の課税状況).' })
@Entity({ schema: 'tax', tableName: 'resident_tax_assessment' })
@Unique({ name: 'resident_tax_assessment_natural_key', properties: ['residentNumber', 'fiscalYear'] })
export class ResidentTaxAssessment {
  @PersonalField(ASSESSMENT, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(ASSESSMENT, () => Int, { description: 'Fiscal year (年度).' })
  @Property({ type: 'int' })
  fiscalYear!: number;

  @PersonalField(ASSESSMENT, () => Boolean, { description: 'False when non-taxable (非課税).' })
  @Property({ type: 'boolean' })
  taxable!: boolean;

  @PersonalField(ASSESSMENT, () => NonTaxableReason, { nullable: true, description: 'Why the resident is not taxed (非課税の理由); null when taxed.' })
  @Enum({ items: () => NonTaxableReason, type: 'text', nullable: true })
  nonTaxableReason?: NonTaxableReason | null;

  @PersonalField(ASSESSMENT, () => IncomeBand, { description: 'Band of total income (所得区分).' })
  @Enum({ items: () => IncomeBand, type: 'text' })
  incomeBand!: IncomeBand;

  @PersonalField(ASSESSMENT, () => Int, { description: 'Annual tax in yen (年税額).' })
  @Property({ type: 'int' })
  annualTaxYen!: number;
}

@PersonalRecord()
@ObjectType({ description: 'Unpaid municipal tax (税の滞納).' })
@Entity({ schema: 'tax', tableName: 'tax_arrears' })
@Unique({ name: 'tax_arrears_natural_key', properties: ['residentNumber', 'taxType', 'fiscalYear'] })
export class TaxArrears {
  @PersonalField(ARREARS, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(ARREARS, () => TaxType, { description: 'Which tax is unpaid (税目).' })
  @Enum({ items: () => TaxType, type: 'text' })
  taxType!: TaxType;

  @PersonalField(ARREARS, () => Int, { description: 'Fiscal year the tax was levied for.' })
  @Property({ type: 'int' })
  fiscalYear!: number;

  @PersonalField(ARREARS, () => Int, { description: 'Amount unpaid in yen (滞納額).' })
  @Property({ type: 'int' })
  amountYen!: number;

  @PersonalField(ARREARS, () => LocalDate, { description: 'Due date missed (納期限).' })
  @Property({ type: 'date' })
  since!: string;

  @PersonalField(ARREARS, () => CollectionStatus, { description: 'Collection state (徴収状況).' })
  @Enum({ items: () => CollectionStatus, type: 'text' })
  collectionStatus!: CollectionStatus;
}

@PersonalRecord()
@ObjectType({ description: 'Unpaid national health insurance tax or premium (国民健康保険税・保険料の滞納), on the householder.' })
@Entity({ schema: 'tax', tableName: 'nhi_premium_arrears' })
@Unique({ name: 'nhi_premium_arrears_natural_key', properties: ['residentNumber', 'fiscalYear'] })
export class NhiPremiumArrears {
  @PersonalField(NHI, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(NHI, () => Int, { description: 'Fiscal year.' })
  @Property({ type: 'int' })
  fiscalYear!: number;

  @PersonalField(NHI, () => NhiLevyKind, { description: 'Whether NHI is levied as a tax or a premium (税・料の別).' })
  @Enum({ items: () => NhiLevyKind, type: 'text' })
  levyKind!: NhiLevyKind;

  @PersonalField(NHI, () => Int, { description: 'Amount unpaid in yen.' })
  @Property({ type: 'int' })
  amountYen!: number;

  @PersonalField(NHI, () => Int, { description: 'Months unpaid.' })
  @Property({ type: 'int' })
  monthsUnpaid!: number;

  @PersonalField(NHI, () => Boolean, { description: 'Whether a short-term insurance certificate (短期被保険者証) was issued.' })
  @Property({ type: 'boolean' })
  shortTermCertificate!: boolean;
}
