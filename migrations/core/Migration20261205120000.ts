import { Migration } from '@mikro-orm/migrations';

/**
 * The histories the hub keeps outside the access log become append-only in the database, as the log
 * is, whoever connects (the hub's role included; a superuser can still disable a trigger, which the
 * access log's hash chain does not cover — keep the owner's credentials out of the hub's reach):
 *
 * - consent events (同意の履歴) and policy versions: no UPDATE, DELETE or TRUNCATE at all;
 * - consents: no DELETE or TRUNCATE; an UPDATE may only do what the mutations do — withdraw once
 *   (withdrawn_at from null to a time), be confirmed once (confirmed_by/confirmed_at from null), and
 *   change valid_until (renewal) while not withdrawn; every other column stays as recorded;
 * - emergencies: no DELETE or TRUNCATE; an UPDATE may only end one (ended_at from null to a time).
 */
export class Migration20261205120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "consent"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception '% on %.% refused: the table is append-only', tg_op, tg_table_schema, tg_table_name using errcode = 'insufficient_privilege';
      end $$;`);
    for (const table of ['"consent"."consent_event"', '"policy"."policy_version"', '"consent"."consent"', '"emergency"."emergency"']) {
      const name = table.split('.')[1].replace(/"/g, '');
      const deniedOps = name === 'consent_event' || name === 'policy_version' ? 'update or delete' : 'delete';
      this.addSql(`create trigger "${name}_append_only" before ${deniedOps} on ${table} for each row execute function "consent"."refuse_change"();`);
      this.addSql(`create trigger "${name}_no_truncate" before truncate on ${table} for each statement execute function "consent"."refuse_change"();`);
    }

    this.addSql(`create function "consent"."consent_transition"() returns trigger language plpgsql as $$
      begin
        if (to_jsonb(new) - 'withdrawn_at' - 'confirmed_by' - 'confirmed_at' - 'valid_until')
           is distinct from (to_jsonb(old) - 'withdrawn_at' - 'confirmed_by' - 'confirmed_at' - 'valid_until') then
          raise exception 'UPDATE on consent.consent refused: only withdrawal, confirmation and renewal change a consent' using errcode = 'insufficient_privilege';
        end if;
        if old.withdrawn_at is not null and (new.withdrawn_at is distinct from old.withdrawn_at or new.valid_until is distinct from old.valid_until) then
          raise exception 'UPDATE on consent.consent refused: a withdrawn consent stays withdrawn and is not renewed' using errcode = 'insufficient_privilege';
        end if;
        if old.withdrawn_at is null and new.withdrawn_at is not null and new.withdrawn_at > now() + interval '1 minute' then
          raise exception 'UPDATE on consent.consent refused: a withdrawal is recorded when it happens' using errcode = 'insufficient_privilege';
        end if;
        if old.confirmed_by is not null and (new.confirmed_by is distinct from old.confirmed_by or new.confirmed_at is distinct from old.confirmed_at) then
          raise exception 'UPDATE on consent.consent refused: a confirmation is not changed or undone' using errcode = 'insufficient_privilege';
        end if;
        if (new.confirmed_by is null) <> (new.confirmed_at is null) then
          raise exception 'UPDATE on consent.consent refused: a confirmation names who and when' using errcode = 'insufficient_privilege';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "consent_transitions_only" before update on "consent"."consent" for each row execute function "consent"."consent_transition"();`);

    this.addSql(`create function "emergency"."emergency_transition"() returns trigger language plpgsql as $$
      begin
        if (to_jsonb(new) - 'ended_at') is distinct from (to_jsonb(old) - 'ended_at') then
          raise exception 'UPDATE on emergency.emergency refused: only ending changes an emergency' using errcode = 'insufficient_privilege';
        end if;
        if old.ended_at is not null and new.ended_at is distinct from old.ended_at then
          raise exception 'UPDATE on emergency.emergency refused: an ended emergency stays ended' using errcode = 'insufficient_privilege';
        end if;
        if new.ended_at is not null and (new.ended_at < old.declared_at or new.ended_at > now() + interval '1 minute') then
          raise exception 'UPDATE on emergency.emergency refused: an emergency ends after it was declared, when it is ended' using errcode = 'insufficient_privilege';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "emergency_transitions_only" before update on "emergency"."emergency" for each row execute function "emergency"."emergency_transition"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "emergency_transitions_only" on "emergency"."emergency";`);
    this.addSql(`drop function if exists "emergency"."emergency_transition"();`);
    this.addSql(`drop trigger if exists "consent_transitions_only" on "consent"."consent";`);
    this.addSql(`drop function if exists "consent"."consent_transition"();`);
    for (const [schema, name] of [['consent', 'consent_event'], ['policy', 'policy_version'], ['consent', 'consent'], ['emergency', 'emergency']]) {
      this.addSql(`drop trigger if exists "${name}_append_only" on "${schema}"."${name}";`);
      this.addSql(`drop trigger if exists "${name}_no_truncate" on "${schema}"."${name}";`);
    }
    this.addSql(`drop function if exists "consent"."refuse_change"();`);
  }
}
