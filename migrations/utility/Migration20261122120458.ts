import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120458 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "utility"."supply_stop_notice" add constraint "supply_stop_notice_natural_key" unique ("account_id", "notified_on");`);

    this.addSql(`alter table "utility"."utility_account" add constraint "utility_account_natural_key" unique ("provider_unit", "customer_number");`);

    this.addSql(`alter table "utility"."utility_arrears" add constraint "utility_arrears_natural_key" unique ("account_id", "since");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "utility"."supply_stop_notice" drop constraint "supply_stop_notice_natural_key";`);

    this.addSql(`alter table "utility"."utility_account" drop constraint "utility_account_natural_key";`);

    this.addSql(`alter table "utility"."utility_arrears" drop constraint "utility_arrears_natural_key";`);
  }

}
