import { Migration } from '@mikro-orm/migrations';

/** Consents taken on a public-housing application's consent box (ConsentForm.PUBLIC_HOUSING_APPLICATION). */
export class Migration20261205115000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "consent"."consent" drop constraint if exists "consent_form_check";`);
    this.addSql(`alter table "consent"."consent" add constraint "consent_form_check" check ("form" in ('INTAKE_FORM', 'TAX_INFORMATION_FORM', 'PUBLIC_HOUSING_APPLICATION', 'OTHER'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consent"."consent" drop constraint if exists "consent_form_check";`);
    this.addSql(`alter table "consent"."consent" add constraint "consent_form_check" check ("form" in ('INTAKE_FORM', 'TAX_INFORMATION_FORM', 'OTHER'));`);
  }
}
