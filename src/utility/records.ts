import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Int, ObjectType, registerEnumType } from 'type-graphql';
import { CATEGORIES } from '../policy/categories';
import { PersonalField, PersonalRecord } from '../policy/personal-field';
import { LocalDate } from '../server/scalars';
import { SupplyStopStatus, UtilityService } from './enums';

registerEnumType(UtilityService, {
  name: 'UtilityService',
  description: 'Supplied service (電気・ガス・水道).',
  valuesConfig: { ELECTRICITY: { description: 'Electricity (電気).' }, GAS: { description: 'Gas (ガス).' }, WATER: { description: 'Water (水道).' } },
});
registerEnumType(SupplyStopStatus, {
  name: 'SupplyStopStatus',
  description: 'State of a supply stop (供給停止の状況).',
  valuesConfig: {
    NOTIFIED: { description: 'Stop notified to the customer (供給停止予告済み).' },
    EXECUTED: { description: 'Supply stopped (停止実施).' },
    CANCELLED: { description: 'Called off, e.g. after payment (支払い等により中止).' },
    RESTORED: { description: 'Supply restored after a stop (再開).' },
  },
});

const ACCOUNT = CATEGORIES.UTILITY_ACCOUNT;
const ARREARS = CATEGORIES.UTILITY_ARREARS;
const SUPPLY_STOP = CATEGORIES.UTILITY_SUPPLY_STOP;

/**
 * Utility records are held by the provider named on each record (`providerUnit`): electricity and
 * gas companies are private operators, the municipal water works a public organ.
 */
@PersonalRecord()
@ObjectType({ description: 'A supply contract with an electricity, gas or water provider (供給契約).' })
@Entity({ schema: 'utility', tableName: 'utility_account' })
@Unique({ name: 'utility_account_natural_key', properties: ['providerUnit', 'customerNumber'] })
export class UtilityAccount {
  [OptionalProps]?: 'holderUnit';

  get holderUnit(): string {
    return this.providerUnit;
  }

  @PersonalField(ACCOUNT, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @PersonalField(ACCOUNT, () => String, { description: 'Unit code of the provider that holds the account.' })
  @Index()
  @Property({ type: 'text' })
  providerUnit!: string;

  @PersonalField(ACCOUNT, () => UtilityService, { description: 'Which service the account supplies.' })
  @Enum({ items: () => UtilityService, type: 'text' })
  service!: UtilityService;

  @PersonalField(ACCOUNT, () => String, { description: "Provider's customer number (お客さま番号)." })
  @Property({ type: 'text' })
  customerNumber!: string;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  // The provider's own copy of its customer's name (契約者名), not the register's: a utility serves its
  // customers without the resident register (issue #14, item 3).
  @PersonalField(ACCOUNT, () => String, { nullable: true, description: 'Customer name as on the contract (契約者名): the provider’s own record.' })
  @Property({ type: 'text', nullable: true })
  customerName?: string | null;

  @PersonalField(ACCOUNT, () => String, { description: 'Supply address (供給場所).' })
  @Property({ type: 'text' })
  supplyAddress!: string;

  @PersonalField(ACCOUNT, () => LocalDate, { description: 'Contract start (契約開始日).' })
  @Property({ type: 'date' })
  openedOn!: string;
}

@PersonalRecord()
@ObjectType({ description: 'Unpaid charges on a utility account (料金の滞納).' })
@Entity({ schema: 'utility', tableName: 'utility_arrears' })
@Unique({ name: 'utility_arrears_natural_key', properties: ['accountId', 'since'] })
export class UtilityArrears {
  [OptionalProps]?: 'holderUnit';

  get holderUnit(): string {
    return this.providerUnit;
  }

  @PersonalField(ARREARS, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'int' })
  accountId!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @Property({ type: 'text' })
  providerUnit!: string;

  @PersonalField(ARREARS, () => Int, { description: 'Months unpaid (滞納月数).' })
  @Property({ type: 'int' })
  monthsInArrears!: number;

  @PersonalField(ARREARS, () => Int, { description: 'Amount unpaid in yen.' })
  @Property({ type: 'int' })
  amountYen!: number;

  @PersonalField(ARREARS, () => LocalDate, { description: 'First unpaid bill.' })
  @Property({ type: 'date' })
  since!: string;
}

@PersonalRecord()
@ObjectType({ description: 'Notice and execution of a supply stop (供給停止の予告・実施).' })
@Entity({ schema: 'utility', tableName: 'supply_stop_notice' })
@Unique({ name: 'supply_stop_notice_natural_key', properties: ['accountId', 'notifiedOn'] })
export class SupplyStopNotice {
  [OptionalProps]?: 'holderUnit';

  get holderUnit(): string {
    return this.providerUnit;
  }

  @PersonalField(SUPPLY_STOP, () => Int, { description: 'Record id.' })
  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'int' })
  accountId!: number;

  @Index()
  @Property({ type: 'text' })
  residentNumber!: string;

  @Property({ type: 'text' })
  providerUnit!: string;

  @PersonalField(SUPPLY_STOP, () => LocalDate, { description: 'Date the notice was sent (予告日).' })
  @Property({ type: 'date' })
  notifiedOn!: string;

  @PersonalField(SUPPLY_STOP, () => LocalDate, { description: 'Scheduled stop date (停止予定日).' })
  @Property({ type: 'date' })
  scheduledStopOn!: string;

  @PersonalField(SUPPLY_STOP, () => SupplyStopStatus, { description: 'State of the stop (供給停止の状況).' })
  @Enum({ items: () => SupplyStopStatus, type: 'text' })
  status!: SupplyStopStatus;

  @PersonalField(SUPPLY_STOP, () => LocalDate, { nullable: true, description: 'Date the supply was stopped.' })
  @Property({ type: 'date', nullable: true })
  executedOn?: string | null;

  @PersonalField(SUPPLY_STOP, () => LocalDate, { nullable: true, description: 'Date the supply was restored.' })
  @Property({ type: 'date', nullable: true })
  restoredOn?: string | null;
}
