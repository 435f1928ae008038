import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120450 extends Migration {

  override async up(): Promise<void> {
    // Fewer, narrower indexes, partial where the value is rare: each one costs every log insert.
    this.addSql(`drop index "audit"."access_log_entry_actor_code_recorded_at_seq_index";`);
    this.addSql(`drop index "audit"."access_log_entry_basis_record_id_index";`);
    this.addSql(`drop index "audit"."access_log_entry_basis_recorded_at_seq_index";`);
    this.addSql(`drop index "audit"."access_log_entry_category_recorded_at_seq_index";`);
    this.addSql(`drop index "audit"."access_log_entry_decision_recorded_at_seq_index";`);
    this.addSql(`drop index "audit"."access_log_entry_emergency_index";`);
    this.addSql(`drop index "audit"."access_log_entry_organisation_code_recorded_at_seq_index";`);
    this.addSql(`drop index "audit"."access_log_entry_recorded_at_seq_index";`);
    this.addSql(`drop index "audit"."access_log_entry_subject_recorded_at_seq_index";`);

    this.addSql(`create index "access_log_entry_basis_record_index" on "audit"."access_log_entry" ("basis_record_id", "seq") where "basis_record_id" is not null;`);
    this.addSql(`create index "access_log_entry_basis_index" on "audit"."access_log_entry" ("basis", "recorded_at") where "basis" <> 'WITHIN_PURPOSE';`);
    this.addSql(`create index "access_log_entry_denied_index" on "audit"."access_log_entry" ("recorded_at") where "decision" = 'DENIED';`);
    this.addSql(`create index "access_log_entry_recorded_at_index" on "audit"."access_log_entry" ("recorded_at");`);
    this.addSql(`create index "access_log_entry_category_recorded_at_index" on "audit"."access_log_entry" ("category", "recorded_at");`);
    this.addSql(`create index "access_log_entry_actor_code_recorded_at_index" on "audit"."access_log_entry" ("actor_code", "recorded_at");`);
    this.addSql(`create index "access_log_entry_subject_recorded_at_index" on "audit"."access_log_entry" ("subject", "recorded_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit"."access_log_entry_basis_record_index";`);
    this.addSql(`drop index "audit"."access_log_entry_basis_index";`);
    this.addSql(`drop index "audit"."access_log_entry_denied_index";`);
    this.addSql(`drop index "audit"."access_log_entry_recorded_at_index";`);
    this.addSql(`drop index "audit"."access_log_entry_category_recorded_at_index";`);
    this.addSql(`drop index "audit"."access_log_entry_actor_code_recorded_at_index";`);
    this.addSql(`drop index "audit"."access_log_entry_subject_recorded_at_index";`);

    this.addSql(`create index "access_log_entry_actor_code_recorded_at_seq_index" on "audit"."access_log_entry" ("actor_code", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_basis_record_id_index" on "audit"."access_log_entry" ("basis_record_id");`);
    this.addSql(`create index "access_log_entry_basis_recorded_at_seq_index" on "audit"."access_log_entry" ("basis", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_category_recorded_at_seq_index" on "audit"."access_log_entry" ("category", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_decision_recorded_at_seq_index" on "audit"."access_log_entry" ("decision", "recorded_at", "seq");`);
    this.addSql(`CREATE INDEX access_log_entry_emergency_index ON audit.access_log_entry USING btree (basis_record_id, seq) WHERE (basis = 'LIFE_BODY_PROPERTY'::text);`);
    this.addSql(`create index "access_log_entry_organisation_code_recorded_at_seq_index" on "audit"."access_log_entry" ("organisation_code", "recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_recorded_at_seq_index" on "audit"."access_log_entry" ("recorded_at", "seq");`);
    this.addSql(`create index "access_log_entry_subject_recorded_at_seq_index" on "audit"."access_log_entry" ("subject", "recorded_at", "seq");`);
  }

}
