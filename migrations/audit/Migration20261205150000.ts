import { Migration } from '@mikro-orm/migrations';

/**
 * Group commit: a batch of records (of one or many requests) is placed in the chain by one
 * statement. `audit.append_records(sets, records)` stores the decision sets (before the lock: they
 * are content-addressed, and a set already stored is left alone), then takes the chain lock, reads
 * the head, numbers and hashes each record in the canonical form of log format 3 — exactly the
 * `json_build_array` that verification recomputes (src/access-log/chain-hash.ts, CANONICAL_SQL) —
 * inserts them and returns each record's place. Nothing runs in the hub while the lock is held:
 * it is released at the COMMIT that follows in the same message (src/access-log/append.ts).
 * SECURITY INVOKER: the caller's own right to INSERT is what lets the append succeed.
 */
export class Migration20261205150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function "audit"."append_records"(sets json, records json)
      returns table ("seq" bigint, "hash" text)
      language plpgsql security invoker as $fn$
      declare
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

        perform pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0));
        -- Milliseconds: the canonical form holds the time in epoch milliseconds.
        at := date_trunc('milliseconds', clock_timestamp());
        select l.seq, l.hash into head_seq, head_hash from "audit"."access_log_record" l order by l.seq desc limit 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        for r in select p.seq, p.recorded_at, p.request_id, p.action, p.operation, p.actor_code, p.actor_role, p.unit_code, p.organisation_code, p.purpose, p.subject, p.withheld_from_subject, p.decision_set, p.basis_record_ids, p.has_denial, p.has_exceptional_basis, p.prev_hash, p.hash
                   from json_populate_recordset(null::"audit"."access_log_record", records) with ordinality as p order by p.ordinality loop
          head_seq := head_seq + 1;
          r.seq := head_seq;
          r.recorded_at := at;
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
    this.addSql(`revoke all on function "audit"."append_records"(json, json) from public;`);
    this.addSql(`do $$
      begin
        grant execute on function "audit"."append_records"(json, json) to tsunagu_audit_writer;
      exception
        when undefined_object or insufficient_privilege then
          raise notice 'audit roles not set up (%): grant them by hand', sqlerrm;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "audit"."append_records"(json, json);`);
  }

}
