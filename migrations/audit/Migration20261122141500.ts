import { Migration } from '@mikro-orm/migrations';

/**
 * Log format 2: one chained record per request × resident, its decisions in parallel arrays, in
 * place of one row per decision (a caseload of 5,000 residents wrote 60,000 rows; now 5,000), and
 * the denial reasons that thousands of decisions share stored once, named by their hash.
 * The auditors' entries (one per decision) are read by unnesting the arrays (src/access-log/rows.ts).
 */
export class Migration20261122141500 extends Migration {

  override async up(): Promise<void> {
    // An append-only log is never converted in place: a log holding format-1 entries is archived
    // (npm run log:export with the previous version) and emptied by its DBA before this runs.
    this.addSql(`do $$
      begin
        if exists (select 1 from "audit"."access_log_entry") or exists (select 1 from "audit"."checkpoint") or exists (select 1 from "audit"."emergency_review") then
          raise exception 'audit.access_log_entry holds format-1 entries: export them with the previous version (npm run log:export) and archive them before upgrading';
        end if;
      end $$;`);
    this.addSql(`drop table "audit"."access_log_entry";`);

    this.addSql(`create table "audit"."access_log_record" ("seq" bigint not null, "recorded_at" timestamptz not null, "request_id" text not null, "action" text not null, "operation" text null, "actor_code" text null, "actor_role" text null, "unit_code" text null, "organisation_code" text null, "purpose" text null, "subject" text null, "withheld_from_subject" boolean not null default false, "categories" text[] not null, "holders" text[] not null, "fields" text[] not null, "decisions" text[] not null, "bases" text[] not null, "basis_record_ids" text[] not null, "citations" text[] not null, "citations_ja" text[] not null, "reasons" text[] not null, "reasons_ja" text[] not null, "reason_ids" text[] not null, "prev_hash" text not null, "hash" text not null, constraint "access_log_record_pkey" primary key ("seq"));`);
    this.addSql(`create table "audit"."reason_text" ("id" text not null, "en" text null, "ja" text null, constraint "reason_text_pkey" primary key ("id"));`);
    this.addSql(`create index "access_log_record_subject_seq_index" on "audit"."access_log_record" ("subject", "seq");`);
    this.addSql(`create index "access_log_record_actor_code_seq_index" on "audit"."access_log_record" ("actor_code", "seq");`);
    this.addSql(`create index "access_log_record_request_id_index" on "audit"."access_log_record" ("request_id");`);
    this.addSql(`create index "access_log_record_recorded_at_index" on "audit"."access_log_record" using brin ("recorded_at");`);
    this.addSql(`create index "access_log_record_denied_index" on "audit"."access_log_record" ("actor_code", "seq") where 'DENIED' = any ("decisions");`);
    // Records with an access on a basis other than use within purpose (the ones auditors look for),
    // newest first; the predicate is src/access-log/exceptional-bases.ts.
    this.addSql(`create index "access_log_record_exceptional_basis_index" on "audit"."access_log_record" ("seq") where "bases" && '{CONSENT,SUPPORT_MEETING,LIFE_BODY_PROPERTY}'::text[];`);
    this.addSql(`create index "access_log_record_basis_record_ids_index" on "audit"."access_log_record" using gin ("basis_record_ids");`);
    this.addSql(`alter table "audit"."access_log_record" add constraint "access_log_record_seq_check" check ("seq" > 0);`);

    for (const table of ['access_log_record', 'reason_text']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "audit"."${table}" for each row execute function "audit"."refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "audit"."${table}" for each statement execute function "audit"."refuse_change"();`);
    }
    // The auditors' entries, one row per decision, for reading the log with SQL (psql, reports).
    this.addSql(`create view "audit"."access_log_entry" as
      select r.seq, (i.item - 1)::int as item, r.recorded_at, r.request_id, r.action, r.operation, r.actor_code, r.actor_role, r.unit_code,
             r.organisation_code, r.purpose, r.subject, i.category, i.holder, coalesce(string_to_array(nullif(i.fields, ''), ' '), '{}') as fields,
             i.decision, i.basis, i.basis_record_id, i.citation, i.citation_ja, coalesce(i.reason, t.en) as reason, coalesce(i.reason_ja, t.ja) as reason_ja,
             r.withheld_from_subject, r.prev_hash, r.hash
        from "audit"."access_log_record" r
        cross join lateral unnest(r.categories, r.holders, r.fields, r.decisions, r.bases, r.basis_record_ids, r.citations, r.citations_ja, r.reasons, r.reasons_ja, r.reason_ids)
          with ordinality as i(category, holder, fields, decision, basis, basis_record_id, citation, citation_ja, reason, reason_ja, reason_id, item)
        left join "audit"."reason_text" t on t.id = i.reason_id;`);
    this.addSql(`revoke all on "audit"."access_log_record", "audit"."reason_text", "audit"."access_log_entry" from public;`);
    this.addSql(`do $$
      begin
        grant select, insert on "audit"."access_log_record", "audit"."reason_text" to tsunagu_audit_writer;
        grant select on "audit"."access_log_record", "audit"."reason_text", "audit"."access_log_entry" to tsunagu_audit_writer, tsunagu_audit_reader;
      exception
        when undefined_object or insufficient_privilege then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "audit"."access_log_entry";`);
    this.addSql(`drop table if exists "audit"."access_log_record" cascade;`);
    this.addSql(`drop table if exists "audit"."reason_text" cascade;`);
  }

}
