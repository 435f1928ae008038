import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120444 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "housing"."public_housing_tenancy" add constraint "public_housing_tenancy_natural_key" unique ("resident_number", "estate_name", "building", "unit_number", "move_in_date");`);

    this.addSql(`alter table "housing"."rent_arrears" add constraint "rent_arrears_natural_key" unique ("tenancy_id", "since");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "housing"."public_housing_tenancy" drop constraint "public_housing_tenancy_natural_key";`);

    this.addSql(`alter table "housing"."rent_arrears" drop constraint "rent_arrears_natural_key";`);
  }

}
