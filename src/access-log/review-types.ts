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

registerEnumType(ReviewOutcome, {
  name: 'ReviewOutcome',
  description: 'What the privacy officer decides about an emergency access.',
  valuesConfig: {
    SIGN_OFF: { description: 'The access was justified.' },
    FLAG: { description: 'The access is questionable; the note says why.' },
  },
});

@ObjectType({ description: 'One review of an emergency access.' })
export class EmergencyReview {
  @Field(() => ReviewStatus, { description: 'SIGNED_OFF or FLAGGED.' })
  outcome!: ReviewStatus;

  @Field({ description: "The reviewer's note." })
  note!: string;

  @Field({ description: 'Staff code of the reviewer.' })
  reviewerCode!: string;

  @Field({ description: 'When the review was recorded.' })
  reviewedAt!: Date;

  @Field(() => SafeIntResolver, { description: 'The review covers the entries up to this one.' })
  coversThroughSeq!: number;
}

/** The fields every review item has (an emergency's uses, or a consent). */
@ObjectType()
class ReviewItemFields {
  @Field({ description: 'The basis record id (emergency or consent), or `entry:<seq>` for an access that names none.' })
  reviewKey!: string;

  @Field(() => String, { nullable: true, description: 'The emergency or consent the entries name.' })
  basisRecordId!: string | null;

  @Field(() => [String], { description: 'Residents concerned.' })
  subjects!: string[];

  @Field(() => [String], { description: 'Staff who accessed.' })
  actors!: string[];

  @Field(() => [String], { description: 'Organisations of those staff.' })
  organisations!: string[];

  @Field(() => [String], { description: 'Data categories accessed.' })
  categories!: string[];

  @Field(() => Int, { description: 'Access decisions logged under the basis record.' })
  accesses!: number;

  @Field({ description: 'The first entry under the basis record.' })
  firstAt!: Date;

  @Field({ description: 'The latest entry under the basis record.' })
  lastAt!: Date;

  @Field({ description: 'Review is due by then.' })
  dueAt!: Date;

  @Field(() => ReviewStatus, { description: 'Where the item stands.' })
  status!: ReviewStatus;

  @Field({ description: 'Past due and still pending.' })
  overdue!: boolean;

  @Field({ description: 'Reviewed before, but used again (an emergency) or changed (a consent) since.' })
  reopened!: boolean;

  @Field(() => EmergencyReview, { nullable: true, description: 'The latest review, if any.' })
  lastReview!: EmergencyReview | null;
}

@ObjectType({ description: 'An emergency (protection of life, body or property) and the accesses made under it, reviewed together.' })
export class EmergencyReviewItem extends ReviewItemFields {}

@ObjectType({ description: 'A consent — its recording, confirmation, renewal or withdrawal, and the accesses made under it — in the privacy officer’s review.' })
export class ConsentReviewItem extends ReviewItemFields {}
