import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting"."concerning_case_referral" ("id" uuid not null, "resident_number" text not null, "meeting_id" uuid not null, "secretariat_unit" text not null, "referring_unit" text not null, "referred_by" text not null, "facts" jsonb not null, "referred_at" timestamptz not null, "status" text check ("status" in ('RECEIVED', 'TABLED', 'CLOSED')) not null, "meeting_case_id" uuid null, "closing_note" text null, constraint "concerning_case_referral_pkey" primary key ("id"));`);
    this.addSql(`create index "concerning_case_referral_resident_number_index" on "meeting"."concerning_case_referral" ("resident_number");`);
    this.addSql(`create index "concerning_case_referral_meeting_id_index" on "meeting"."concerning_case_referral" ("meeting_id");`);



  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting"."concerning_case_referral" cascade;`);




  }

}
