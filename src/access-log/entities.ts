import { Check, Entity, Enum, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * The tables of the `audit` schema. The hub reads and writes them with plain SQL (src/access-log/
 * store.ts) for speed; these definitions exist so that the MikroORM CLI can generate the migration.
 * Every table is append-only: the migration adds triggers that refuse UPDATE, DELETE and TRUNCATE.
 */

/** One access decision or one logged event (IHE BALP / FHIR AuditEvent shape), hash-chained by `seq`. */
// Indexes for the auditors' questions. Every index costs each insert, so the ones on rare values
// are partial: denials, bases other than use within purpose, and entries naming a basis record.
@Entity({ schema: 'audit', tableName: 'access_log_entry' })
@Index({ properties: ['subject', 'recordedAt'] })
@Index({ properties: ['actorCode', 'recordedAt'] })
@Index({ properties: ['category', 'recordedAt'] })
@Index({ properties: ['recordedAt'] })
@Index({ properties: ['requestId'] })
@Index({
  name: 'access_log_entry_denied_index',
  expression: `create index "access_log_entry_denied_index" on "audit"."access_log_entry" ("recorded_at") where "decision" = 'DENIED'`,
})
@Index({
  name: 'access_log_entry_basis_index',
  expression: `create index "access_log_entry_basis_index" on "audit"."access_log_entry" ("basis", "recorded_at") where "basis" <> 'WITHIN_PURPOSE'`,
})
@Index({
  name: 'access_log_entry_basis_record_index',
  expression: `create index "access_log_entry_basis_record_index" on "audit"."access_log_entry" ("basis_record_id", "seq") where "basis_record_id" is not null`,
})
@Check({ name: 'access_log_entry_seq_check', expression: 'seq > 0' })
export class AccessLogEntryRow {
  [PrimaryKeyProp]?: 'seq';

  /** Position in the chain: 1, 2, 3 … without gaps, assigned under the chain lock. */
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  /** The database clock when the entry was appended (one clock for every hub replica). */
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  requestId!: string;

  /** `READ` for an access decision; otherwise the event, e.g. `CONSENT_RECORDED`. */
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

  /** The data subject (resident number). */
  @Property({ type: 'text', nullable: true })
  subject?: string | null;

  @Property({ type: 'text', nullable: true })
  category?: string | null;

  /** The unit holding the data. */
  @Property({ type: 'text', nullable: true })
  holder?: string | null;

  @Property({ type: 'text[]', default: '{}' })
  fields!: string[];

  @Enum({ items: ['ALLOWED', 'DENIED'], type: 'text' })
  decision!: string;

  @Property({ type: 'text', nullable: true })
  basis?: string | null;

  /** The consent, support-meeting case or emergency that grants the access. */
  @Property({ type: 'text', nullable: true })
  basisRecordId?: string | null;

  @Property({ type: 'text', nullable: true })
  citation?: string | null;

  @Property({ type: 'text', nullable: true })
  citationJa?: string | null;

  /** Why an access was denied, or a note on an event. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'text', nullable: true })
  reasonJa?: string | null;

  /** Not shown in the resident's disclosure report (cf. 番号法 §23(2) 不開示); auditors still see it. */
  @Property({ type: 'boolean', default: false })
  withheldFromSubject!: boolean;

  @Property({ type: 'text' })
  prevHash!: string;

  @Property({ type: 'text' })
  hash!: string;
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
