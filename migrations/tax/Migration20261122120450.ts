import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "tax"."nhi_premium_arrears" add constraint "nhi_premium_arrears_natural_key" unique ("resident_number", "fiscal_year");`);

    this.addSql(`alter table "tax"."resident_tax_assessment" add constraint "resident_tax_assessment_natural_key" unique ("resident_number", "fiscal_year");`);

    this.addSql(`alter table "tax"."tax_arrears" add constraint "tax_arrears_natural_key" unique ("resident_number", "tax_type", "fiscal_year");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tax"."nhi_premium_arrears" drop constraint "nhi_premium_arrears_natural_key";`);

    this.addSql(`alter table "tax"."resident_tax_assessment" drop constraint "resident_tax_assessment_natural_key";`);

    this.addSql(`alter table "tax"."tax_arrears" drop constraint "tax_arrears_natural_key";`);
  }

}
