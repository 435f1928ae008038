import { Field, ID, InputType } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { LocalDate } from '../server/scalars';
import { MeetingLegalBasis } from './enums';

@InputType({ description: 'A meeting body to register.' })
export class CreateSupportMeetingInput {
  @Field()
  name!: string;

  @Field(() => MeetingLegalBasis)
  legalBasis!: MeetingLegalBasis;

  @Field(() => Purpose, { defaultValue: Purpose.SELF_RELIANCE_SUPPORT })
  purpose!: Purpose;

  @Field(() => [String], { description: 'Data categories members may exchange about tabled cases.' })
  scopeCategories!: string[];

  @Field(() => LocalDate)
  establishedOn!: string;
}

@InputType({ description: 'A member unit joining a meeting.' })
export class AddMeetingMemberInput {
  @Field(() => ID)
  meetingId!: string;

  @Field({ description: 'Member unit code.' })
  unitCode!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Date the member acknowledged the duty of confidentiality (§9(5)); without it the member receives nothing.' })
  confidentialityAcknowledgedOn?: string;

  @Field(() => LocalDate)
  memberFrom!: string;

  @Field(() => LocalDate, { nullable: true })
  memberUntil?: string;
}

@InputType({ description: "A resident's case to table at a meeting." })
export class TableCaseInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  residentNumber!: string;

  @Field(() => LocalDate)
  tabledOn!: string;

  @Field({ nullable: true, description: 'Unit that referred the case (気になる事案).' })
  referredBy?: string;

  @Field({ nullable: true })
  note?: string;
}
