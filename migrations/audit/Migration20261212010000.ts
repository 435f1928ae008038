import { Migration } from '@mikro-orm/migrations';

/**
 * The hub's append with the rows already hashed. The hub keeps the head of the chain it last wrote
 * and hashes its runs after it, in the canonical form (src/access-log/chain-hash.ts), at a time of
 * its own; this function stores them only if, under the chain lock, that head is still the head and
 * the time is not before the head's nor more than 2 seconds from the database's clock. Otherwise
 * it stores nothing and answers with the head and its clock, and the hub hashes again (or falls back
 * to audit.append_runs, which hashes here). Either way each row names its true predecessor, so the
 * chain verifies as before, and its times never go back.
 *
 * What it saves against append_runs is the work of preparing the canonical form here — the sets and
 * headers parsed and aggregated, several statements per call: 12–27 % of the append's CPU in the
 * database (bench/results/append-function.md). It is PL/pgSQL, not one plain statement, because a
 * function's statements each read with a fresh snapshot: the head is read after the lock is taken,
 * whereas a single statement sees the log as of its start, before it waited for the lock. The log's
 * format is unchanged, and append_runs stays: a hub of the previous version keeps appending during
 * an upgrade, taking the same lock.
 *
 * Parameters, one element per run where an array: the new sets whole (null when every set is known
 * to be stored), the carried checkpoints (null for none), the distinct headers as JSON and each run's
 * header number (from 1), decision set id, flags, length and basis record ids (a JSON object keyed by
 * the run's index from 0, as append_runs takes it), the subjects of all runs in order, each run's
 * hash, the head the runs were hashed after, and their time (in whole milliseconds, as the canonical form
 * holds it).
 */
export class Migration20261212010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "audit"."append_hashed_runs"(sets json, checkpoints json, headers json, run_headers int[], run_sets text[], run_denials boolean[],
                                                           run_exceptional boolean[], run_lengths int[], run_subjects text[], run_basis_ids json, run_hashes text[],
                                                           after_seq bigint, after_hash text, at timestamptz)
      returns table ("appended" boolean, "head_seq" bigint, "head_hash" text, "head_at" timestamptz, "database_now" timestamptz)
      language plpgsql security invoker as $fn$
      declare
        runs int := coalesce(array_length(run_lengths, 1), 0);
      begin
        if runs = 0 or cardinality(run_headers) <> runs or cardinality(run_sets) <> runs or cardinality(run_denials) <> runs
           or cardinality(run_exceptional) <> runs or cardinality(run_hashes) <> runs
           or coalesce(array_length(run_subjects, 1), 0) <> (select sum(l) from unnest(run_lengths) as l) or exists (select 1 from unnest(run_lengths) as l where l < 1) then
          raise exception 'append_hashed_runs: the runs'' arrays do not match';
        end if;
        if at <> date_trunc('milliseconds', at) then
          raise exception 'append_hashed_runs: the time must be in whole milliseconds, as the canonical form holds it';
        end if;
        if sets is not null then
          insert into "audit"."decision_set" (id, categories, holders, fields, decisions, bases, citations, citations_ja, reasons, reasons_ja)
            select s.id, s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja
              from json_populate_recordset(null::"audit"."decision_set", sets) as s
             order by s.id
          on conflict (id) do nothing;
        end if;
        -- A set the hub named by id alone is one it saw committed; if it is not here (a restored
        -- database), the hub is told so and sends the sets again (src/access-log/stored-sets.ts).
        if exists (select 1 from unnest(run_sets) as r(id) where not exists (select 1 from "audit"."decision_set" d where d.id = r.id)) then
          raise exception 'a decision set named by id alone is not stored' using errcode = 'TS001';
        end if;
        if checkpoints is not null then
          insert into "audit"."checkpoint" (seq, hash, created_at, key_id, signature)
            select c.seq, c.hash, c.created_at, c.key_id, c.signature from json_populate_recordset(null::"audit"."checkpoint", checkpoints) as c
          on conflict on constraint "checkpoint_pkey" do nothing;
        end if;

        perform pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
        database_now := clock_timestamp();
        -- The head is the last record of the last row (a format-3 row holds one).
        select l.seq + coalesce(cardinality(l.subjects), 1) - 1, l.hash, l.recorded_at into head_seq, head_hash, head_at
          from "audit"."access_log_record" l order by l.seq desc limit 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        if head_seq <> after_seq or head_hash <> after_hash or at < date_trunc('milliseconds', head_at) or abs(extract(epoch from at - database_now)) > 2 then
          appended := false;
          return next;
          return;
        end if;
        insert into "audit"."access_log_record" (seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
                                                 format, subjects, withheld_from_subject, decision_set, basis_record_ids, has_denial, has_exceptional_basis, prev_hash, hash)
          select after_seq + r.ends - r.len + 1, at, h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose,
                 4, run_subjects[r.ends - r.len + 1 : r.ends], h.withheld_from_subject, r.set_id,
                 case when run_basis_ids -> (r.n - 1)::text is null then null
                      else array(select json_array_elements_text(run_basis_ids -> (r.n - 1)::text)) end,
                 r.denial, r.exceptional, coalesce(lag(r.hash) over (order by r.n), after_hash), r.hash
            from (select u.*, sum(u.len) over (order by u.n) as ends
                    from unnest(run_headers, run_sets, run_denials, run_exceptional, run_lengths, run_hashes) with ordinality as u(hn, set_id, denial, exceptional, len, hash, n)) as r
            -- A left join, so that a run numbering a header that is not there fails a NOT NULL column.
            left join (select p.*, e.n from json_array_elements(headers) with ordinality as e(value, n)
                         cross join lateral json_populate_record(null::"audit"."access_log_record", e.value) as p) as h on h.n = r.hn;
        appended := true;
        return next;
      end
      $fn$;`);
    this.addSql(`revoke all on function "audit"."append_hashed_runs"(json, json, json, int[], text[], boolean[], boolean[], int[], text[], json, text[], bigint, text, timestamptz) from public;`);
    this.addSql(`do $$
      begin
        grant execute on function "audit"."append_hashed_runs"(json, json, json, int[], text[], boolean[], boolean[], int[], text[], json, text[], bigint, text, timestamptz) to tsunagu_audit_writer;
      exception
        when undefined_object or insufficient_privilege then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "audit"."append_hashed_runs"(json, json, json, int[], text[], boolean[], boolean[], int[], text[], json, text[], bigint, text, timestamptz);`);
  }

}
