import { Migration } from '@mikro-orm/migrations';

export class Migration20261122113359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "consent";`);
    this.addSql(`create schema if not exists "emergency";`);
    this.addSql(`create schema if not exists "meeting";`);
    this.addSql(`create schema if not exists "policy";`);
    this.addSql(`create table "consent"."consent" ("id" uuid not null, "resident_number" text not null, "controller_unit" text not null, "recipients" text[] not null, "categories" text[] not null, "purposes" text[] not null, "method" text check ("method" in ('WRITTEN', 'ELECTRONIC', 'ORAL_IN_PERSON', 'ORAL_BY_PHONE')) not null, "form" text check ("form" in ('INTAKE_FORM', 'TAX_INFORMATION_FORM', 'OTHER')) not null, "evidence_reference" text null, "taken_by" text not null, "attestation" text null, "explanation_given" boolean not null, "valid_from" date not null, "valid_until" date null, "withdrawn_at" timestamptz null, "recorded_at" timestamptz not null default now(), constraint "consent_pkey" primary key ("id"));`);
    this.addSql(`create index "consent_resident_number_index" on "consent"."consent" ("resident_number");`);

    this.addSql(`create table "consent"."consent_event" ("id" serial primary key, "consent_id" uuid not null, "resident_number" text not null, "controller_unit" text not null, "kind" text check ("kind" in ('GIVEN', 'RENEWED', 'WITHDRAWN')) not null, "at" timestamptz not null default now(), "by" text not null, "note" text null);`);
    this.addSql(`create index "consent_event_consent_id_index" on "consent"."consent_event" ("consent_id");`);

    this.addSql(`create table "emergency"."emergency" ("id" uuid not null, "resident_number" text not null, "declared_by_unit" text not null, "declared_by" text not null, "reason" text not null, "consent_difficulty" text check ("consent_difficulty" in ('UNREACHABLE', 'INCAPACITATED', 'REFUSED_WHILE_AT_RISK', 'NO_TIME')) not null, "consent_difficulty_note" text not null, "categories" text[] not null, "declared_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "emergency_pkey" primary key ("id"));`);
    this.addSql(`create index "emergency_resident_number_index" on "emergency"."emergency" ("resident_number");`);

    this.addSql(`create table "meeting"."meeting_case" ("id" uuid not null, "meeting_id" uuid not null, "resident_number" text not null, "tabled_on" date not null, "closed_on" date null, "referred_by" text null, "note" text null, constraint "meeting_case_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_case_meeting_id_index" on "meeting"."meeting_case" ("meeting_id");`);
    this.addSql(`create index "meeting_case_resident_number_index" on "meeting"."meeting_case" ("resident_number");`);

    this.addSql(`create table "meeting"."meeting_member" ("id" serial primary key, "meeting_id" uuid not null, "unit_code" text not null, "confidentiality_acknowledged_on" date null, "member_from" date not null, "member_until" date null);`);
    this.addSql(`create index "meeting_member_meeting_id_index" on "meeting"."meeting_member" ("meeting_id");`);
    this.addSql(`create index "meeting_member_unit_code_index" on "meeting"."meeting_member" ("unit_code");`);

    this.addSql(`create table "policy"."policy_version" ("id" serial primary key, "settings" jsonb not null, "changed_by" text not null, "reason" text not null, "changed_at" timestamptz not null default now());`);

    this.addSql(`create table "meeting"."support_meeting" ("id" uuid not null, "name" text not null, "legal_basis" text check ("legal_basis" in ('SELF_RELIANCE_SUPPORT_ACT_ART_9', 'CONSENT_BASED')) not null, "secretariat_unit" text not null, "purpose" text check ("purpose" in ('RESIDENT_REGISTRY', 'PUBLIC_HOUSING_MANAGEMENT', 'HOUSING_CONSULTATION', 'TAX_ASSESSMENT_AND_COLLECTION', 'NHI_ADMINISTRATION', 'PUBLIC_ASSISTANCE', 'LONG_TERM_CARE_INSURANCE', 'DISABILITY_WELFARE', 'SELF_RELIANCE_SUPPORT', 'HOUSING_SECURITY_BENEFIT', 'UTILITY_SUPPLY', 'PROTECTION_OF_LIFE_BODY_PROPERTY', 'AUDIT')) not null, "scope_categories" text[] not null, "established_on" date not null, constraint "support_meeting_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consent"."consent" cascade;`);

    this.addSql(`drop table if exists "consent"."consent_event" cascade;`);

    this.addSql(`drop table if exists "emergency"."emergency" cascade;`);

    this.addSql(`drop table if exists "meeting"."meeting_case" cascade;`);

    this.addSql(`drop table if exists "meeting"."meeting_member" cascade;`);

    this.addSql(`drop table if exists "policy"."policy_version" cascade;`);

    this.addSql(`drop table if exists "meeting"."support_meeting" cascade;`);

    this.addSql(`drop schema if exists "consent";`);
    this.addSql(`drop schema if exists "emergency";`);
    this.addSql(`drop schema if exists "meeting";`);
    this.addSql(`drop schema if exists "policy";`);
  }

}
