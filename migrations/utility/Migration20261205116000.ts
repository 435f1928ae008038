import { Migration } from '@mikro-orm/migrations';

/** The provider's own copy of its customer's name (契約者名); unknown (null) for accounts imported before. */
export class Migration20261205116000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "utility"."utility_account" add column if not exists "customer_name" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "utility"."utility_account" drop column if exists "customer_name";`);
  }
}
