import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "housing";`);
    this.addSql(`create table "housing"."housing_consultation" ("id" serial primary key, "resident_number" text not null, "consulted_on" date not null, "channel" text check ("channel" in ('COUNTER', 'PHONE', 'HOME_VISIT', 'REFERRAL', 'EMAIL')) not null, "topic" text check ("topic" in ('PUBLIC_HOUSING_APPLICATION', 'RENT_PAYMENT', 'EVICTION_RISK', 'PRIVATE_RENTAL_SEARCH', 'GUARANTOR', 'REPAIR', 'NEIGHBOUR_TROUBLE', 'OTHER')) not null, "content" text not null, "referred_to" text null);`);
    this.addSql(`create index "housing_consultation_resident_number_index" on "housing"."housing_consultation" ("resident_number");`);

    this.addSql(`create table "housing"."public_housing_tenancy" ("id" serial primary key, "resident_number" text not null, "estate_name" text not null, "building" text not null, "unit_number" text not null, "move_in_date" date not null, "household_size" int not null, "monthly_rent_yen" int not null, "rent_reduction_percent" int not null default 0, "rent_reduction_reason" text null, "status" text check ("status" in ('ACTIVE', 'ENDED')) not null, "ended_on" date null);`);
    this.addSql(`create index "public_housing_tenancy_resident_number_index" on "housing"."public_housing_tenancy" ("resident_number");`);

    this.addSql(`create table "housing"."rent_arrears" ("id" serial primary key, "tenancy_id" int not null, "resident_number" text not null, "months_in_arrears" int not null, "amount_yen" int not null, "since" date not null, "status" text check ("status" in ('OPEN', 'REPAYING', 'SETTLED', 'LEGAL_ACTION')) not null, "repayment_plan" text null);`);
    this.addSql(`create index "rent_arrears_tenancy_id_index" on "housing"."rent_arrears" ("tenancy_id");`);
    this.addSql(`create index "rent_arrears_resident_number_index" on "housing"."rent_arrears" ("resident_number");`);

    this.addSql(`create table "housing"."rent_payment_guidance" ("id" serial primary key, "arrears_id" int not null, "resident_number" text not null, "given_on" date not null, "method" text check ("method" in ('LETTER', 'PHONE', 'HOME_VISIT', 'COUNTER', 'LEGAL_SUMMONS')) not null, "note" text not null);`);
    this.addSql(`create index "rent_payment_guidance_arrears_id_index" on "housing"."rent_payment_guidance" ("arrears_id");`);
    this.addSql(`create index "rent_payment_guidance_resident_number_index" on "housing"."rent_payment_guidance" ("resident_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "housing"."housing_consultation" cascade;`);

    this.addSql(`drop table if exists "housing"."public_housing_tenancy" cascade;`);

    this.addSql(`drop table if exists "housing"."rent_arrears" cascade;`);

    this.addSql(`drop table if exists "housing"."rent_payment_guidance" cascade;`);

    this.addSql(`drop schema if exists "housing";`);
  }

}
