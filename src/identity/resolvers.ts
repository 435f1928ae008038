import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { LegalRegime } from '../organisation/units';
import { StaffRole } from '../organisation/roles';
import { DECLARABLE_PURPOSES } from '../policy/declarable-purposes';
import { Purpose } from '../policy/purposes';
import type { RequestScope } from '../request/scope';

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
}

@Resolver()
export class IdentityResolver {
  @Query(() => Me, { description: 'Who the bearer token says you are.' })
  me(@Ctx() scope: RequestScope): Me {
    const actor = scope.actor;
    return { ...actor, declarablePurposes: [...(DECLARABLE_PURPOSES[actor.unitCode] ?? [])] };
  }
}
