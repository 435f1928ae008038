import { Field, Int, ObjectType } from 'type-graphql';
import { LegalBasis } from '../policy/legal-bases';
import { AccessDecision } from './entry';

@ObjectType({ description: 'Access decisions of one actor on one category, basis and outcome over a period.' })
export class AccessSummaryRow {
  @Field(() => String, { nullable: true })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true })
  unitCode!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => String, { nullable: true })
  actorCode!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => LegalBasis, { nullable: true })
  basis!: LegalBasis | null;

  @Field(() => AccessDecision)
  decision!: AccessDecision;

  @Field(() => Int, { description: 'Access decisions (one per request × resident).' })
  entries!: number;

  @Field(() => Int, { description: 'Distinct residents.' })
  subjects!: number;

  @Field()
  firstAt!: Date;

  @Field()
  lastAt!: Date;
}
