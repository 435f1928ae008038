import { Migration } from '@mikro-orm/migrations';

/** The per-actor count of lookups by identifiers (src/request/lookup-quota.ts). */
export class Migration20261205110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "quota";`);
    this.addSql(`create table "quota"."lookup_window" ("actor_code" text not null, "window_start" timestamptz not null, "count" int not null, constraint "lookup_window_pkey" primary key ("actor_code", "window_start"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quota"."lookup_window" cascade;`);
    this.addSql(`drop schema if exists "quota";`);
  }
}
