import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { LegalRegime } from '../organisation/units';
import { StaffRole } from '../organisation/roles';
import { DeclarationGround } from '../policy/purpose-grounds';
import { Purpose } from '../policy/purposes';
import type { RequestScope } from '../request/scope';
import { BilingualText } from '../server/bilingual';

@ObjectType({ description: 'A purpose the actor may declare, and why (利用目的とその根拠).' })
export class DeclarableGround {
  @Field(() => Purpose, { description: 'Purpose (利用目的).' })
  purpose!: Purpose;

  @Field(() => DeclarationGround, { description: 'How the unit comes to declare it: a public function, a contract it performs, its own business, a body it sits in.' })
  via!: DeclarationGround;

  @Field(() => BilingualText, { description: 'The legal ground of the purpose, with its article.' })
  ground!: BilingualText;

  @Field({ nullable: true, description: 'The contract (委託) under which it is declared.' })
  contract?: string;
}

@ObjectType({ description: 'The staff member making the request (利用者).' })
export class Me {
  @Field({ description: 'Staff code.' })
  code!: string;

  @Field({ description: 'Name (氏名).' })
  name!: string;

  @Field(() => StaffRole, { description: 'Role (職務).' })
  role!: StaffRole;

  @Field({ description: 'Unit (所属) code.' })
  unitCode!: string;

  @Field({ description: 'Organisation code.' })
  organisationCode!: string;

  @Field(() => LegalRegime, { description: 'Regime under which the unit keeps its records.' })
  regime!: LegalRegime;

  @Field(() => [Purpose], { description: 'Purposes this actor may declare.' })
  declarablePurposes!: Purpose[];

  @Field(() => [DeclarableGround], { description: 'The purposes this actor may declare, each with its legal ground and how the unit comes to declare it.' })
  declarableGrounds!: DeclarableGround[];
}

@Resolver()
export class IdentityResolver {
  @Query(() => Me, { description: 'Who the bearer token says you are.' })
  me(@Ctx() scope: RequestScope): Me {
    const actor = scope.actor;
    const declarable = scope.directory.declarableBy(actor.unitCode);
    return { ...actor, declarablePurposes: declarable.map((d) => d.purpose), declarableGrounds: declarable.map((d) => ({ ...d })) };
  }
}
