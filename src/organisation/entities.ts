import { Entity, Enum, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { LegalRegime } from './units';
import { StaffRole } from './roles';


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

  /**
   * Set when the unit runs a municipal service under contract (委託): the records it keeps for that
   * service are the municipality's, under the public-organ regime (APPI 66(2) binds the contractor).
   */
  @ManyToOne(() => Organisation, { fieldName: 'on_behalf_of_code', nullable: true })
  onBehalfOf?: Organisation | null;
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
