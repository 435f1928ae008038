import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120453 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "welfare"."care_certification" add constraint "care_certification_natural_key" unique ("resident_number", "certified_on");`);

    this.addSql(`alter table "welfare"."disability_certificate" add constraint "disability_certificate_natural_key" unique ("resident_number", "certificate_kind");`);

    this.addSql(`alter table "welfare"."public_assistance" add constraint "public_assistance_natural_key" unique ("case_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "welfare"."care_certification" drop constraint "care_certification_natural_key";`);

    this.addSql(`alter table "welfare"."disability_certificate" drop constraint "disability_certificate_natural_key";`);

    this.addSql(`alter table "welfare"."public_assistance" drop constraint "public_assistance_natural_key";`);
  }

}
