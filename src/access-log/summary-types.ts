import { Field, Int, ObjectType } from 'type-graphql';
import { LegalBasis } from '../policy/legal-bases';
import { AccessDecision } from './entry';

@ObjectType({ description: 'Access decisions of one actor on one category, basis and outcome over a period.' })
export class AccessSummaryRow {
  @Field(() => String, { nullable: true, description: "The actor's organisation." })
  organisationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: "The actor's unit." })
  unitCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  unitName!: string | null;

  @Field(() => String, { nullable: true, description: 'Staff code of the actor.' })
  actorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Data category.' })
  category!: string | null;

  @Field(() => LegalBasis, { nullable: true, description: 'The basis; null for denials.' })
  basis!: LegalBasis | null;

  @Field(() => AccessDecision, { description: 'Allowed or denied.' })
  decision!: AccessDecision;

  @Field(() => Int, { description: 'Access decisions (one per request × resident).' })
  entries!: number;

  @Field(() => Int, { description: 'Distinct residents.' })
  subjects!: number;

  @Field({ description: 'The first of these accesses in the period.' })
  firstAt!: Date;

  @Field({ description: 'The last of these accesses in the period.' })
  lastAt!: Date;
}
