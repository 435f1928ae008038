import { Migration } from '@mikro-orm/migrations';

/**
 * The facts that can grant or narrow an actor's access to a batch of residents (DV protection,
 * consents naming the actor's unit or organisation, the unit's recent emergencies, the cases tabled
 * at meetings the unit sits in, with those meetings and their members), read on every request by
 * src/policy/subject-facts-loader.ts — with `households`, those of everyone in the residents'
 * households too (a resident's page shows the household), each of them named by a 'subject' row. A PL/pgSQL function so that each connection plans the query
 * once and reuses the plan (it would otherwise be planned on every request, which cost more than
 * running it); the residents are matched through their indexes (`= any(array)`), the few under DV
 * protection through a partial index.
 */
export class Migration20261206010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "resident_dv_protection_index" on "resident"."resident" ("resident_number") where "dv_protection";`);
    this.addSql(`create function "policy"."subject_facts"(subjects jsonb, unit text, recipients jsonb, since timestamptz, households boolean)
      returns table ("fact_kind" text, "fact" jsonb)
      language plpgsql stable security invoker
      -- Plans made once per connection and kept: the custom plans PostgreSQL would otherwise try cost
      -- more to make than to run (the lists are matched through indexes whatever their length).
      set plan_cache_mode = force_generic_plan
      as $fn$
      declare
        numbers text[] := array(select jsonb_array_elements_text(subjects));
        recipient_codes text[] := array(select jsonb_array_elements_text(recipients));
      begin
        if households then
          -- From the list outward (unnest, then the indexes): the cached generic plan of a join
          -- filtered by "= any(numbers)" read every resident.
          numbers := array(select m."resident_number" from unnest(numbers) as n("resident_number")
                             join "resident"."resident" r on r."resident_number" = n."resident_number"
                             join "resident"."resident" m on m."household_number" = r."household_number"
                           union select unnest(numbers));
        end if;
        return query
        with cases as (
          select mc.* from "meeting"."meeting_case" mc
           where mc."resident_number" = any(numbers)
             and mc."meeting_id" in (select mm."meeting_id" from "meeting"."meeting_member" mm where mm."unit_code" = unit)
        )
        select 'protected', to_jsonb(r."resident_number") from "resident"."resident" r
         where r."resident_number" = any(numbers) and r."dv_protection"
        union all
        select 'consent', to_jsonb(c) from "consent"."consent" c
         where c."resident_number" = any(numbers) and c."recipients" && recipient_codes
        union all
        select 'emergency', to_jsonb(e) from "emergency"."emergency" e
         where e."resident_number" = any(numbers) and e."declared_by_unit" = unit and e."declared_at" >= since
        union all
        select 'case', to_jsonb(cases) from cases
        union all
        select 'meeting', to_jsonb(m) from "meeting"."support_meeting" m where m."id" in (select cases."meeting_id" from cases)
        union all
        select 'member', to_jsonb(mm) from "meeting"."meeting_member" mm where mm."meeting_id" in (select cases."meeting_id" from cases)
        union all
        select 'subject', to_jsonb(n) from unnest(numbers) as n where households;
      end
      $fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "policy"."subject_facts"(jsonb, text, jsonb, timestamptz, boolean);`);
    this.addSql(`drop index if exists "resident"."resident_dv_protection_index";`);
  }

}
