import { Migration } from '@mikro-orm/migrations';

/**
 * Consents name the data controllers whose records they release (ISO/IEC TS 27560), and a consent
 * recorded by its own recipient that releases special-care or tax data waits for a second person's
 * confirmation. A consent recorded before this release names the organisation that keeps the unit
 * that took it (the city for its departments and contractors, a utility for its own reports).
 */
export class Migration20261205100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "consent"."consent" add column "data_controllers" text[] null, add column "confirmation_required" boolean not null default false, add column "confirmed_by" text null, add column "confirmed_at" timestamptz null;`);
    this.addSql(`update "consent"."consent" c set "data_controllers" = array[coalesce(u."on_behalf_of_code", u."organisation_code", c."controller_unit")] from "organisation"."unit" u where u."code" = c."controller_unit";`);
    this.addSql(`update "consent"."consent" set "data_controllers" = array["controller_unit"] where "data_controllers" is null;`);
    this.addSql(`alter table "consent"."consent" alter column "data_controllers" set not null;`);
    this.addSql(`alter table "consent"."consent_event" drop constraint if exists "consent_event_kind_check";`);
    this.addSql(`alter table "consent"."consent_event" add constraint "consent_event_kind_check" check ("kind" in ('GIVEN', 'CONFIRMED', 'RENEWED', 'WITHDRAWN'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consent"."consent_event" drop constraint if exists "consent_event_kind_check";`);
    this.addSql(`alter table "consent"."consent_event" add constraint "consent_event_kind_check" check ("kind" in ('GIVEN', 'RENEWED', 'WITHDRAWN'));`);
    this.addSql(`alter table "consent"."consent" drop column "data_controllers", drop column "confirmation_required", drop column "confirmed_by", drop column "confirmed_at";`);
  }
}
