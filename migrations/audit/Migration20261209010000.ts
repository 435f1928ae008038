import { Migration } from '@mikro-orm/migrations';
import { Migration20261208010000 } from './Migration20261208010000';

/**
 * audit.append_batch with the same arguments, rows and canonical form (format 3) as migration
 * audit/20261208010000, in fewer steps per record. What a record's canonical form holds that does not
 * depend on the chain is built once per header and per set before the lock (and the basis record
 * ids, when any record has them). Under the lock the loop only concatenates and hashes, keeping each
 * record's hash and its predecessor's in two arrays, and one INSERT … SELECT writes the records from
 * the arguments joined by ordinality. The previous body appended each record to an array of rows
 * (`chained := chained || r`), a cost that grew faster than the batch (bench/results/append-function.md).
 */
export class Migration20261209010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create or replace function "audit"."append_batch"(sets json, headers json, header_numbers int[], subjects text[], set_numbers int[], basis_record_ids json, checkpoints json)
      returns table ("seq" bigint, "hash" text)
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
        hashes text[] := '{}';
        prevs text[] := '{}';
        head_seq bigint;
        head_hash text;
        first_seq bigint;
        at timestamptz;
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
        -- Basis record ids, keyed by the record's index from 0, come with few records.
        if basis_record_ids::text <> '{}' then
          basis_texts := array(select coalesce(to_json(b.ids)::text, 'null') from generate_subscripts(subjects, 1) as i
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
        select l.seq, l.hash into head_seq, head_hash from "audit"."access_log_record" l order by l.seq desc limit 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        first_seq := head_seq + 1;
        for i in 1 .. coalesce(array_length(subjects, 1), 0) loop
          hn := header_numbers[i];
          sn := set_numbers[i];
          head_seq := head_seq + 1;
          prevs[i] := head_hash;
          head_hash := encode(sha256(convert_to('[3, ' || head_seq || ', "' || head_hash || '", ' || at_text || header_heads[hn]
            || coalesce(to_json(subjects[i])::text, 'null') || header_mids[hn] || set_id_texts[sn] || ', '
            || coalesce(basis_texts[i], 'null') || set_tails[sn], 'UTF8')), 'hex');
          hashes[i] := head_hash;
        end loop;
        -- The arrays are joined by ordinality, not subscripted per row: subscripted, this statement
        -- took 200 ms for 5,000 records. Left joins, so that a record numbering a header or set that
        -- is not there fails a NOT NULL column instead of being left out.
        insert into "audit"."access_log_record" (seq, recorded_at, request_id, action, operation, actor_code, actor_role, unit_code, organisation_code, purpose,
                                                 subject, withheld_from_subject, decision_set, basis_record_ids, has_denial, has_exceptional_basis, prev_hash, hash)
          select first_seq + r.n - 1, at, h.request_id, h.action, h.operation, h.actor_code, h.actor_role, h.unit_code, h.organisation_code, h.purpose,
                 r.subject, h.withheld_from_subject, s.id,
                 case when r.basis is null or r.basis = 'null' then null else array(select json_array_elements_text(r.basis::json)) end,
                 s.denial, s.exceptional, r.prev, r.hash
            from unnest(subjects, header_numbers, set_numbers, prevs, hashes, basis_texts) with ordinality as r(subject, hn, sn, prev, hash, basis, n)
            left join unnest(header_rows) with ordinality as h on h.ordinality = r.hn
            left join unnest(set_ids, set_denials, set_exceptions) with ordinality as s(id, denial, exceptional, n) on s.n = r.sn;
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
