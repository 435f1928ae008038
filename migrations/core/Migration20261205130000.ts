import { Migration } from '@mikro-orm/migrations';

const ROLES = [
  'REGISTRY_CLERK', 'HOUSING_OFFICER', 'TAX_OFFICER', 'NHI_OFFICER', 'PUBLIC_ASSISTANCE_CASEWORKER', 'CARE_INSURANCE_OFFICER',
  'DISABILITY_WELFARE_OFFICER', 'SELF_RELIANCE_CASEWORKER', 'SUPPORT_MEETING_SECRETARIAT', 'PRIVACY_OFFICER', 'UTILITY_STAFF', 'WATER_OFFICER',
  'SYSTEM_ADMINISTRATOR', 'HOUSING_SUPPORT_WORKER', 'COMMUNITY_CARE_WORKER', 'COMMUNITY_WELFARE_WORKER', 'REAL_ESTATE_STAFF', 'COUNCIL_SECRETARIAT',
];
const OLD_ROLES = ROLES.slice(0, 12);
const KINDS = [
  'MUNICIPALITY', 'PUBLIC_ENTERPRISE', 'UTILITY_COMPANY', 'SOCIAL_WELFARE_COUNCIL', 'SOCIAL_WELFARE_CORPORATION',
  'HOUSING_SUPPORT_CORPORATION', 'REAL_ESTATE_AGENT', 'HOUSING_SUPPORT_COUNCIL',
];
const PURPOSES = [
  'RESIDENT_REGISTRY', 'PUBLIC_HOUSING_MANAGEMENT', 'HOUSING_CONSULTATION', 'TAX_ASSESSMENT_AND_COLLECTION', 'NHI_ADMINISTRATION', 'PUBLIC_ASSISTANCE',
  'LONG_TERM_CARE_INSURANCE', 'DISABILITY_WELFARE', 'SELF_RELIANCE_SUPPORT', 'HOUSING_SECURITY_BENEFIT', 'UTILITY_SUPPLY', 'PROTECTION_OF_LIFE_BODY_PROPERTY', 'AUDIT',
  'TEMPORARY_LIVING_SUPPORT', 'HOUSEHOLD_FINANCE_SUPPORT', 'EMPLOYMENT_PREPARATION_SUPPORT', 'OUTREACH', 'WATCHING_OVER', 'HOUSING_SUPPORT_SERVICES',
  'HOUSING_SUPPORT_COUNCIL', 'COMMUNITY_CARE', 'COMMUNITY_WELFARE', 'REAL_ESTATE_BUSINESS',
];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** The purposes each unit of the earlier, hard-coded catalogue declared. */
const PURPOSES_BEFORE: Record<string, string[]> = {
  'registry.residents': ['RESIDENT_REGISTRY'],
  'housing.public-housing': ['PUBLIC_HOUSING_MANAGEMENT', 'HOUSING_CONSULTATION', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'tax.taxation': ['TAX_ASSESSMENT_AND_COLLECTION'],
  'tax.nhi': ['NHI_ADMINISTRATION', 'TAX_ASSESSMENT_AND_COLLECTION'],
  'welfare.public-assistance': ['PUBLIC_ASSISTANCE', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'welfare.long-term-care': ['LONG_TERM_CARE_INSURANCE', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'welfare.disability': ['DISABILITY_WELFARE', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'welfare.self-reliance': ['SELF_RELIANCE_SUPPORT', 'HOUSING_SECURITY_BENEFIT', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'welfare.support-meeting': ['SELF_RELIANCE_SUPPORT'],
  'audit.privacy': ['AUDIT'],
  'utility.electricity': ['UTILITY_SUPPLY', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'utility.gas': ['UTILITY_SUPPLY', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
  'utility.water': ['UTILITY_SUPPLY', 'PROTECTION_OF_LIFE_BODY_PROPERTY'],
};

/**
 * The directory as data (issue 14): organisations get a kind, units the purposes assigned to them,
 * the "on behalf of" column becomes a contract (委託) with its services and period, memberships of
 * support meetings and housing support councils get a table, staff roles grow, and every change to
 * the directory bumps a version the hub checks on each request.
 */
export class Migration20261205130000 extends Migration {
  override async up(): Promise<void> {
    const o = '"organisation"';
    this.addSql(`alter table ${o}."organisation" add column "kind" text null;`);
    this.addSql(`update ${o}."organisation" set "kind" = case
      when "code" = 'tsunagu-waterworks' then 'PUBLIC_ENTERPRISE'
      when "code" in ('tsunagu-electric', 'tsunagu-gas') then 'UTILITY_COMPANY'
      when "code" = 'tsunagu-csw' then 'SOCIAL_WELFARE_COUNCIL'
      when "regime" = 'PUBLIC_ORGAN' then 'MUNICIPALITY'
      else 'SOCIAL_WELFARE_CORPORATION' end;`);
    this.addSql(`alter table ${o}."organisation" alter column "kind" set not null, add constraint "organisation_kind_check" check ("kind" in (${list(KINDS)}));`);

    this.addSql(`alter table ${o}."unit" add column "purposes" text[] not null default '{}';`);
    for (const [unit, purposes] of Object.entries(PURPOSES_BEFORE)) {
      this.addSql(`update ${o}."unit" set "purposes" = array[${list(purposes)}]::text[] where "code" = '${unit}';`);
    }

    this.addSql(`create table ${o}."contract" ("code" text not null, "name" text not null, "client_code" text not null, "contractor_code" text not null, "unit_code" text not null, "services" text[] not null, "valid_from" date not null, "valid_until" date null, constraint "contract_pkey" primary key ("code"));`);
    this.addSql(`alter table ${o}."contract" add constraint "contract_client_code_foreign" foreign key ("client_code") references ${o}."organisation" ("code") on update cascade;`);
    this.addSql(`alter table ${o}."contract" add constraint "contract_contractor_code_foreign" foreign key ("contractor_code") references ${o}."organisation" ("code") on update cascade;`);
    this.addSql(`alter table ${o}."contract" add constraint "contract_unit_code_foreign" foreign key ("unit_code") references ${o}."unit" ("code") on update cascade;`);
    this.addSql(`insert into ${o}."contract" ("code", "name", "client_code", "contractor_code", "unit_code", "services", "valid_from")
      select case when u."code" = 'welfare.self-reliance' then 'contract.self-reliance' else 'contract.' || u."code" end, '委託契約', u."on_behalf_of_code", u."organisation_code", u."code",
             array_remove(array_remove(u."purposes", 'PROTECTION_OF_LIFE_BODY_PROPERTY'), 'AUDIT'), date '2015-04-01'
      from ${o}."unit" u where u."on_behalf_of_code" is not null;`);
    this.addSql(`alter table ${o}."unit" drop constraint "unit_on_behalf_of_code_foreign";`);
    this.addSql(`alter table ${o}."unit" drop column "on_behalf_of_code";`);

    this.addSql(`create table ${o}."membership" ("code" text not null, "body" text check ("body" in ('SUPPORT_MEETING', 'HOUSING_SUPPORT_COUNCIL')) not null, "convener_code" text not null, "unit_code" text not null, "member_from" date not null, "member_until" date null, constraint "membership_pkey" primary key ("code"));`);
    this.addSql(`alter table ${o}."membership" add constraint "membership_convener_code_foreign" foreign key ("convener_code") references ${o}."organisation" ("code") on update cascade;`);
    this.addSql(`alter table ${o}."membership" add constraint "membership_unit_code_foreign" foreign key ("unit_code") references ${o}."unit" ("code") on update cascade;`);

    this.addSql(`alter table ${o}."staff" drop constraint if exists "staff_role_check";`);
    this.addSql(`alter table ${o}."staff" add constraint "staff_role_check" check ("role" in (${list(ROLES)}));`);

    this.addSql(`create table ${o}."directory_version" ("id" smallint not null default 1, "version" bigint not null, constraint "directory_version_pkey" primary key ("id"));`);
    this.addSql(`insert into ${o}."directory_version" ("id", "version") values (1, 1);`);
    this.addSql(`alter table "meeting"."support_meeting" drop constraint if exists "support_meeting_purpose_check";`);
    this.addSql(`alter table "meeting"."support_meeting" add constraint "support_meeting_purpose_check" check ("purpose" in (${list(PURPOSES)}));`);
    this.addSql(`create function ${o}."bump_directory_version"() returns trigger language plpgsql as $$ begin update "organisation"."directory_version" set "version" = "version" + 1; return null; end $$;`);
    for (const table of ['organisation', 'unit', 'contract', 'membership']) {
      this.addSql(`create trigger "${table}_changes_directory" after insert or update or delete or truncate on ${o}."${table}" for each statement execute function ${o}."bump_directory_version"();`);
    }
  }

  override async down(): Promise<void> {
    const o = '"organisation"';
    for (const table of ['organisation', 'unit', 'contract', 'membership']) this.addSql(`drop trigger if exists "${table}_changes_directory" on ${o}."${table}";`);
    this.addSql(`drop function if exists ${o}."bump_directory_version"();`);
    this.addSql(`drop table if exists ${o}."directory_version";`);
    this.addSql(`alter table "meeting"."support_meeting" drop constraint if exists "support_meeting_purpose_check";`);
    this.addSql(`alter table "meeting"."support_meeting" add constraint "support_meeting_purpose_check" check ("purpose" in (${list(PURPOSES.slice(0, 13))}));`);
    this.addSql(`alter table ${o}."staff" drop constraint if exists "staff_role_check";`);
    this.addSql(`alter table ${o}."staff" add constraint "staff_role_check" check ("role" in (${list(OLD_ROLES)}));`);
    this.addSql(`drop table if exists ${o}."membership" cascade;`);
    this.addSql(`alter table ${o}."unit" add column "on_behalf_of_code" text null;`);
    this.addSql(`update ${o}."unit" u set "on_behalf_of_code" = c."client_code" from ${o}."contract" c where c."unit_code" = u."code";`);
    this.addSql(`alter table ${o}."unit" add constraint "unit_on_behalf_of_code_foreign" foreign key ("on_behalf_of_code") references ${o}."organisation" ("code") on update cascade on delete set null;`);
    this.addSql(`drop table if exists ${o}."contract" cascade;`);
    this.addSql(`alter table ${o}."unit" drop column "purposes";`);
    this.addSql(`alter table ${o}."organisation" drop constraint if exists "organisation_kind_check";`);
    this.addSql(`alter table ${o}."organisation" drop column "kind";`);
  }
}
