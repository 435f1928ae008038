import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ID, Int, ObjectType } from 'type-graphql';
import { ConsentMethod } from '../consent/enums';
import { ConsentDifficulty } from '../emergency/enums';
import { CATEGORIES } from '../policy/categories';
import { LegalBasis } from '../policy/legal-bases';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import { UtilityService } from '../utility/enums';

const REPORT = CATEGORIES.UTILITY_REPORT;

/**
 * The customer as the utility describes them (no resident number): a provision from the utility,
 * so its address is decided as the utility's, not the agency's own (rules/address-protection.ts).
 */
@PersonalRecord()
@ObjectType({ description: 'The customer as the utility describes them (no resident number).' })
export class ReportedPerson {
  /** The resident the report is linked to, once linked (the data subject). */
  residentNumber?: string | null;
  /** The unit that received the report. */
  holderUnit?: string;

  @PersonalField(REPORT, () => String, { description: 'Name as on the contract (契約者名).' })
  name!: string;

  @PersonalField(REPORT, () => String, { description: 'Name in kana, if the utility holds it.' })
  nameKana?: string;

  @PersonalField(REPORT, () => String, { description: 'Date of birth, if the utility holds it.' })
  dateOfBirth?: string;

  @PersonalField(CATEGORIES.UTILITY_REPORT_ADDRESS, () => String, { description: 'Supply address (供給場所).' })
  address!: string;
}

/**
 * A utility's report of a customer at risk to the self-reliance support agency (seed 004; seed 003
 * L8287–8380): with the customer's consent, or — when consent is hard to obtain — to protect life,
 * body or property (APPI 27(1)(ii); for the municipal water works 69(2)(iv)), then reviewed.
 * Held by the receiving agency; the reporter keeps only a receipt.
 */
@PersonalRecord()
@ObjectType({ description: "A utility's report of a customer at risk (ライフライン事業者からの情報提供), as the agency sees it." })
@Entity({ schema: 'report', tableName: 'utility_report' })
export class UtilityReport {
  [OptionalProps]?: 'holderUnit';

  @PersonalField(REPORT, () => ID, { description: 'Report id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @PersonalField(REPORT, () => String, { description: 'Utility unit that reported.' })
  @Property({ type: 'text' })
  reportingUnit!: string;

  @Property({ type: 'text' })
  reportedBy!: string;

  @Property({ type: 'text' })
  recipientUnit!: string;

  @PersonalField(REPORT, () => UtilityService, { description: 'The service the customer is supplied.' })
  @Enum({ items: () => UtilityService, type: 'text' })
  service!: UtilityService;

  @PersonalField(REPORT, () => String, { description: "The utility's customer number." })
  @Property({ type: 'text' })
  customerNumber!: string;

  /** The customer as the utility described them; served by UtilityReportResolver.person. */
  @Property({ type: 'json' })
  person!: ReportedPerson;

  @PersonalField(REPORT, () => Int, { description: 'Months of charges unpaid.' })
  @Property({ type: 'int' })
  monthsInArrears!: number;

  @PersonalField(REPORT, () => Int, { description: 'Amount unpaid in yen.' })
  @Property({ type: 'int' })
  amountYen!: number;

  @PersonalField(REPORT, () => LocalDate, { nullable: true, description: 'Date the supply is to be stopped, if notified.' })
  @Property({ type: 'date', nullable: true })
  supplyStopScheduledOn?: string | null;

  @PersonalField(REPORT, () => String, { description: 'What the utility observed (e.g. 冬季、高齢者の単身世帯、応答なし).' })
  @Property({ type: 'text' })
  circumstances!: string;

  @PersonalField(REPORT, () => LegalBasis, { description: 'CONSENT or LIFE_BODY_PROPERTY.' })
  @Enum({ items: () => LegalBasis, type: 'text' })
  basis!: LegalBasis;

  @PersonalField(REPORT, () => ConsentMethod, { nullable: true, description: 'How the customer consented (CONSENT reports).' })
  @Enum({ items: () => ConsentMethod, type: 'text', nullable: true })
  consentMethod?: ConsentMethod | null;

  @Property({ type: 'text', nullable: true })
  consentEvidence?: string | null;

  @Property({ type: 'text', nullable: true })
  consentAttestation?: string | null;

  @PersonalField(REPORT, () => String, { nullable: true, description: 'What is at risk (life/body/property reports).' })
  @Property({ type: 'text', nullable: true })
  riskReason?: string | null;

  @PersonalField(REPORT, () => ConsentDifficulty, { nullable: true, description: 'Why consent was hard to obtain (life/body/property reports).' })
  @Enum({ items: () => ConsentDifficulty, type: 'text', nullable: true })
  consentDifficulty?: ConsentDifficulty | null;

  @Property({ type: 'text', nullable: true })
  consentDifficultyNote?: string | null;

  @PersonalField(REPORT, () => Date, { description: 'When it was reported.' })
  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @PersonalField(REPORT, () => String, { nullable: true, description: 'The resident the report was linked to (名寄せ), once linked.' })
  @Index()
  @Property({ type: 'text', nullable: true })
  residentNumber?: string | null;

  @Property({ type: 'uuid', nullable: true })
  consentId?: string | null;

  @PersonalField(REPORT, () => Int, { nullable: true, description: 'The outreach case opened for it, if any.' })
  @Property({ type: 'int', nullable: true })
  outreachCaseId?: number | null;

  get holderUnit(): string {
    return this.recipientUnit;
  }
}
