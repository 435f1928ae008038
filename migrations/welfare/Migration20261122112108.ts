import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112108 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "welfare";`);
    this.addSql(`create table "welfare"."care_certification" ("id" serial primary key, "resident_number" text not null, "care_level" text check ("care_level" in ('SUPPORT_1', 'SUPPORT_2', 'CARE_1', 'CARE_2', 'CARE_3', 'CARE_4', 'CARE_5')) not null, "certified_on" date not null, "valid_until" date not null);`);
    this.addSql(`create index "care_certification_resident_number_index" on "welfare"."care_certification" ("resident_number");`);

    this.addSql(`create table "welfare"."disability_certificate" ("id" serial primary key, "resident_number" text not null, "certificate_kind" text check ("certificate_kind" in ('PHYSICAL', 'INTELLECTUAL', 'MENTAL')) not null, "grade" text not null, "issued_on" date not null);`);
    this.addSql(`create index "disability_certificate_resident_number_index" on "welfare"."disability_certificate" ("resident_number");`);

    this.addSql(`create table "welfare"."housing_security_benefit" ("id" serial primary key, "resident_number" text not null, "applied_on" date not null, "status" text check ("status" in ('APPLIED', 'PAYING', 'REJECTED', 'ENDED')) not null, "monthly_amount_yen" int not null, "period_start" date null, "period_end" date null);`);
    this.addSql(`create index "housing_security_benefit_resident_number_index" on "welfare"."housing_security_benefit" ("resident_number");`);

    this.addSql(`create table "welfare"."public_assistance" ("id" serial primary key, "resident_number" text not null, "case_number" text not null, "status" text check ("status" in ('APPLIED', 'RECEIVING', 'SUSPENDED', 'ENDED')) not null, "started_on" date not null, "ended_on" date null, "household_size" int not null, "housing_allowance_monthly_yen" int not null, "rent_paid_directly" boolean not null);`);
    this.addSql(`create index "public_assistance_resident_number_index" on "welfare"."public_assistance" ("resident_number");`);

    this.addSql(`create table "welfare"."self_reliance_case" ("id" serial primary key, "resident_number" text not null, "case_number" text not null, "intake_on" date not null, "intake_channel" text check ("intake_channel" in ('WALK_IN', 'PHONE', 'OUTREACH', 'REFERRAL_FROM_DEPARTMENT', 'REFERRAL_FROM_OUTSIDE')) not null, "main_concerns" text[] not null, "status" text check ("status" in ('INTAKE', 'ASSESSMENT', 'PLANNED', 'SUPPORTING', 'CLOSED')) not null, "plan_agreed_on" date null, "closed_on" date null);`);
    this.addSql(`create index "self_reliance_case_resident_number_index" on "welfare"."self_reliance_case" ("resident_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "welfare"."care_certification" cascade;`);

    this.addSql(`drop table if exists "welfare"."disability_certificate" cascade;`);

    this.addSql(`drop table if exists "welfare"."housing_security_benefit" cascade;`);

    this.addSql(`drop table if exists "welfare"."public_assistance" cascade;`);

    this.addSql(`drop table if exists "welfare"."self_reliance_case" cascade;`);

    this.addSql(`drop schema if exists "welfare";`);
  }

}
