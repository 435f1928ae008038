import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { NormalisedPerson } from './described-person';
import { MatchEventKind, MatchStatus } from './enums';
import type { CandidateScore } from './score';

/**
 * The match of one outside record (a utility's customer, a referral) to a resident (名寄せ).
 * A source record has at most one open match (auto-matched, pending or confirmed) at a time; a
 * rejected or undone match stays, and the record may be proposed again.
 */
@Entity({ schema: 'linkage', tableName: 'match' })
@Index({ properties: ['sourceKind', 'sourceId'] })
@Unique({
  name: 'match_open_source_unique',
  expression: `create unique index "match_open_source_unique" on "linkage"."match" ("source_kind", "source_id") where "status" in ('AUTO_MATCHED', 'PENDING_REVIEW', 'CONFIRMED')`,
})
export class LinkageMatch {
  [OptionalProps]?: 'id' | 'proposedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What the record is and who holds it, e.g. 'utility.electricity/customer'. */
  @Property({ type: 'text' })
  sourceKind!: string;

  /** The record's id in its source system, e.g. the customer number. */
  @Property({ type: 'text' })
  sourceId!: string;

  /** The person as the source described them, normalised. */
  @Property({ type: 'json' })
  described!: NormalisedPerson;

  /** Candidates kept for review, best first, each with the attributes that agreed. Never shown to the reporter. */
  @Property({ type: 'json' })
  candidates!: CandidateScore[];

  /** The resident the record is (or, once undone, was) linked to; null while pending or when rejected. */
  @Index()
  @Property({ type: 'text', nullable: true })
  residentNumber?: string | null;

  /** The score of that resident as a candidate; null when a reviewer chose someone the search did not find. */
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  score?: number | null;

  @Enum({ items: () => MatchStatus, type: 'text' })
  status!: MatchStatus;

  /** The auto-match threshold in force when the match was proposed. */
  @Property({ type: 'double', runtimeType: 'number' })
  threshold!: number;

  @Property({ type: 'timestamptz' })
  proposedAt: Date = new Date();

  /** Staff code of the last decision ('system' for an automatic match). */
  @Property({ type: 'text', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}

/** One step in a match's history. Append-only: the migration adds triggers that refuse UPDATE and DELETE. */
@Entity({ schema: 'linkage', tableName: 'match_event' })
export class LinkageMatchEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'int', autoincrement: true })
  id!: number;

  @Index()
  @Property({ type: 'uuid' })
  matchId!: string;

  @Enum({ items: () => MatchEventKind, type: 'text' })
  kind!: MatchEventKind;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** Staff code, or 'system'. */
  @Property({ type: 'text' })
  by!: string;

  @Property({ type: 'text', nullable: true })
  residentNumber?: string | null;

  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  score?: number | null;

  /** A rejection's note or an undo's reason. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
