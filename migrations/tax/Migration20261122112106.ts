import { Migration } from '@mikro-orm/migrations';

export class Migration20261122112106 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "tax";`);
    this.addSql(`create table "tax"."nhi_premium_arrears" ("id" serial primary key, "resident_number" text not null, "fiscal_year" int not null, "levy_kind" text check ("levy_kind" in ('TAX', 'PREMIUM')) not null, "amount_yen" int not null, "months_unpaid" int not null, "short_term_certificate" boolean not null);`);
    this.addSql(`create index "nhi_premium_arrears_resident_number_index" on "tax"."nhi_premium_arrears" ("resident_number");`);

    this.addSql(`create table "tax"."resident_tax_assessment" ("id" serial primary key, "resident_number" text not null, "fiscal_year" int not null, "taxable" boolean not null, "non_taxable_reason" text check ("non_taxable_reason" in ('BELOW_THRESHOLD', 'PUBLIC_ASSISTANCE', 'DISABLED_MINOR_WIDOW_LOW_INCOME', 'DEPENDANT')) null, "income_band" text check ("income_band" in ('NONE', 'UNDER_1M', 'FROM_1M_TO_2M', 'FROM_2M_TO_3M', 'FROM_3M_TO_5M', 'FROM_5M_TO_10M', 'OVER_10M')) not null, "annual_tax_yen" int not null);`);
    this.addSql(`create index "resident_tax_assessment_resident_number_index" on "tax"."resident_tax_assessment" ("resident_number");`);

    this.addSql(`create table "tax"."tax_arrears" ("id" serial primary key, "resident_number" text not null, "tax_type" text check ("tax_type" in ('RESIDENT_TAX', 'FIXED_ASSET_TAX', 'LIGHT_VEHICLE_TAX')) not null, "fiscal_year" int not null, "amount_yen" int not null, "since" date not null, "collection_status" text check ("collection_status" in ('UNPAID', 'INSTALMENT', 'SEIZURE', 'SUSPENDED')) not null);`);
    this.addSql(`create index "tax_arrears_resident_number_index" on "tax"."tax_arrears" ("resident_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tax"."nhi_premium_arrears" cascade;`);

    this.addSql(`drop table if exists "tax"."resident_tax_assessment" cascade;`);

    this.addSql(`drop table if exists "tax"."tax_arrears" cascade;`);

    this.addSql(`drop schema if exists "tax";`);
  }

}
