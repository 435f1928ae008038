import { Field, ObjectType } from 'type-graphql';
import { BilingualText } from '../server/bilingual';

@ObjectType({ description: 'A data category named for a resident.' })
export class DisclosedCategory {
  @Field({ description: 'Category code, e.g. `tax.arrears`.' })
  code!: string;

  @Field(() => BilingualText, { description: 'Its name.' })
  name!: BilingualText;
}

@ObjectType({ description: 'One line of a disclosure report: which department looked at what, when, for what and on what basis.' })
export class DisclosureLine {
  @Field({ description: 'When the data was looked at.' })
  accessedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The organisation that looked.' })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Department (部署); staff members are not named.' })
  unitName!: string | null;

  @Field(() => String, { nullable: true, description: 'The purpose declared (利用目的).' })
  purpose!: string | null;

  @Field(() => BilingualText, { nullable: true, description: 'The purpose in words.' })
  purposeName!: BilingualText | null;

  @Field(() => String, { nullable: true, description: 'The lawful basis (LegalBasis).' })
  basis!: string | null;

  @Field(() => BilingualText, { nullable: true, description: 'The basis in words.' })
  basisName!: BilingualText | null;

  @Field(() => [DisclosedCategory], { description: 'The categories of data looked at.' })
  categories!: DisclosedCategory[];

  @Field(() => BilingualText, { description: 'The line in plain words.' })
  description!: BilingualText;
}

@ObjectType({ description: "A resident's disclosure report (本人開示): who looked at their data, newest first." })
export class DisclosureReport {
  @Field({ description: 'The resident the report is about.' })
  residentNumber!: string;

  @Field(() => [DisclosureLine], { description: 'The lines of this page, newest first.' })
  lines!: DisclosureLine[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field({ description: 'Whether older lines exist.' })
  hasNextPage!: boolean;
}
