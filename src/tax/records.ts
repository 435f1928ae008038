import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Int, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import { CollectionStatus, IncomeBand, NhiLevyKind, NonTaxableReason, TaxType } from './enums';

registerEnumType(IncomeBand, { name: 'IncomeBand', description: 'Band of total income (総所得金額等の区分).' });
registerEnumType(NonTaxableReason, { name: 'NonTaxableReason', description: 'Why a resident is not taxed (非課税の理由, 地方税法 §295).' });
registerEnumType(TaxType, { name: 'TaxType', description: 'Municipal tax (税目).' });
registerEnumType(CollectionStatus, { name: 'CollectionStatus', description: 'Collection state of tax arrears (徴収状況).' });
registerEnumType(NhiLevyKind, { name: 'NhiLevyKind', description: 'Whether NHI is levied as a tax (国民健康保険税) or a premium (保険料).' });

const ASSESSMENT = CATEGORIES.TAX_ASSESSMENT;
const ARREARS = CATEGORIES.TAX_ARREARS;
const NHI = CATEGORIES.NHI_ARREARS;

@PersonalRecord()
@ObjectType({ description: 'Resident-tax assessment for one fiscal year (個人住民税の課税状況).' })
@Entity({ schema: 'tax', tableName: 'resident_tax_assessment' })
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

  @PersonalField(ASSESSMENT, () => NonTaxableReason, { nullable: true })
  @Enum({ items: () => NonTaxableReason, type: 'text', nullable: true })
  nonTaxableReason?: NonTaxableReason | null;

  @PersonalField(ASSESSMENT, () => IncomeBand)
  @Enum({ items: () => IncomeBand, type: 'text' })
  incomeBand!: IncomeBand;

  @PersonalField(ASSESSMENT, () => Int, { description: 'Annual tax in yen (年税額).' })
  @Property({ type: 'int' })
  annualTaxYen!: number;
}

@PersonalRecord()
@ObjectType({ description: 'Unpaid municipal tax (税の滞納).' })
@Entity({ schema: 'tax', tableName: 'tax_arrears' })
export class TaxArrears {
  @PersonalField(ARREARS, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(ARREARS, () => TaxType)
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

  @PersonalField(ARREARS, () => CollectionStatus)
  @Enum({ items: () => CollectionStatus, type: 'text' })
  collectionStatus!: CollectionStatus;
}

@PersonalRecord()
@ObjectType({ description: 'Unpaid national health insurance tax or premium (国民健康保険税・保険料の滞納), on the householder.' })
@Entity({ schema: 'tax', tableName: 'nhi_premium_arrears' })
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

  @PersonalField(NHI, () => NhiLevyKind)
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
