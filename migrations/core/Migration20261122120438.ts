import { Migration } from '@mikro-orm/migrations';

/**
 * Record linkage (src/record-linkage): the match workflow's tables, append-only events, and the
 * blocking indexes on the resident register. linkage.kana_key is the SQL twin of kanaKey() in
 * src/record-linkage/kana.ts (test/record-linkage checks that they agree).
 */
export class Migration20261122120438 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "linkage";`);
    this.addSql(`create function "linkage"."kana_key"(kana text) returns text language sql immutable strict parallel safe as $$
      select regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        translate(replace(replace(replace(replace(kana, 'ヴァ', 'バ'), 'ヴィ', 'ビ'), 'ヴェ', 'ベ'), 'ヴォ', 'ボ'),
          'ァィゥェォッャュョヮヵヶヴヂヅヲヰヱー', 'アイウエオツヤユヨワカケブジズオイエ'),
        '([オコソトノホモヨロゴゾドボポ])[ウオ]', '\\1', 'g'),
        '([ウクスツヌフムユルグズブプ])ウ', '\\1', 'g'),
        '([エケセテネヘメレゲゼデベペ])[イエ]', '\\1', 'g'),
        '([イキシチニヒミリギジビピ])イ', '\\1', 'g'),
        '([アカサタナハマヤラワガザダバパ])ア', '\\1', 'g')
    $$;`);
    this.addSql(`create table "linkage"."match" ("id" uuid not null, "source_kind" text not null, "source_id" text not null, "described" jsonb not null, "candidates" jsonb not null, "resident_number" text null, "score" double precision null, "status" text check ("status" in ('AUTO_MATCHED', 'PENDING_REVIEW', 'CONFIRMED', 'REJECTED', 'UNDONE')) not null, "threshold" double precision not null, "proposed_at" timestamptz not null, "decided_by" text null, "decided_at" timestamptz null, constraint "match_pkey" primary key ("id"));`);
    this.addSql(`create index "match_resident_number_index" on "linkage"."match" ("resident_number");`);
    this.addSql(`create index "match_source_kind_source_id_index" on "linkage"."match" ("source_kind", "source_id");`);
    this.addSql(`create unique index "match_open_source_unique" on "linkage"."match" ("source_kind", "source_id") where "status" in ('AUTO_MATCHED', 'PENDING_REVIEW', 'CONFIRMED');`);

    this.addSql(`create table "linkage"."match_event" ("id" serial primary key, "match_id" uuid not null, "kind" text check ("kind" in ('AUTO_MATCHED', 'QUEUED_FOR_REVIEW', 'CONFIRMED', 'REJECTED', 'UNDONE')) not null, "at" timestamptz not null, "by" text not null, "resident_number" text null, "score" double precision null, "note" text null);`);
    this.addSql(`create index "match_event_match_id_index" on "linkage"."match_event" ("match_id");`);

    this.addSql(`create index "resident_date_of_birth_index" on "resident"."resident" ("date_of_birth");`);
    this.addSql(`create index "resident_full_name_index" on "resident"."resident" (("family_name" || "given_name"));`);
    this.addSql(`create index "resident_kana_key_index" on "resident"."resident" ("linkage"."kana_key"("family_name_kana" || "given_name_kana"));`);

    // A match's history is its trace: UPDATE, DELETE and TRUNCATE of an event raise.
    this.addSql(`create function "linkage"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'linkage.% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "match_event_append_only" before update or delete on "linkage"."match_event" for each row execute function "linkage"."refuse_change"();`);
    this.addSql(`create trigger "match_event_no_truncate" before truncate on "linkage"."match_event" for each statement execute function "linkage"."refuse_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "linkage"."match" cascade;`);

    this.addSql(`drop table if exists "linkage"."match_event" cascade;`);

    this.addSql(`drop index "resident"."resident_date_of_birth_index";`);
    this.addSql(`drop index "resident"."resident_full_name_index";`);
    this.addSql(`drop index "resident"."resident_kana_key_index";`);

    this.addSql(`drop function if exists "linkage"."refuse_change"();`);
    this.addSql(`drop function if exists "linkage"."kana_key"(text);`);
    this.addSql(`drop schema if exists "linkage";`);
  }

}
