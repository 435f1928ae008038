import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112110 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "utility";`);
    this.addSql(`create table "utility"."supply_stop_notice" ("id" serial primary key, "account_id" int not null, "resident_number" text not null, "provider_unit" text not null, "notified_on" date not null, "scheduled_stop_on" date not null, "status" text check ("status" in ('NOTIFIED', 'EXECUTED', 'CANCELLED', 'RESTORED')) not null, "executed_on" date null, "restored_on" date null);`);
    this.addSql(`create index "supply_stop_notice_account_id_index" on "utility"."supply_stop_notice" ("account_id");`);
    this.addSql(`create index "supply_stop_notice_resident_number_index" on "utility"."supply_stop_notice" ("resident_number");`);

    this.addSql(`create table "utility"."utility_account" ("id" serial primary key, "provider_unit" text not null, "service" text check ("service" in ('ELECTRICITY', 'GAS', 'WATER')) not null, "customer_number" text not null, "resident_number" text not null, "supply_address" text not null, "opened_on" date not null);`);
    this.addSql(`create index "utility_account_provider_unit_index" on "utility"."utility_account" ("provider_unit");`);
    this.addSql(`create index "utility_account_resident_number_index" on "utility"."utility_account" ("resident_number");`);

    this.addSql(`create table "utility"."utility_arrears" ("id" serial primary key, "account_id" int not null, "resident_number" text not null, "provider_unit" text not null, "months_in_arrears" int not null, "amount_yen" int not null, "since" date not null);`);
    this.addSql(`create index "utility_arrears_account_id_index" on "utility"."utility_arrears" ("account_id");`);
    this.addSql(`create index "utility_arrears_resident_number_index" on "utility"."utility_arrears" ("resident_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "utility"."supply_stop_notice" cascade;`);

    this.addSql(`drop table if exists "utility"."utility_account" cascade;`);

    this.addSql(`drop table if exists "utility"."utility_arrears" cascade;`);

    this.addSql(`drop schema if exists "utility";`);
  }

}
