import { Migration } from '@mikro-orm/migrations';

const APPEND_ONLY = ['access_log_entry', 'checkpoint', 'emergency_review'];

export class Migration20261122113234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "audit";`);
    this.addSql(`create table "audit"."access_log_entry" ("seq" bigint not null, "recorded_at" timestamptz not null, "request_id" text not null, "action" text not null, "operation" text null, "actor_code" text null, "actor_role" text null, "unit_code" text null, "organisation_code" text null, "purpose" text null, "subject" text null, "category" text null, "holder" text null, "fields" text[] not null default '{}', "decision" text not null, "basis" text null, "basis_record_id" text null, "citation" text null, "citation_ja" text null, "reason" text null, "reason_ja" text null, "withheld_from_subject" boolean not null default false, "prev_hash" text not null, "hash" text not null, constraint "access_log_entry_pkey" primary key ("seq"));`);
    this.addSql(`create index "access_log_entry_request_id_index" on "audit"."access_log_entry" ("request_id");`);
    this.addSql(`create index "access_log_entry_basis_record_id_index" on "audit"."access_log_entry" ("basis_record_id");`);
    this.addSql(`create index "access_log_entry_recorded_at_seq_index" on "audit"."access_log_entry" ("recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_decision_recorded_at_seq_index" on "audit"."access_log_entry" ("decision", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_basis_recorded_at_seq_index" on "audit"."access_log_entry" ("basis", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_category_recorded_at_seq_index" on "audit"."access_log_entry" ("category", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_organisation_code_recorded_at_seq_index" on "audit"."access_log_entry" ("organisation_code", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_actor_code_recorded_at_seq_index" on "audit"."access_log_entry" ("actor_code", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_subject_recorded_at_seq_index" on "audit"."access_log_entry" ("subject", "recorded_at", "seq");`);

    this.addSql(`create table "audit"."checkpoint" ("seq" bigint not null, "hash" text not null, "created_at" timestamptz not null, "key_id" text not null, "signature" text not null, constraint "checkpoint_pkey" primary key ("seq"));`);

    this.addSql(`create table "audit"."emergency_review" ("id" uuid not null, "review_key" text not null, "outcome" text not null, "note" text not null, "reviewer_code" text not null, "reviewed_at" timestamptz not null, "covers_through_seq" bigint not null, constraint "emergency_review_pkey" primary key ("id"));`);
    this.addSql(`create index "emergency_review_review_key_reviewed_at_index" on "audit"."emergency_review" ("review_key", "reviewed_at");`);

    this.addSql(`alter table "audit"."access_log_entry" add constraint "access_log_entry_decision_check" check ("decision" in ('ALLOWED', 'DENIED'));`);
    this.addSql(`alter table "audit"."access_log_entry" add constraint "access_log_entry_seq_check" check ("seq" > 0);`);
    this.addSql(`alter table "audit"."emergency_review" add constraint "emergency_review_outcome_check" check ("outcome" in ('SIGNED_OFF', 'FLAGGED'));`);
    this.addSql(`create index "access_log_entry_emergency_index" on "audit"."access_log_entry" ("basis_record_id", "seq") where "basis" = 'LIFE_BODY_PROPERTY';`);

    // Append-only, whoever connects: UPDATE, DELETE and TRUNCATE raise. The table owner or a
    // superuser can still disable the triggers; the hash chain and signed checkpoints detect that.
    this.addSql(`create function "audit"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit.% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    for (const table of APPEND_ONLY) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "audit"."${table}" for each row execute function "audit"."refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "audit"."${table}" for each statement execute function "audit"."refuse_change"();`);
    }
    this.addSql(`revoke all on schema "audit" from public;`);
    this.addSql(`revoke all on all tables in schema "audit" from public;`);

    // Group roles for production, where the hub logs in as a role that owns nothing:
    //   GRANT tsunagu_audit_writer TO <hub login role>;   -- INSERT and SELECT, nothing else
    //   GRANT tsunagu_audit_reader TO <auditor tools>;    -- SELECT only (log:verify, log:export)
    // Creating roles needs CREATEROLE; without it the migration goes on and the DBA runs the same
    // statements (see "Database roles" in src/access-log/index.ts).
    this.addSql(`do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'tsunagu_audit_writer') then create role tsunagu_audit_writer nologin; end if;
        if not exists (select 1 from pg_roles where rolname = 'tsunagu_audit_reader') then create role tsunagu_audit_reader nologin; end if;
        grant usage on schema "audit" to tsunagu_audit_writer, tsunagu_audit_reader;
        grant select, insert on ${APPEND_ONLY.map((t) => `"audit"."${t}"`).join(', ')} to tsunagu_audit_writer;
        grant select on ${APPEND_ONLY.map((t) => `"audit"."${t}"`).join(', ')} to tsunagu_audit_reader;
      exception
        when insufficient_privilege or duplicate_object or unique_violation then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
      begin
        revoke all on all tables in schema "audit" from tsunagu_audit_writer, tsunagu_audit_reader;
        revoke all on schema "audit" from tsunagu_audit_writer, tsunagu_audit_reader;
      exception when undefined_object then null;
      end $$;`);
    this.addSql(`drop table if exists "audit"."access_log_entry" cascade;`);

    this.addSql(`drop table if exists "audit"."checkpoint" cascade;`);

    this.addSql(`drop table if exists "audit"."emergency_review" cascade;`);

    this.addSql(`drop function if exists "audit"."refuse_change"();`);
    this.addSql(`drop schema if exists "audit";`);
  }

}
