import { Field, ID, InputType } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { LocalDate } from '../server/scalars';
import { MeetingLegalBasis } from './enums';

@InputType({ description: 'A meeting body to register.' })
export class CreateSupportMeetingInput {
  @Field({ description: 'Name (名称), 2–200 characters.' })
  name!: string;

  @Field(() => MeetingLegalBasis, { description: 'The law the meeting is organised under (設置根拠).' })
  legalBasis!: MeetingLegalBasis;

  @Field(() => Purpose, { defaultValue: Purpose.SELF_RELIANCE_SUPPORT, description: 'The purpose the meeting serves; access through it serves only this purpose.' })
  purpose!: Purpose;

  @Field(() => [String], { description: 'Data categories members may exchange about tabled cases.' })
  scopeCategories!: string[];

  @Field(() => LocalDate, { description: 'Date the meeting was established (設置日).' })
  establishedOn!: string;
}

@InputType({ description: 'A member unit joining a meeting.' })
export class AddMeetingMemberInput {
  @Field(() => ID, { description: 'The meeting, which your unit must run as secretariat.' })
  meetingId!: string;

  @Field({ description: 'Member unit code.' })
  unitCode!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the member acknowledged the duty of confidentiality (§9(5)); without it the member receives nothing.' })
  confidentialityAcknowledgedOn?: string;

  @Field(() => LocalDate, { description: 'First day of membership.' })
  memberFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of membership; open-ended when omitted.' })
  memberUntil?: string;
}

@InputType({ description: "A resident's case to table at a meeting." })
export class TableCaseInput {
  @Field(() => ID, { description: 'The meeting, which your unit must run as secretariat.' })
  meetingId!: string;

  @Field({ description: 'Resident number (宛名番号) of the person whose case is tabled.' })
  residentNumber!: string;

  @Field(() => LocalDate, { description: 'Date tabled (付議日); members’ access starts here.' })
  tabledOn!: string;

  @Field({ nullable: true, description: 'Unit that referred the case (気になる事案).' })
  referredBy?: string;

  @Field({ nullable: true, description: 'Secretariat’s note on the case.' })
  note?: string;
}
