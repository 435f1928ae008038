import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112103 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "resident";`);
    this.addSql(`create schema if not exists "organisation";`);
    this.addSql(`create table "resident"."household" ("household_number" text not null, "head_resident_number" text not null, "formed_on" date not null, constraint "household_pkey" primary key ("household_number"));`);

    this.addSql(`create table "organisation"."organisation" ("code" text not null, "name" text not null, "regime" text check ("regime" in ('PUBLIC_ORGAN', 'PRIVATE_OPERATOR')) not null, constraint "organisation_pkey" primary key ("code"));`);

    this.addSql(`create table "resident"."resident" ("resident_number" text not null, "household_number" text not null, "relationship_to_head" text check ("relationship_to_head" in ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER_RELATIVE', 'NON_RELATIVE')) not null, "family_name" text not null, "given_name" text not null, "family_name_kana" text not null, "given_name_kana" text not null, "date_of_birth" date not null, "sex" text check ("sex" in ('MALE', 'FEMALE', 'UNSPECIFIED')) not null, "postal_code" text not null, "address" text not null, "dv_protection" boolean not null default false, "registered_on" date not null, constraint "resident_pkey" primary key ("resident_number"));`);
    this.addSql(`create index "resident_household_number_index" on "resident"."resident" ("household_number");`);

    this.addSql(`create table "organisation"."unit" ("code" text not null, "name" text not null, "organisation_code" text not null, "on_behalf_of_code" text null, constraint "unit_pkey" primary key ("code"));`);

    this.addSql(`create table "organisation"."staff" ("code" text not null, "name" text not null, "unit_code" text not null, "role" text check ("role" in ('REGISTRY_CLERK', 'HOUSING_OFFICER', 'TAX_OFFICER', 'NHI_OFFICER', 'PUBLIC_ASSISTANCE_CASEWORKER', 'CARE_INSURANCE_OFFICER', 'DISABILITY_WELFARE_OFFICER', 'SELF_RELIANCE_CASEWORKER', 'SUPPORT_MEETING_SECRETARIAT', 'PRIVACY_OFFICER', 'UTILITY_STAFF', 'WATER_OFFICER')) not null, "active" boolean not null default true, constraint "staff_pkey" primary key ("code"));`);

    this.addSql(`alter table "organisation"."unit" add constraint "unit_organisation_code_foreign" foreign key ("organisation_code") references "organisation"."organisation" ("code") on update cascade;`);
    this.addSql(`alter table "organisation"."unit" add constraint "unit_on_behalf_of_code_foreign" foreign key ("on_behalf_of_code") references "organisation"."organisation" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "organisation"."staff" add constraint "staff_unit_code_foreign" foreign key ("unit_code") references "organisation"."unit" ("code") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation"."unit" drop constraint "unit_organisation_code_foreign";`);

    this.addSql(`alter table "organisation"."unit" drop constraint "unit_on_behalf_of_code_foreign";`);

    this.addSql(`alter table "organisation"."staff" drop constraint "staff_unit_code_foreign";`);

    this.addSql(`drop table if exists "resident"."household" cascade;`);

    this.addSql(`drop table if exists "organisation"."organisation" cascade;`);

    this.addSql(`drop table if exists "resident"."resident" cascade;`);

    this.addSql(`drop table if exists "organisation"."unit" cascade;`);

    this.addSql(`drop table if exists "organisation"."staff" cascade;`);

    this.addSql(`drop schema if exists "resident";`);
    this.addSql(`drop schema if exists "organisation";`);
  }

}
