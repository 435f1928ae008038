import { Migration } from '@mikro-orm/migrations';
import { Migration20261205150000 } from './Migration20261205150000';
import { Migration20261206020000 } from './Migration20261206020000';
import { Migration20261209010000 } from './Migration20261209010000';

/**
 * Log format 4: one row per run of records that differ in their subject alone — the residents one
 * request decided alike (same header, decision set, basis record ids and withholding) — numbered
 * and hashed once. The row keeps its residents in order in `subjects`, indexed by GIN; record
 * `seq + i` is the record of `subjects[i + 1]`, so records keep their numbers (one per request ×
 * resident) and the next row starts where this one ends. A caseload of 500 residents is one row
 * and 500 GIN entries, not 500 rows and 3,500 b-tree entries: the per-resident index entries were
 * most of the append's cost (bench/results/log-format-probe.md).
 *
 * Format-3 rows stay as they are (an append-only log is never converted in place): `format` says
 * how each row is hashed (src/access-log/chain-hash.ts), and readers take a format-3 row as a run
 * of one. append_records and append_batch are dropped: they read the head as one record per row,
 * so a hub of the previous version appending after a run would break the chain. Its appends now
 * fail, and with them its responses (fail closed): upgrade every hub together.
 */
export class Migration20261210010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop function if exists "audit"."append_records"(json, json);`);
    this.addSql(`drop function if exists "audit"."append_batch"(json, json, int[], text[], int[], json, json);`);
    this.addSql(`alter table "audit"."access_log_record" add column "format" smallint not null default 3, add column "subjects" text[] null;`);
    this.addSql(`alter table "audit"."access_log_record" add constraint "access_log_record_format_check"
      check (("format" = 3 and "subjects" is null) or ("format" = 4 and "subject" is null and "subjects" is not null and cardinality("subjects") >= 1));`);
    // fastupdate (the default): a row's entries go to the index's pending list, which the hub merges
    // off the request's path (audit.merge_pending_subjects, src/access-log/pending-list.ts).
    this.addSql(`create index "access_log_record_subjects_index" on "audit"."access_log_record" using gin ("subjects") where "subjects" is not null;`);
    this.addSql(`create or replace view "audit"."access_log_entry" as
      select r.seq + p.position - 1 as seq, (i.item - 1)::int as item, r.recorded_at, r.request_id, r.action, r.operation, r.actor_code, r.actor_role, r.unit_code,
             r.organisation_code, r.purpose, p.subject, i.category, i.holder, coalesce(string_to_array(nullif(i.fields, ''), ' '), '{}') as fields,
             i.decision, i.basis, i.basis_record_id, i.citation, i.citation_ja, i.reason, i.reason_ja,
             r.withheld_from_subject, r.prev_hash, r.hash
        from "audit"."access_log_record" r
        join "audit"."decision_set" s on s.id = r.decision_set
        cross join lateral unnest(coalesce(r.subjects, array[r.subject])) with ordinality as p(subject, position)
        cross join lateral unnest(s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja, r.basis_record_ids)
          with ordinality as i(category, holder, fields, decision, basis, citation, citation_ja, reason, reason_ja, basis_record_id, item);`);

    // The batch as runs: per run the number (from 1) of its header and of its set and its length;
    // the subjects of all runs in order; basis record ids keyed by the run's index from 0.
    this.addSql(`create function "audit"."append_runs"(sets json, headers json, run_headers int[], run_sets int[], run_lengths int[], run_subjects text[], basis_record_ids json, checkpoints json)
      returns table ("seq" bigint, "last_seq" bigint, "hash" text)
      language plpgsql security invoker as $fn$
      declare
        header_rows "audit"."access_log_record"[];
        header_heads text[];
        header_mids text[];
        set_ids text[];
        set_id_texts text[];
        set_tails text[];
        set_denials boolean[];
        set_exceptions boolean[];
        basis_texts text[];
        firsts bigint[] := '{}';
        hashes text[] := '{}';
        prevs text[] := '{}';
        head_seq bigint;
        head_hash text;
        at timestamptz;
        at_text text;
        offset_ int := 0;
        len int;
      begin
        if coalesce(array_length(run_subjects, 1), 0) <> (select coalesce(sum(l), 0) from unnest(run_lengths) as l) or exists (select 1 from unnest(run_lengths) as l where l < 1) then
          raise exception 'append_runs: the run lengths do not add up to the subjects';
        end if;
        insert into "audit"."decision_set" (id, categories, holders, fields, decisions, bases, citations, citations_ja, reasons, reasons_ja)
          select s.id, s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja
            from json_populate_recordset(null::"audit"."decision_set", sets) as s
           where s.categories is not null
           order by s.id
        on conflict (id) do nothing;
        -- A set sent by id alone is one the hub saw committed; if it is not here (a restored
        -- database), the hub is told so and sends the set again (src/access-log/stored-sets.ts).
        if exists (select 1 from json_array_elements(sets) as e
                    where e.value -> 'categories' is null
                      and not exists (select 1 from "audit"."decision_set" d where d.id = e.value ->> 'id')) then
          raise exception 'a decision set named by id alone is not stored' using errcode = 'TS001';
        end if;
        -- The canonical form's pieces that do not depend on the chain, once per set and per header.
        select array_agg(s.id order by s.n), array_agg(to_json(s.id)::text order by s.n),
               array_agg(s.denial order by s.n), array_agg(s.exceptional order by s.n),
               array_agg(', ' || s.denial || ', ' || s.exceptional || ']' order by s.n)
          into set_ids, set_id_texts, set_denials, set_exceptions, set_tails
          from (select e.value ->> 'id' as id, (e.value ->> 'has_denial')::boolean as denial,
                       (e.value ->> 'has_exceptional_basis')::boolean as exceptional, e.n
                  from json_array_elements(sets) with ordinality as e(value, n)) as s;
        select array_agg(r order by e.n),
               array_agg(', ' || substr(t.text, 2, length(t.text) - 2) || ', ' order by e.n),
               array_agg(', ' || r.withheld_from_subject || ', ' order by e.n)
          into header_rows, header_heads, header_mids
          from json_array_elements(headers) with ordinality as e(value, n)
          cross join lateral json_populate_record(null::"audit"."access_log_record", e.value) as r
          cross join lateral (select json_build_array(r.request_id, r.action, r.operation, r.actor_code, r.actor_role, r.unit_code, r.organisation_code, r.purpose)::text) as t(text);
        if basis_record_ids::text <> '{}' then
          basis_texts := array(select coalesce(to_json(b.ids)::text, 'null') from generate_subscripts(run_lengths, 1) as i
                                 left join lateral (select array(select json_array_elements_text(basis_record_ids -> (i - 1)::text)) as ids
                                                     where basis_record_ids -> (i - 1)::text is not null) as b on true
                                order by i);
        end if;

        insert into "audit"."checkpoint" (seq, hash, created_at, key_id, signature)
          select c.seq, c.hash, c.created_at, c.key_id, c.signature from json_populate_recordset(null::"audit"."checkpoint", checkpoints) as c
        on conflict on constraint "checkpoint_pkey" do nothing;

        perform pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
        -- Milliseconds: the canonical form holds the time in epoch milliseconds.
        at := date_trunc('milliseconds', clock_timestamp());
        at_text := ((extract(epoch from at) * 1000)::int8)::text;
        -- The head is the last record of the last row (a format-3 row holds one).
        select l.seq + coalesce(cardinality(l.subjects), 1) - 1, l.hash into head_seq, head_hash
          from "audit"."access_log_record" l order by l.seq desc limit 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        for i in 1 .. coalesce(array_length(run_lengths, 1), 0) loop
          len := run_lengths[i];
          firsts[i] := head_seq + 1;
          prevs[i] := head_hash;
          head_hash := encode(sha256(convert_to('[4, ' || firsts[i] || ', "' || head_hash || '", ' || at_text || header_heads[run_headers[i]]
            || to_json(run_subjects[offset_ + 1 : offset_ + len])::text || header_mids[run_headers[i]] || set_id_texts[run_sets[i]] || ', '
            || coalesce(basis_texts[i], 'null') || set_tails[run_sets[i]], 'UTF8')), 'hex');
          hashes[i] := head_hash;
          head_seq := head_seq + len;
          offset_ := offset_ + len;
        end loop;
        -- Joined by ordinality, not subscripted per row (migration audit/20261209010000). Left joins,
        -- so that a run numbering a header or set that is not there fails a NOT NULL column.
        insert into "audit"."access_log_record" (seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
                                                 format, subjects, withheld_from_subject, decision_set, basis_record_ids, has_denial, has_exceptional_basis, prev_hash, hash)
          select r.first, at, h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose,
                 4, run_subjects[r.first - firsts[1] + 1 : r.first - firsts[1] + r.len], h.withheld_from_subject, s.id,
                 case when r.basis is null or r.basis = 'null' then null else array(select json_array_elements_text(r.basis::json)) end,
                 s.denial, s.exceptional, r.prev, r.hash
            from unnest(firsts, run_lengths, run_headers, run_sets, prevs, hashes, basis_texts) as r(first, len, hn, sn, prev, hash, basis)
            left join unnest(header_rows) with ordinality as h on h.ordinality = r.hn
            left join unnest(set_ids, set_denials, set_exceptions) with ordinality as s(id, denial, exceptional, n) on s.n = r.sn;
        return query select r.first, r.first + r.len - 1, r.hash from unnest(firsts, run_lengths, hashes) as r(first, len, hash);
      end
      $fn$;`);
    this.addSql(`revoke all on function "audit"."append_runs"(json, json, int[], int[], int[], text[], json, json) from public;`);

    // GIN's pending list is merged into the index by whoever overflows it — an insert, on a
    // request's path — unless merged sooner. Only the index's owner may merge it; the hub's role
    // may call this, which merges this index and nothing else.
    this.addSql(`create function "audit"."merge_pending_subjects"() returns bigint
      language sql security definer set search_path = pg_catalog as $fn$
        select gin_clean_pending_list('"audit"."access_log_record_subjects_index"'::regclass)
      $fn$;`);
    this.addSql(`revoke all on function "audit"."merge_pending_subjects"() from public;`);
    this.addSql(`do $$
      begin
        grant execute on function "audit"."append_runs"(json, json, int[], int[], int[], text[], json, json) to tsunagu_audit_writer;
        grant execute on function "audit"."merge_pending_subjects"() to tsunagu_audit_writer;
      exception
        when undefined_object or insufficient_privilege then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
      begin
        if exists (select 1 from "audit"."access_log_record" where "format" = 4) then
          raise exception 'audit.access_log_record holds format-4 rows, which the previous version cannot read: export the log (npm run log:export) and archive it first';
        end if;
      end $$;`);
    this.addSql(`drop function "audit"."merge_pending_subjects"();`);
    this.addSql(`drop function "audit"."append_runs"(json, json, int[], int[], int[], text[], json, json);`);
    this.addSql(`create or replace view "audit"."access_log_entry" as
      select r.seq, (i.item - 1)::int as item, r.recorded_at, r.request_id, r.action, r.operation, r.actor_code, r.actor_role, r.unit_code,
             r.organisation_code, r.purpose, r.subject, i.category, i.holder, coalesce(string_to_array(nullif(i.fields, ''), ' '), '{}') as fields,
             i.decision, i.basis, i.basis_record_id, i.citation, i.citation_ja, i.reason, i.reason_ja,
             r.withheld_from_subject, r.prev_hash, r.hash
        from "audit"."access_log_record" r
        join "audit"."decision_set" s on s.id = r.decision_set
        cross join lateral unnest(s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja, r.basis_record_ids)
          with ordinality as i(category, holder, fields, decision, basis, citation, citation_ja, reason, reason_ja, basis_record_id, item);`);
    this.addSql(`drop index "audit"."access_log_record_subjects_index";`);
    this.addSql(`alter table "audit"."access_log_record" drop constraint "access_log_record_format_check", drop column "subjects", drop column "format";`);
    // The two appends as they were, with their grants.
    for (const Previous of [Migration20261205150000, Migration20261206020000, Migration20261209010000]) {
      const previous = new Previous(this.driver, this.config);
      await previous.up();
      for (const query of previous.getQueries()) this.addSql(query);
    }
  }

}
