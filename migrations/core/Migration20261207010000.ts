import { Migration } from '@mikro-orm/migrations';

/** Every table policy.subject_facts reads (migration core/20261206010000), and the changes that matter there. */
const FACT_TABLES: [table: string, changes: string][] = [
  ['"resident"."resident"', 'insert or update of "dv_protection", "household_number" or delete or truncate'],
  ['"consent"."consent"', 'insert or update or delete or truncate'],
  ['"emergency"."emergency"', 'insert or update or delete or truncate'],
  ['"meeting"."meeting_case"', 'insert or update or delete or truncate'],
  ['"meeting"."meeting_member"', 'insert or update or delete or truncate'],
  ['"meeting"."support_meeting"', 'insert or update or delete or truncate'],
];

/**
 * A version of the facts that can grant or narrow access (consents, emergencies, meeting cases and
 * members, DV flags, households), bumped by a trigger in the transaction of every change to them and
 * read with the actor at the start of each request — as the directory's version is — so that the hub
 * can keep the facts it loaded (src/policy/facts-cache.ts) and still decide on facts as fresh as
 * that first statement: a change committed before it bumps the version, and the hub reloads.
 */
export class Migration20261207010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy"."facts_version" ("id" smallint not null default 1, "version" bigint not null, constraint "facts_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "policy"."facts_version" ("id", "version") values (1, 1);`);
    this.addSql(`create function "policy"."bump_facts_version"() returns trigger language plpgsql as $$ begin update "policy"."facts_version" set "version" = "version" + 1; return null; end $$;`);
    for (const [table, changes] of FACT_TABLES) {
      this.addSql(`create trigger "facts_version_bump" after ${changes} on ${table} for each statement execute function "policy"."bump_facts_version"();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of FACT_TABLES) this.addSql(`drop trigger if exists "facts_version_bump" on ${table};`);
    this.addSql(`drop function if exists "policy"."bump_facts_version"();`);
    this.addSql(`drop table if exists "policy"."facts_version";`);
  }

}
