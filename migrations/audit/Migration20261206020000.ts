import { Migration } from '@mikro-orm/migrations';

/**
 * The append in a compact form: what the records of a batch share is sent once. A request's
 * records differ only in their subject, decision set and basis record ids, so
 * `audit.append_batch(sets, headers, header_numbers, subjects, set_numbers, basis_record_ids)` takes
 * the distinct headers (who, why, which request and action) and the decision sets as JSON, and per
 * record only the number of its header and of its set and its subject, as arrays; basis record ids
 * as a JSON object keyed by the record's index, for the few records that have them. It stores and
 * chains the records exactly as `append_records` does (same columns, same canonical form of log
 * format 3, so verification is unchanged), at half the database's work for a large caseload:
 * parsing 5,000 records as JSON objects cost more than hashing and inserting them. It also stores
 * the signed checkpoints of the hub's earlier appends (src/access-log/carried-checkpoints.ts), so
 * that an append is one statement however many multiples of AUDIT_CHECKPOINT_EVERY it passes.
 */
export class Migration20261206020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "audit"."append_batch"(sets json, headers json, header_numbers int[], subjects text[], set_numbers int[], basis_record_ids json, checkpoints json)
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
      begin
        insert into "audit"."decision_set" (id, categories, holders, fields, decisions, bases, citations, citations_ja, reasons, reasons_ja)
          select s.id, s.categories, s.holders, s.fields, s.decisions, s.bases, s.citations, s.citations_ja, s.reasons, s.reasons_ja
            from json_populate_recordset(null::"audit"."decision_set", sets) as s
           order by s.id
        on conflict (id) do nothing;
        select array_agg(e.value ->> 'id' order by e.n), array_agg((e.value ->> 'has_denial')::boolean order by e.n),
               array_agg((e.value ->> 'has_exceptional_basis')::boolean order by e.n)
          into set_ids, set_denials, set_exceptions
          from json_array_elements(sets) with ordinality as e(value, n);
        header_rows := array(select json_populate_record(null::"audit"."access_log_record", e.value)
                               from json_array_elements(headers) with ordinality as e(value, n) order by e.n);

        insert into "audit"."checkpoint" (seq, hash, created_at, key_id, signature)
          select c.seq, c.hash, c.created_at, c.key_id, c.signature from json_populate_recordset(null::"audit"."checkpoint", checkpoints) as c
        on conflict on constraint "checkpoint_pkey" do nothing;

        perform pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
        -- Milliseconds: the canonical form holds the time in epoch milliseconds.
        at := date_trunc('milliseconds', clock_timestamp());
        select l.seq, l.hash into head_seq, head_hash from "audit"."access_log_record" l order by l.seq desc limit 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        for i in 1 .. coalesce(array_length(subjects, 1), 0) loop
          r := header_rows[header_numbers[i]];
          head_seq := head_seq + 1;
          r.seq := head_seq;
          r.recorded_at := at;
          r.subject := subjects[i];
          r.decision_set := set_ids[set_numbers[i]];
          r.has_denial := set_denials[set_numbers[i]];
          r.has_exceptional_basis := set_exceptions[set_numbers[i]];
          r.basis_record_ids := case when basis_record_ids -> (i - 1)::text is null then null
                                     else array(select json_array_elements_text(basis_record_ids -> (i - 1)::text)) end;
          r.prev_hash := head_hash;
          r.hash := encode(sha256(convert_to(json_build_array(3, r.seq, r.prev_hash, (extract(epoch from r.recorded_at) * 1000)::int8,
            r.request_id, r.action, r.operation, r.actor_code, r.actor_role, r.unit_code, r.organisation_code, r.purpose, r.subject,
            r.withheld_from_subject, r.decision_set, r.basis_record_ids, r.has_denial, r.has_exceptional_basis)::text, 'UTF8')), 'hex');
          head_hash := r.hash;
          chained := chained || r;
        end loop;
        insert into "audit"."access_log_record" select * from unnest(chained);
        return query select c.seq, c.hash from unnest(chained) as c;
      end
      $fn$;`);
    this.addSql(`revoke all on function "audit"."append_batch"(json, json, int[], text[], int[], json, json) from public;`);
    this.addSql(`do $$
      begin
        grant execute on function "audit"."append_batch"(json, json, int[], text[], int[], json, json) to tsunagu_audit_writer;
      exception
        when undefined_object or insufficient_privilege then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "audit"."append_batch"(json, json, int[], text[], int[], json, json);`);
  }

}
