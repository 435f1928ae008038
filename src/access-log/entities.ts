import { Check, Entity, Enum, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * The tables of the `audit` schema. The hub reads and writes them with plain SQL (append.ts,
 * search.ts) for speed; these definitions exist so that the MikroORM CLI can generate the migration.
 * Every table is append-only: the migration adds triggers that refuse UPDATE, DELETE and TRUNCATE.
 */

/**
 * One chained row: what one request decided about a run of residents decided alike — the decision
 * set it names, one decision per category × holder — or one logged event (IHE BALP AuditEvent
 * shape). Each resident's part is a record, numbered `seq`, `seq + 1` … in the order of `subjects`
 * (format 4); a format-3 row holds one record, its resident in `subject`.
 */
// Indexes for the auditors' questions; each costs every insert. Conditions on a decision are
// restated on the record (src/access-log/filter.ts) so that these find the candidates.
@Entity({ schema: 'audit', tableName: 'access_log_record' })
@Index({
  name: 'access_log_record_subject_seq_index',
  expression: `create index "access_log_record_subject_seq_index" on "audit"."access_log_record" ("subject", "seq") where "subject" is not null`,
})
@Index({ properties: ['actorCode', 'seq'] })
@Index({ properties: ['requestId'] })
@Index({
  name: 'access_log_record_recorded_at_index',
  expression: `create index "access_log_record_recorded_at_index" on "audit"."access_log_record" using brin ("recorded_at")`,
})
@Index({
  name: 'access_log_record_denied_index',
  expression: `create index "access_log_record_denied_index" on "audit"."access_log_record" ("actor_code", "seq") where "has_denial"`,
})
@Index({
  name: 'access_log_record_exceptional_basis_index',
  expression: `create index "access_log_record_exceptional_basis_index" on "audit"."access_log_record" ("seq") where "has_exceptional_basis"`,
})
@Index({
  name: 'access_log_record_basis_record_ids_index',
  expression: `create index "access_log_record_basis_record_ids_index" on "audit"."access_log_record" using gin ("basis_record_ids") where "basis_record_ids" is not null`,
})
@Index({
  name: 'access_log_record_subjects_index',
  expression: `create index "access_log_record_subjects_index" on "audit"."access_log_record" using gin ("subjects") where "subjects" is not null`,
})
@Check({ name: 'access_log_record_seq_check', expression: 'seq > 0' })
@Check({
  name: 'access_log_record_format_check',
  expression: `("format" = 3 and "subjects" is null) or ("format" = 4 and "subject" is null and "subjects" is not null and cardinality("subjects") >= 1)`,
})
export class AccessLogRecordRow {
  [PrimaryKeyProp]?: 'seq';

  /** The number of the row's first record: records are numbered 1, 2, 3 … without gaps, under the chain lock. */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  /** The database clock when the record was appended (one clock for every hub replica). */
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  requestId!: string;

  /** `READ` for access decisions; otherwise the event, e.g. `CONSENT_RECORDED`. */
  @Property({ type: 'text' })
  action!: string;

  /** The GraphQL operation name (or its root fields when anonymous). */
  @Property({ type: 'text', nullable: true })
  operation?: string | null;

  @Property({ type: 'text', nullable: true })
  actorCode?: string | null;

  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Property({ type: 'text', nullable: true })
  unitCode?: string | null;

  @Property({ type: 'text', nullable: true })
  organisationCode?: string | null;

  @Property({ type: 'text', nullable: true })
  purpose?: string | null;

  /** How the row is hashed (src/access-log/chain-hash.ts): 3, one record; 4, a run of records. */
  @Property({ type: 'smallint', default: 3 })
  format!: number;

  /** Format 3: the data subject (resident number). */
  @Property({ type: 'text', nullable: true })
  subject?: string | null;

  /** Format 4: the data subjects of the run's records, in order. */
  @Property({ type: 'text[]', nullable: true })
  subjects?: (string | null)[] | null;

  /** Not shown in the resident's disclosure report (cf. 番号法 §23(2) 不開示); auditors still see it. */
  @Property({ type: 'boolean', default: false })
  withheldFromSubject!: boolean;

  /** The id of the record's decisions in decision_set. */
  @Property({ type: 'text' })
  decisionSet!: string;

  /** Per decision: the consent, support-meeting case or emergency that grants it; null when none does. */
  @Property({ type: 'text[]', nullable: true })
  basisRecordIds?: (string | null)[] | null;

  /** Whether the set holds a denial (for the index of denials). */
  @Property({ type: 'boolean' })
  hasDenial!: boolean;

  /** Whether the set holds an access on consent, the support meeting or life, body or property. */
  @Property({ type: 'boolean' })
  hasExceptionalBasis!: boolean;

  @Property({ type: 'text' })
  prevHash!: string;

  @Property({ type: 'text' })
  hash!: string;
}

/**
 * The decisions of a record without whose they were, stored once for every record that names
 * them; `id` is the SHA-256 of their canonical form (src/access-log/decision-set.ts), so
 * verification can tell if a set was changed. Element i of every array belongs to decision i.
 */
@Entity({ schema: 'audit', tableName: 'decision_set' })
@Index({
  name: 'decision_set_categories_index',
  expression: `create index "decision_set_categories_index" on "audit"."decision_set" using gin ("categories")`,
})
@Index({
  name: 'decision_set_bases_index',
  expression: `create index "decision_set_bases_index" on "audit"."decision_set" using gin ("bases")`,
})
export class DecisionSetRow {
  [PrimaryKeyProp]?: 'id';

  @PrimaryKey({ type: 'text' })
  id!: string;

  /** Per decision: the data category. */
  @Property({ type: 'text[]' })
  categories!: string[];

  /** Per decision: the unit holding the data. */
  @Property({ type: 'text[]' })
  holders!: string[];

  /** Per decision: the GraphQL fields (`Type.field`) served or refused, space-separated. */
  @Property({ type: 'text[]' })
  fields!: string[];

  /** Per decision: ALLOWED or DENIED. */
  @Property({ type: 'text[]' })
  decisions!: string[];

  /** Per decision: the basis of an allowed access (null when denied). */
  @Property({ type: 'text[]' })
  bases!: string[];

  @Property({ type: 'text[]' })
  citations!: string[];

  @Property({ type: 'text[]' })
  citationsJa!: string[];

  /** Per decision: why it was denied, or a note on the event. */
  @Property({ type: 'text[]' })
  reasons!: string[];

  @Property({ type: 'text[]' })
  reasonsJa!: string[];
}

/** A signed statement "the chain had `seq` entries and its head hash was `hash`", to detect truncation. */
@Entity({ schema: 'audit', tableName: 'checkpoint' })
export class CheckpointRow {
  [PrimaryKeyProp]?: 'seq';

  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  @Property({ type: 'text' })
  hash!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** Fingerprint of the Ed25519 public key that signed. */
  @Property({ type: 'text' })
  keyId!: string;

  @Property({ type: 'text' })
  signature!: string;
}

/** A privacy officer's review of an emergency (protection of life, body or property) access. */
@Entity({ schema: 'audit', tableName: 'emergency_review' })
@Index({ properties: ['reviewKey', 'reviewedAt'] })
export class EmergencyReviewRow {
  [PrimaryKeyProp]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The emergency's basis record id, or `entry:<seq>` for an entry that names none. */
  @Property({ type: 'text' })
  reviewKey!: string;

  @Enum({ items: ['SIGNED_OFF', 'FLAGGED'], type: 'text' })
  outcome!: string;

  @Property({ type: 'text' })
  note!: string;

  @Property({ type: 'text' })
  reviewerCode!: string;

  @Property({ type: 'timestamptz' })
  reviewedAt!: Date;

  /** The review covers the item's entries up to this seq; later accesses reopen the item. */
  @Property({ type: 'bigint' })
  coversThroughSeq!: string;
}
