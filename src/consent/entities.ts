import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ID, ObjectType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { Purpose } from '../policy/purposes';
import { LocalDate } from '../server/scalars';
import { ConsentEventKind, ConsentForm, ConsentMethod } from './enums';

const RECORD = CATEGORIES.CONSENT_RECORD;

/**
 * A consent record in the shape of ISO/IEC TS 27560: subject, controller, recipients, categories,
 * purposes, method and evidence, who took it, validity, and an append-only event history.
 */
@PersonalRecord()
@ObjectType({ description: "A resident's consent to the provision of personal data (本人同意の記録), ISO/IEC TS 27560 shape." })
@Entity({ schema: 'consent', tableName: 'consent' })
export class Consent {
  [OptionalProps]?: 'holderUnit';

  @PersonalField(RECORD, () => ID, { description: 'Consent id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @PersonalField(RECORD, () => String, { description: 'The resident who consented (本人), by resident number.' })
  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(RECORD, () => String, { description: 'Unit that took and keeps the consent (controller).' })
  @Property({ type: 'text' })
  controllerUnit!: string;

  @PersonalField(RECORD, () => [String], { description: 'Units or organisations that may receive the data (提供先).' })
  @Property({ type: 'text[]' })
  recipients!: string[];

  @PersonalField(RECORD, () => [String], {
    description: 'Units or organisations whose data the consent releases (ISO/IEC TS 27560 data controllers, 提供元); it releases nothing held by anyone else.',
  })
  @Property({ type: 'text[]' })
  dataControllers!: string[];

  @PersonalField(RECORD, () => [String], { description: 'Data categories covered.' })
  @Property({ type: 'text[]' })
  categories!: string[];

  @PersonalField(RECORD, () => [Purpose], { description: 'Purposes covered (利用目的).' })
  @Property({ type: 'text[]' })
  purposes!: Purpose[];

  @PersonalField(RECORD, () => ConsentMethod, { description: 'How the consent was given (同意の方法).' })
  @Enum({ items: () => ConsentMethod, type: 'text' })
  method!: ConsentMethod;

  @PersonalField(RECORD, () => ConsentForm, { description: 'The form it was taken on (様式).' })
  @Enum({ items: () => ConsentForm, type: 'text' })
  form!: ConsentForm;

  @PersonalField(RECORD, () => String, { nullable: true, description: 'Reference to the signed form or electronic record (証跡).' })
  @Property({ type: 'text', nullable: true })
  evidenceReference?: string | null;

  @PersonalField(RECORD, () => String, { description: 'Staff member who took the consent.' })
  @Property({ type: 'text' })
  takenBy!: string;

  @PersonalField(RECORD, () => String, { nullable: true, description: "Staff member's attestation of an oral consent (口頭同意の確認記録)." })
  @Property({ type: 'text', nullable: true })
  attestation?: string | null;

  @PersonalField(RECORD, () => Boolean, { description: 'Whether the out-of-purpose provision was fully explained (十分な説明, 2011 MIC notice point 3).' })
  @Property({ type: 'boolean' })
  explanationGiven!: boolean;

  @PersonalField(RECORD, () => LocalDate, { description: 'First day the consent is valid.' })
  @Property({ type: 'date' })
  validFrom!: string;

  @PersonalField(RECORD, () => LocalDate, { nullable: true, description: 'Last day the consent is valid; open-ended when null.' })
  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;

  @PersonalField(RECORD, () => Boolean, {
    description:
      'Whether a second person must confirm the consent before it releases special-care or tax data (recorded by its own recipient; see README "Consents").',
  })
  @Property({ type: 'boolean', default: false })
  confirmationRequired: boolean = false;

  @PersonalField(RECORD, () => String, { nullable: true, description: 'Staff member who confirmed the consent (the second person).' })
  @Property({ type: 'text', nullable: true })
  confirmedBy?: string | null;

  @PersonalField(RECORD, () => Date, { nullable: true, description: 'When the consent was confirmed.' })
  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt?: Date | null;

  @PersonalField(RECORD, () => Date, { nullable: true, description: 'When the consent was withdrawn (撤回).' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  /**
   * Not stored: set when the record is shown to a holder asked to confirm it (the consent names it
   * as data controller, so the record is provided to it for that), who then holds what it sees.
   */
  confirmationHolder?: string;

  get holderUnit(): string {
    return this.confirmationHolder ?? this.controllerUnit;
  }
}

@PersonalRecord()
@ObjectType({ description: 'An event in the history of a consent (同意の履歴). Append-only.' })
@Entity({ schema: 'consent', tableName: 'consent_event' })
export class ConsentEvent {
  [OptionalProps]?: 'holderUnit';

  @PersonalField(RECORD, () => ID, { description: 'Event id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'uuid' })
  consentId!: string;

  @Property({ type: 'text' })
  residentNumber!: string;

  @Property({ type: 'text' })
  controllerUnit!: string;

  @PersonalField(RECORD, () => ConsentEventKind, { description: 'What happened.' })
  @Enum({ items: () => ConsentEventKind, type: 'text' })
  kind!: ConsentEventKind;

  @PersonalField(RECORD, () => Date, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @PersonalField(RECORD, () => String, { description: 'Staff member who recorded the event.' })
  @Property({ type: 'text' })
  by!: string;

  @PersonalField(RECORD, () => String, { nullable: true, description: 'Note by the staff member, e.g. how the withdrawal was received.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  get holderUnit(): string {
    return this.controllerUnit;
  }
}
