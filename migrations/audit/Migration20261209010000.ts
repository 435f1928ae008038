import { Migration } from '@mikro-orm/migrations';
import { Migration20261208010000 } from './Migration20261208010000';

/**
 * audit.append_batch with the same arguments, rows and canonical form (format 3) as migration
 * audit/20261208010000, in fewer steps per record. What a record's canonical form holds that does not
 * depend on the chain (per header the text up to the subject, per set its id, per record its subject
 * and basis record ids) is built set-wise before the lock. Under the lock the loop only concatenates
 * and hashes, keeping the hashes in an array, and one INSERT … SELECT writes the records from the
 * arguments joined by ordinality. The previous body appended each record to an array of rows
 * (`chained := chained || r`), a cost that grew faster than the batch (bench/results/append-function.md).
 */
export class Migration20261209010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "audit"."append_batch"(sets json, headers json, header_numbers int[], subjects text[], set_numbers int[], basis_record_ids json, checkpoints json)
      returns table ("seq" bigint, "hash" text)
      language plpgsql security invoker as $fn$
      declare
        header_rows "audit"."access_log_record"[];
        set_ids text[];
        set_denials boolean[];
        set_exceptions boolean[];
        header_heads text[];
        set_tails text[];
        subject_texts text[];
        basis_texts text[];
        hashes text[] := '{}';
        first_seq bigint;
        head_seq bigint;
        first_prev text;
        head_hash text;
        at timestamptz;
        at_text text;
        record_count int := coalesce(array_length(subjects, 1), 0);
      begin
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
        select array_agg(e.value ->> 'id' order by e.n), array_agg((e.value ->> 'has_denial')::boolean order by e.n),
               array_agg((e.value ->> 'has_exceptional_basis')::boolean order by e.n)
          into set_ids, set_denials, set_exceptions
          from json_array_elements(sets) with ordinality as e(value, n);
        header_rows := array(select json_populate_record(null::"audit"."access_log_record", e.value)
                               from json_array_elements(headers) with ordinality as e(value, n) order by e.n);
        -- The canonical form's pieces that do not depend on the chain, built set-wise before the lock:
        -- per header up to the subject, per set from the decision set on, per record its subject and basis ids.
        header_heads := array(select ', ' || substr(t, 2, length(t) - 2) || ', ' from (
                                select json_build_array(h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose)::text as t
                                  from unnest(header_rows) with ordinality as h order by h.ordinality) as x);
        set_tails := array(select ', ' || to_json(s.id)::text || ', ' from unnest(set_ids) with ordinality as s(id, n) order by s.n);
        subject_texts := array(select coalesce(to_json(s.subject)::text, 'null') from unnest(subjects) with ordinality as s(subject, n) order by s.n);
        basis_texts := array(select coalesce(to_json(b.ids)::text, 'null') from generate_series(1, record_count) as i
                               left join lateral (select array(select json_array_elements_text(e.value)) as ids
                                                    from json_each(basis_record_ids) as e where e.key = (i - 1)::text) as b on true
                              order by i);

        insert into "audit"."checkpoint" (seq, hash, created_at, key_id, signature)
          select c.seq, c.hash, c.created_at, c.key_id, c.signature from json_populate_recordset(null::"audit"."checkpoint", checkpoints) as c
        on conflict on constraint "checkpoint_pkey" do nothing;

        perform pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
        -- Milliseconds: the canonical form holds the time in epoch milliseconds.
        at := date_trunc('milliseconds', clock_timestamp());
        at_text := ((extract(epoch from at) * 1000)::int8)::text;
        select l.seq, l.hash into head_seq, head_hash from "audit"."access_log_record" l order by l.seq desc limit 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        first_seq := head_seq + 1;
        first_prev := head_hash;
        for i in 1 .. record_count loop
          head_seq := head_seq + 1;
          head_hash := encode(sha256(convert_to('[3, ' || head_seq || ', "' || head_hash || '", ' || at_text || header_heads[header_numbers[i]]
            || subject_texts[i] || ', ' || (header_rows[header_numbers[i]]).withheld_from_subject || set_tails[set_numbers[i]]
            || basis_texts[i] || ', ' || set_denials[set_numbers[i]] || ', ' || set_exceptions[set_numbers[i]] || ']', 'UTF8')), 'hex');
          hashes[i] := head_hash;
        end loop;
        insert into "audit"."access_log_record" (seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
                                                 subject, withheld_from_subject, decision_set, basis_record_ids, has_denial, has_exceptional_basis, prev_hash, hash)
          select first_seq + r.n - 1, at, h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose,
                 r.subject, h.withheld_from_subject, s.id, case when r.basis = 'null' then null else array(select json_array_elements_text(r.basis::json)) end,
                 s.denial, s.exceptional, coalesce(lag(r.hash) over (order by r.n), first_prev), r.hash
            from unnest(subjects, header_numbers, set_numbers, hashes, basis_texts) with ordinality as r(subject, hn, sn, hash, basis, n)
            left join unnest(header_rows) with ordinality as h on h.ordinality = r.hn
            left join unnest(set_ids, set_denials, set_exceptions) with ordinality as s(id, denial, exceptional, n) on s.n = r.sn
           order by r.n;
        return query select first_seq + r.n - 1, r.hash from unnest(hashes) with ordinality as r(hash, n);
      end
      $fn$;`);
  }

  override async down(): Promise<void> {
    // Back to the body of migration audit/20261208010000.
    const previous = new Migration20261208010000(this.driver, this.config);
    await previous.up();
    for (const query of previous.getQueries()) this.addSql(query);
  }

}
