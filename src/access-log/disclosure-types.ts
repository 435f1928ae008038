import { Field, ObjectType } from 'type-graphql';
import { BilingualText } from '../server/bilingual';

@ObjectType({ description: 'A data category named for a resident.' })
export class DisclosedCategory {
  @Field()
  code!: string;

  @Field(() => BilingualText)
  name!: BilingualText;
}

@ObjectType({ description: 'One line of a disclosure report: which department looked at what, when, for what and on what basis.' })
export class DisclosureLine {
  @Field()
  accessedAt!: Date;

  @Field(() => String, { nullable: true })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Department (部署); staff members are not named.' })
  unitName!: string | null;

  @Field(() => String, { nullable: true })
  purpose!: string | null;

  @Field(() => BilingualText, { nullable: true })
  purposeName!: BilingualText | null;

  @Field(() => String, { nullable: true })
  basis!: string | null;

  @Field(() => BilingualText, { nullable: true })
  basisName!: BilingualText | null;

  @Field(() => [DisclosedCategory])
  categories!: DisclosedCategory[];

  @Field(() => BilingualText, { description: 'The line in plain words.' })
  description!: BilingualText;
}

@ObjectType({ description: "A resident's disclosure report (本人開示): who looked at their data, newest first." })
export class DisclosureReport {
  @Field()
  residentNumber!: string;

  @Field(() => [DisclosureLine])
  lines!: DisclosureLine[];

  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
