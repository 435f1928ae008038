import { Migration } from '@mikro-orm/migrations';

/**
 * Log format 3: a record names its decision set — the decisions without whose they were, stored
 * once in audit.decision_set under their SHA-256 — and keeps only what is its own: the header,
 * the basis record ids and two flags for the partial indexes. A caseload decides alike for
 * thousands of residents, so a 5,000-resident request writes one set and 5,000 short rows, not
 * 5,000 rows of eleven arrays. Shared reasons (audit.reason_text) are part of the sets.
 */
export class Migration20261122163000 extends Migration {

  override async up(): Promise<void> {
    // An append-only log is never converted in place: a log holding format-2 records is archived
    // (npm run log:export with the previous version) and emptied by its DBA before this runs.
    this.addSql(`do $$
      begin
        if exists (select 1 from "audit"."access_log_record") or exists (select 1 from "audit"."checkpoint") or exists (select 1 from "audit"."emergency_review") then
          raise exception 'audit.access_log_record holds format-2 records: export them with the previous version (npm run log:export) and archive them before upgrading';
        end if;
      end $$;`);
    this.addSql(`drop view "audit"."access_log_entry";`);
    this.addSql(`drop table "audit"."access_log_record";`);
    this.addSql(`drop table "audit"."reason_text";`);

    this.addSql(`create table "audit"."access_log_record" ("seq" bigint not null, "recorded_at" timestamptz not null, "request_id" text not null, "action" text not null, "operation" text null, "actor_code" text null, "actor_role" text null, "unit_code" text null, "organisation_code" text null, "purpose" text null, "subject" text null, "withheld_from_subject" boolean not null default false, "decision_set" text not null, "basis_record_ids" text[] null, "has_denial" boolean not null, "has_exceptional_basis" boolean not null, "prev_hash" text not null, "hash" text not null, constraint "access_log_record_pkey" primary key ("seq"));`);
    this.addSql(`create index "access_log_record_subject_seq_index" on "audit"."access_log_record" ("subject", "seq");`);
    this.addSql(`create index "access_log_record_actor_code_seq_index" on "audit"."access_log_record" ("actor_code", "seq");`);
    this.addSql(`create index "access_log_record_request_id_index" on "audit"."access_log_record" ("request_id");`);
    this.addSql(`create index "access_log_record_recorded_at_index" on "audit"."access_log_record" using brin ("recorded_at");`);
    this.addSql(`create index "access_log_record_denied_index" on "audit"."access_log_record" ("actor_code", "seq") where "has_denial";`);
    this.addSql(`create index "access_log_record_exceptional_basis_index" on "audit"."access_log_record" ("seq") where "has_exceptional_basis";`);
    this.addSql(`create index "access_log_record_basis_record_ids_index" on "audit"."access_log_record" using gin ("basis_record_ids") where "basis_record_ids" is not null;`);
    this.addSql(`alter table "audit"."access_log_record" add constraint "access_log_record_seq_check" check ("seq" > 0);`);

    this.addSql(`create table "audit"."decision_set" ("id" text not null, "categories" text[] not null, "holders" text[] not null, "fields" text[] not null, "decisions" text[] not null, "bases" text[] not null, "citations" text[] not null, "citations_ja" text[] not null, "reasons" text[] not null, "reasons_ja" text[] not null, constraint "decision_set_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_set_categories_index" on "audit"."decision_set" using gin ("categories");`);
    this.addSql(`create index "decision_set_bases_index" on "audit"."decision_set" using gin ("bases");`);

    for (const table of ['access_log_record', 'decision_set']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "audit"."${table}" for each row execute function "audit"."refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "audit"."${table}" for each statement execute function "audit"."refuse_change"();`);
    }
    // The auditors' entries, one row per decision, for reading the log with SQL (psql, reports).
    this.addSql(`create view "audit"."access_log_entry" as
      select r.seq, (i.item - 1)::int as item, r.recorded_at, r.request_id, r.action, r.operation, r.actor_code, r.actor_role, r.unit_code,
             r.organisation_code, r.purpose, r.subject, i.category, i.holder, coalesce(string_to_array(nullif(i.fields, ''), ' '), '{}') as fields,
             i.decision, i.basis, i.basis_record_id, i.citation, i.citation_ja, i.reason, i.reason_ja,
             r.withheld_from_subject, r.prev_hash, r.hash
        from "audit"."access_log_record" r
        join "audit"."decision_set" s on s.id = r.decision_set
        cross join lateral unnest(s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja, r.basis_record_ids)
          with ordinality as i(category, holder, fields, decision, basis, citation, citation_ja, reason, reason_ja, basis_record_id, item);`);
    this.addSql(`revoke all on "audit"."access_log_record", "audit"."decision_set", "audit"."access_log_entry" from public;`);
    this.addSql(`do $$
      begin
        grant select, insert on "audit"."access_log_record", "audit"."decision_set" to tsunagu_audit_writer;
        grant select on "audit"."access_log_record", "audit"."decision_set", "audit"."access_log_entry" to tsunagu_audit_writer, tsunagu_audit_reader;
      exception
        when undefined_object or insufficient_privilege then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "audit"."access_log_entry";`);
    this.addSql(`drop table if exists "audit"."access_log_record" cascade;`);
    this.addSql(`drop table if exists "audit"."decision_set" cascade;`);
  }

}
