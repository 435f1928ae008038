import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LegalRegime, OrganisationKind } from './units';
import { StaffRole } from './roles';
import { MembershipBody } from './membership-body';

@ObjectType({ description: 'An organisation that holds or receives personal data (組織).' })
@Entity({ schema: 'organisation', tableName: 'organisation' })
export class Organisation {
  [PrimaryKeyProp]?: 'code';

  @Field({ description: 'Stable organisation code.' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => LegalRegime)
  @Enum({ items: () => LegalRegime, type: 'text' })
  regime!: LegalRegime;

  @Field(() => OrganisationKind, { description: 'What kind of body it is; decides its own business purposes.' })
  @Enum({ items: () => OrganisationKind, type: 'text' })
  kind!: OrganisationKind;
}

@ObjectType({ description: 'A unit (department or section, 部署) of an organisation; units hold records.' })
@Entity({ schema: 'organisation', tableName: 'unit' })
export class Unit {
  [PrimaryKeyProp]?: 'code';

  @Field({ description: 'Stable unit code, e.g. `housing.public-housing`.' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field({ description: 'Name (名称).' })
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Organisation, { fieldName: 'organisation_code' })
  organisation!: Organisation;

  /** The purposes assigned to the unit; it may declare those of them the law lets its organisation declare (policy/purpose-grounds.ts). */
  @Property({ type: 'text[]', default: '{}' })
  purposes: string[] = [];
}

/**
 * A contract (委託) by which a municipality entrusts one of its services to another organisation,
 * performed by one of the contractor's units. While it runs, that unit keeps the municipality's
 * records under the public-organ regime (APPI 66(2) binds the contractor) and may declare the
 * contracted services' purposes.
 */
@Entity({ schema: 'organisation', tableName: 'contract' })
export class Contract {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Organisation, { fieldName: 'client_code' })
  client!: Organisation;

  @ManyToOne(() => Organisation, { fieldName: 'contractor_code' })
  contractor!: Organisation;

  @ManyToOne(() => Unit, { fieldName: 'unit_code' })
  unit!: Unit;

  /** The municipal services entrusted, as purposes. */
  @Property({ type: 'text[]' })
  services!: string[];

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validUntil?: string | null;
}

/** A unit's seat in a support meeting (生活困窮者自立支援法 §9) or a housing support council (住宅セーフティネット法 §51). */
@Entity({ schema: 'organisation', tableName: 'membership' })
export class Membership {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Enum({ items: () => MembershipBody, type: 'text' })
  body!: MembershipBody;

  /** The organisation that convenes the body: the municipality for its support meeting, the council itself. */
  @ManyToOne(() => Organisation, { fieldName: 'convener_code' })
  convener!: Organisation;

  @ManyToOne(() => Unit, { fieldName: 'unit_code' })
  unit!: Unit;

  @Property({ type: 'date' })
  memberFrom!: string;

  @Property({ type: 'date', nullable: true })
  memberUntil?: string | null;
}

@Entity({ schema: 'organisation', tableName: 'staff' })
export class Staff {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code' })
  unit!: Unit;

  @Enum({ items: () => StaffRole, type: 'text' })
  role!: StaffRole;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}

/** A number every change to the directory raises (a trigger): the hub reloads the directory when it moves. */
@Entity({ schema: 'organisation', tableName: 'directory_version' })
export class DirectoryVersion {
  [PrimaryKeyProp]?: 'id';

  @PrimaryKey({ type: 'smallint', default: 1, autoincrement: false })
  id: number = 1;

  @Property({ type: 'bigint' })
  version!: string;
}
