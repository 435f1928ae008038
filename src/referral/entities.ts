import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';

export enum ReferralStatus {
  RECEIVED = 'RECEIVED',
  TABLED = 'TABLED',
  CLOSED = 'CLOSED',
}

registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'What the secretariat did with a referral: received, tabled as a case, or closed without tabling.',
  valuesConfig: {
    RECEIVED: { description: 'Received, not yet dealt with (受理).' },
    TABLED: { description: 'Tabled as a case of the meeting (付議).' },
    CLOSED: { description: 'Closed without tabling, with a note (終了).' },
  },
});

@ObjectType({ description: 'One fact that made the referring unit concerned, from its own records.' })
export class ReferralFact {
  @Field({ description: 'Data category of the fact (held by the referring unit).' })
  category!: string;

  @Field({ description: 'The fact in the referring staff member’s words (e.g. 家賃6か月滞納、訪問時に衰弱の様子).' })
  summary!: string;
}

const REFERRAL = CATEGORIES.MEETING_REFERRAL;

/**
 * A department's referral of a concerning case (気になる事案) to the support-meeting secretariat:
 * a provision based on law (APPI 69(1); 生活困窮者自立支援法 §9) even if the meeting never
 * deliberates it (seed 000, case 2-⑪, L2217–2257).
 */
@PersonalRecord()
@ObjectType({ description: 'A referral of a concerning case (気になる事案) to the support-meeting secretariat.' })
@Entity({ schema: 'meeting', tableName: 'concerning_case_referral' })
export class ConcerningCaseReferral {
  [OptionalProps]?: 'holderUnit';

  @PersonalField(REFERRAL, () => ID, { description: 'Referral id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @PersonalField(REFERRAL, () => String, { description: 'The resident, by resident number.' })
  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @Index()
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'text' })
  secretariatUnit!: string;

  @PersonalField(REFERRAL, () => String, { description: 'Unit that referred the case.' })
  @Property({ type: 'text' })
  referringUnit!: string;

  @PersonalField(REFERRAL, () => String, { description: 'Staff member who referred it.' })
  @Property({ type: 'text' })
  referredBy!: string;

  @PersonalField(REFERRAL, () => [ReferralFact], { description: 'The facts that made the referring unit concerned.' })
  @Property({ type: 'json' })
  facts!: ReferralFact[];

  @PersonalField(REFERRAL, () => Date, { description: 'When it was referred.' })
  @Property({ type: 'timestamptz' })
  referredAt!: Date;

  @PersonalField(REFERRAL, () => ReferralStatus, { description: 'What the secretariat did with it.' })
  @Enum({ items: () => ReferralStatus, type: 'text' })
  status!: ReferralStatus;

  @PersonalField(REFERRAL, () => ID, { nullable: true, description: 'The meeting case opened for it, once tabled.' })
  @Property({ type: 'uuid', nullable: true })
  meetingCaseId?: string | null;

  @PersonalField(REFERRAL, () => String, { nullable: true, description: 'Why it was closed without tabling.' })
  @Property({ type: 'text', nullable: true })
  closingNote?: string | null;

  get holderUnit(): string {
    return this.secretariatUnit;
  }
}
