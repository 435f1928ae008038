import { SafeIntResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewStatus } from './review-queue';

registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: "State of an emergency access in the privacy officer's review (事後確認).",
  valuesConfig: {
    PENDING: { description: 'Awaiting review (or accessed again since the last review).' },
    SIGNED_OFF: { description: 'Reviewed and found justified.' },
    FLAGGED: { description: 'Reviewed and found questionable; see the note.' },
  },
});

export enum ReviewOutcome {
  SIGN_OFF = 'SIGN_OFF',
  FLAG = 'FLAG',
}

registerEnumType(ReviewOutcome, { name: 'ReviewOutcome', description: 'What the privacy officer decides about an emergency access.' });

@ObjectType({ description: 'One review of an emergency access.' })
export class EmergencyReview {
  @Field(() => ReviewStatus)
  outcome!: ReviewStatus;

  @Field()
  note!: string;

  @Field()
  reviewerCode!: string;

  @Field()
  reviewedAt!: Date;

  @Field(() => SafeIntResolver, { description: 'The review covers the entries up to this one.' })
  coversThroughSeq!: number;
}

@ObjectType({ description: 'An emergency (protection of life, body or property) and the accesses made under it, reviewed together.' })
export class EmergencyReviewItem {
  @Field({ description: 'The emergency record id, or `entry:<seq>` for an access that names none.' })
  reviewKey!: string;

  @Field(() => String, { nullable: true })
  basisRecordId!: string | null;

  @Field(() => [String], { description: 'Residents concerned.' })
  subjects!: string[];

  @Field(() => [String], { description: 'Staff who accessed.' })
  actors!: string[];

  @Field(() => [String])
  organisations!: string[];

  @Field(() => [String])
  categories!: string[];

  @Field(() => Int, { description: 'Access decisions logged under the emergency.' })
  accesses!: number;

  @Field()
  firstAt!: Date;

  @Field()
  lastAt!: Date;

  @Field({ description: 'Review is due by then.' })
  dueAt!: Date;

  @Field(() => ReviewStatus)
  status!: ReviewStatus;

  @Field({ description: 'Past due and still pending.' })
  overdue!: boolean;

  @Field({ description: 'Reviewed before, but accessed again since.' })
  reopened!: boolean;

  @Field(() => EmergencyReview, { nullable: true })
  lastReview!: EmergencyReview | null;
}
