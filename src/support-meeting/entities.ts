import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { Purpose } from '../policy/purposes';
import { LocalDate } from '../server/scalars';
import { MeetingLegalBasis } from './enums';

@ObjectType({ description: 'A meeting body at which cases are tabled (支援会議・支援調整会議).' })
@Entity({ schema: 'meeting', tableName: 'support_meeting' })
export class SupportMeeting {
  @Field(() => ID, { description: 'Meeting id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Name (名称).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => MeetingLegalBasis, { description: 'The law the meeting is organised under (設置根拠).' })
  @Enum({ items: () => MeetingLegalBasis, type: 'text' })
  legalBasis!: MeetingLegalBasis;

  @Field({ description: 'Unit running the secretariat (事務局).' })
  @Property({ type: 'text' })
  secretariatUnit!: string;

  @Field(() => Purpose, { description: 'The purpose the meeting serves; access through it serves only this purpose.' })
  @Enum({ items: () => Purpose, type: 'text' })
  purpose!: Purpose;

  @Field(() => [String], { description: 'Data categories members may exchange about tabled cases.' })
  @Property({ type: 'text[]' })
  scopeCategories!: string[];

  @Field(() => LocalDate, { description: 'Date established (設置日).' })
  @Property({ type: 'date' })
  establishedOn!: string;
}

@ObjectType({ description: 'A member organisation unit of a meeting, bound by confidentiality (守秘義務).' })
@Entity({ schema: 'meeting', tableName: 'meeting_member' })
export class MeetingMember {
  @Field(() => ID, { description: 'Membership id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field({ description: 'Member unit code.' })
  @Index()
  @Property({ type: 'text' })
  unitCode!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the member acknowledged the confidentiality duty (§9(5)).' })
  @Property({ type: 'date', nullable: true })
  confidentialityAcknowledgedOn?: string | null;

  @Field(() => LocalDate, { description: 'First day of membership.' })
  @Property({ type: 'date' })
  memberFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of membership; open-ended when null.' })
  @Property({ type: 'date', nullable: true })
  memberUntil?: string | null;
}

const CASE = CATEGORIES.MEETING_CASE;

@PersonalRecord()
@ObjectType({ description: "A resident's case tabled at a meeting (支援会議の事案)." })
@Entity({ schema: 'meeting', tableName: 'meeting_case' })
export class MeetingCase {
  @PersonalField(CASE, () => ID, { description: 'Case id; access through the meeting cites it.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @PersonalField(CASE, () => ID, { description: 'The meeting the case is tabled at.' })
  @Index()
  @Property({ type: 'uuid' })
  meetingId!: string;

  @PersonalField(CASE, () => String, { description: 'The resident, by resident number.' })
  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @PersonalField(CASE, () => LocalDate, { description: 'Date tabled (付議日).' })
  @Property({ type: 'date' })
  tabledOn!: string;

  @PersonalField(CASE, () => LocalDate, { nullable: true, description: 'Date closed (終結日).' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @PersonalField(CASE, () => String, { nullable: true, description: 'Unit that referred the case (気になる事案の通知元), if any.' })
  @Property({ type: 'text', nullable: true })
  referredBy?: string | null;

  @PersonalField(CASE, () => String, { nullable: true, description: 'Secretariat’s note on the case.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
