import { Field, InputType, ObjectType } from 'type-graphql';
import { DeclarableGround } from '../../identity/resolvers';
import { Purpose } from '../../policy/purposes';
import { BilingualText } from '../../server/bilingual';
import { MembershipBody } from '../membership-body';
import { StaffRole } from '../roles';
import { LegalRegime, OrganisationKind } from '../units';

@InputType({ description: 'An organisation of the directory (組織).' })
export class OrganisationInput {
  @Field({ description: 'Stable code: lower-case letters, digits, dots and hyphens.' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  name!: string;

  @Field(() => LegalRegime, { description: 'Public organ or private operator; must agree with the kind.' })
  regime!: LegalRegime;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;
}

@ObjectType({ description: 'An organisation of the directory, as saved.' })
export class OrganisationView {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field(() => LegalRegime, { description: 'Public organ or private operator.' }) regime!: LegalRegime;
  @Field(() => OrganisationKind, { description: 'What kind of body it is.' }) kind!: OrganisationKind;
}

@InputType({ description: 'A unit (部署) of an organisation, with the purposes assigned to it.' })
export class UnitInput {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field({ description: 'The organisation the unit belongs to.' }) organisationCode!: string;

  @Field(() => [Purpose], { description: 'Purposes assigned; only those the law lets the unit declare take effect (see `refusedPurposes`).' })
  purposes!: Purpose[];
}

@ObjectType({ description: 'A purpose assigned to a unit that it may not declare, and why.' })
export class RefusedPurposeView {
  @Field({ description: 'Purpose (利用目的).' }) purpose!: string;
  @Field(() => BilingualText, { description: 'Why it may not be declared.' }) reason!: BilingualText;
}

@ObjectType({ description: 'A unit as the directory now stands.' })
export class UnitView {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field({ description: 'The organisation the unit belongs to.' }) organisationCode!: string;
  @Field({ description: 'The organisation whose records the unit keeps (the client of a contract it performs).' }) holdingOrganisationCode!: string;
  @Field(() => LegalRegime, { description: 'The regime under which it keeps them.' }) regime!: LegalRegime;
  @Field({ nullable: true, description: 'The contract (委託) in force that it performs.' }) contractCode?: string;
  @Field(() => [DeclarableGround], { description: 'The purposes it may declare, with their grounds.' }) declarableGrounds!: DeclarableGround[];
  @Field(() => [RefusedPurposeView], { description: 'Purposes assigned to it that it may not declare, and why.' }) refusedPurposes!: RefusedPurposeView[];
}

@InputType({ description: 'A contract (委託) entrusting municipal services to a private operator.' })
export class ContractInput {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field({ description: 'The municipality entrusting the services.' }) clientCode!: string;
  @Field({ description: 'The private operator performing them.' }) contractorCode!: string;
  @Field({ description: 'The contractor’s unit that performs them and keeps the records.' }) unitCode!: string;
  @Field(() => [Purpose], { description: 'The services entrusted, as purposes.' }) services!: Purpose[];
  @Field({ description: 'First day (YYYY-MM-DD).' }) validFrom!: string;
  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD); open-ended if omitted.' }) validUntil?: string;
}

@ObjectType({ description: 'A contract (委託) as saved.' })
export class ContractView {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field({ description: 'The municipality entrusting the services.' }) clientCode!: string;
  @Field({ description: 'The private operator performing them.' }) contractorCode!: string;
  @Field({ description: 'Unit code.' }) unitCode!: string;
  @Field(() => [Purpose], { description: 'The services entrusted, as purposes.' }) services!: Purpose[];
  @Field({ description: 'First day (YYYY-MM-DD).' }) validFrom!: string;
  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD), if any.' }) validUntil?: string;
}

@InputType({ description: 'A unit’s seat in a support meeting or a housing support council.' })
export class MembershipInput {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field(() => MembershipBody, { description: 'The body: support meeting or housing support council.' }) body!: MembershipBody;
  @Field({ description: 'The convening organisation: the municipality (support meeting) or the council.' }) convenerCode!: string;
  @Field({ description: 'Unit code.' }) unitCode!: string;
  @Field({ description: 'First day (YYYY-MM-DD).' }) memberFrom!: string;
  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD).' }) memberUntil?: string;
}

@ObjectType({ description: 'A membership as saved.' })
export class MembershipView {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field(() => MembershipBody, { description: 'The body: support meeting or housing support council.' }) body!: MembershipBody;
  @Field({ description: 'The convening organisation.' }) convenerCode!: string;
  @Field({ description: 'Unit code.' }) unitCode!: string;
  @Field({ description: 'First day (YYYY-MM-DD).' }) memberFrom!: string;
  @Field({ nullable: true, description: 'Last day (YYYY-MM-DD), if any.' }) memberUntil?: string;
}

@InputType({ description: 'A staff member (職員) and their role.' })
export class StaffInput {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field({ description: 'Unit code.' }) unitCode!: string;
  @Field(() => StaffRole, { description: 'Role (職務).' }) role!: StaffRole;
  @Field({ description: 'False disables every token of the staff member at once.' }) active!: boolean;
}

@ObjectType({ description: 'A staff member as saved.' })
export class StaffView {
  @Field({ description: 'Stable code (lower-case letters, digits, dots, hyphens).' }) code!: string;
  @Field({ description: 'Name (名称).' }) name!: string;
  @Field({ description: 'Unit code.' }) unitCode!: string;
  @Field(() => StaffRole, { description: 'Role (職務).' }) role!: StaffRole;
  @Field({ description: 'Whether the staff member’s tokens are accepted.' }) active!: boolean;
}
