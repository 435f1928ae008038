import { Migration } from '@mikro-orm/migrations';
import { Migration20261207020000 } from './Migration20261207020000';

/**
 * The hub sends a decision set's content only the first time: a set it has seen committed goes by
 * its id and flags alone (src/access-log/stored-sets.ts), so a request decided as earlier ones were
 * no longer ships and parses its set's ten arrays and bilingual citations. A set named by id that is
 * not stored fails the append with SQLSTATE TS001, and the hub sends it whole. Otherwise the body
 * of migration audit/20261207020000, unchanged: same canonical form (format 3).
 */
export class Migration20261208010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "audit"."append_batch"(sets json, headers json, header_numbers int[], subjects text[], set_numbers int[], basis_record_ids json, checkpoints json)
      returns table ("seq" bigint, "hash" text)
      language plpgsql security invoker as $fn$
      declare
        header_rows "audit"."access_log_record"[];
        set_ids text[];
        set_denials boolean[];
        set_exceptions boolean[];
        head_seq bigint;
        head_hash text;
        at timestamptz;
        r "audit"."access_log_record";
        chained "audit"."access_log_record"[] := '{}';
        header_texts text[];
        at_text text;
        hn int;
        sn int;
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
        header_texts := array(select substr(t, 2, length(t) - 2) from (
                                select json_build_array(h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose)::text as t
                                  from unnest(header_rows) with ordinality as h order by h.ordinality) as x);

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
        for i in 1 .. coalesce(array_length(subjects, 1), 0) loop
          hn := header_numbers[i];
          sn := set_numbers[i];
          r := header_rows[hn];
          head_seq := head_seq + 1;
          r.seq := head_seq;
          r.recorded_at := at;
          r.subject := subjects[i];
          r.decision_set := set_ids[sn];
          r.has_denial := set_denials[sn];
          r.has_exceptional_basis := set_exceptions[sn];
          r.basis_record_ids := case when basis_record_ids -> (i - 1)::text is null then null
                                     else array(select json_array_elements_text(basis_record_ids -> (i - 1)::text)) end;
          r.prev_hash := head_hash;
          r.hash := encode(sha256(convert_to('[3, ' || head_seq || ', "' || head_hash || '", ' || at_text || ', ' || header_texts[hn] || ', '
            || coalesce(to_json(r.subject)::text, 'null') || ', ' || r.withheld_from_subject || ', ' || to_json(r.decision_set)::text || ', '
            || coalesce(to_json(r.basis_record_ids)::text, 'null') || ', ' || r.has_denial || ', ' || r.has_exceptional_basis || ']', 'UTF8')), 'hex');
          head_hash := r.hash;
          chained := chained || r;
        end loop;
        insert into "audit"."access_log_record" select * from unnest(chained);
        return query select c.seq, c.hash from unnest(chained) as c;
      end
      $fn$;`);
  }

  override async down(): Promise<void> {
    // Back to the body of migration audit/20261207020000.
    const previous = new Migration20261207020000(this.driver, this.config);
    await previous.up();
    for (const query of previous.getQueries()) this.addSql(query);
  }

}
