import { Migration } from '@mikro-orm/migrations';

/**
 * The (subject, seq) index only for rows that name one subject. Format-4 rows (migration
 * audit/20261210010000) keep their residents in `subjects`, indexed by GIN, and `subject` null: each
 * of them added a null entry to this b-tree that no query reads (filter.ts asks `subject = $1`, which
 * implies not null) and that every append paid for.
 */
export class Migration20261211010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "audit"."access_log_record_subject_seq_index";`);
    this.addSql(`create index "access_log_record_subject_seq_index" on "audit"."access_log_record" ("subject", "seq") where "subject" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit"."access_log_record_subject_seq_index";`);
    this.addSql(`create index "access_log_record_subject_seq_index" on "audit"."access_log_record" ("subject", "seq");`);
  }

}
