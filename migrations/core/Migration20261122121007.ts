import { Migration } from '@mikro-orm/migrations';

export class Migration20261122121007 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "report";`);
    this.addSql(`create table "report"."utility_report" ("id" uuid not null, "reporting_unit" text not null, "reported_by" text not null, "recipient_unit" text not null, "service" text check ("service" in ('ELECTRICITY', 'GAS', 'WATER')) not null, "customer_number" text not null, "person" jsonb not null, "months_in_arrears" int not null, "amount_yen" int not null, "supply_stop_scheduled_on" date null, "circumstances" text not null, "basis" text check ("basis" in ('WITHIN_PURPOSE', 'CONSENT', 'SUPPORT_MEETING', 'LIFE_BODY_PROPERTY')) not null, "consent_method" text check ("consent_method" in ('WRITTEN', 'ELECTRONIC', 'ORAL_IN_PERSON', 'ORAL_BY_PHONE')) null, "consent_evidence" text null, "consent_attestation" text null, "risk_reason" text null, "consent_difficulty" text check ("consent_difficulty" in ('UNREACHABLE', 'INCAPACITATED', 'REFUSED_WHILE_AT_RISK', 'NO_TIME')) null, "consent_difficulty_note" text null, "reported_at" timestamptz not null, "resident_number" text null, "consent_id" uuid null, "outreach_case_id" int null, constraint "utility_report_pkey" primary key ("id"));`);
    this.addSql(`create index "utility_report_resident_number_index" on "report"."utility_report" ("resident_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report"."utility_report" cascade;`);

    this.addSql(`drop schema if exists "report";`);
  }

}
