import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { LegalBasis } from '../policy/legal-bases';
import { READ } from './entry';
import { setsWhere } from './filter';
import { ENTRY_SEQ, entriesFrom } from './rows';

export enum ReviewStatus {
  PENDING = 'PENDING',
  SIGNED_OFF = 'SIGNED_OFF',
  FLAGGED = 'FLAGGED',
}

export type ReviewOutcome = ReviewStatus.SIGNED_OFF | ReviewStatus.FLAGGED;

export interface Review {
  outcome: ReviewOutcome;
  note: string;
  reviewerCode: string;
  reviewedAt: Date;
  coversThroughSeq: number;
}

/** The entries of one emergency (one basis record), reviewed together. */
export interface ReviewItem {
  reviewKey: string;
  basisRecordId: string | null;
  subjects: string[];
  actors: string[];
  organisations: string[];
  categories: string[];
  accesses: number;
  firstAt: Date;
  lastAt: Date;
  lastSeq: number;
  dueAt: Date;
  status: ReviewStatus;
  /** Signed off or flagged before, but accessed again since: back in the queue. */
  reopened: boolean;
  overdue: boolean;
  lastReview: Review | null;
}

/**
 * Entries under one basis — emergencies (protection of life, body or property) or consents — grouped
 * by basis record id (an entry without one is an item of its own), with the latest review of each.
 * An item is pending until reviewed, and again after its review when an emergency is used again, or
 * a consent changes (recorded, confirmed, renewed, withdrawn); it is due `reviewDays` (the policy's
 * emergencyReviewDays) after its first entry. Reviews of both kinds are kept in audit.emergency_review.
 */
const ITEMS = `
WITH items AS (
  SELECT coalesce(i.basis_record_id, 'entry:' || ${ENTRY_SEQ}) AS review_key,
         min(i.basis_record_id) AS basis_record_id,
         coalesce(array_agg(DISTINCT p.subject) FILTER (WHERE p.subject IS NOT NULL), '{}') AS subjects,
         coalesce(array_agg(DISTINCT r.actor_code) FILTER (WHERE r.actor_code IS NOT NULL), '{}') AS actors,
         coalesce(array_agg(DISTINCT r.organisation_code) FILTER (WHERE r.organisation_code IS NOT NULL), '{}') AS organisations,
         coalesce(array_agg(DISTINCT i.category) FILTER (WHERE i.category IS NOT NULL), '{}') AS categories,
         (count(*) FILTER (WHERE r.action = $2))::int AS accesses,
         min(r.recorded_at) AS first_at, max(r.recorded_at) AS last_at,
         max(${ENTRY_SEQ}) AS last_seq, coalesce(max(${ENTRY_SEQ}) FILTER (WHERE (r.action = $2) = $3), 0) AS last_access_seq
    FROM ${entriesFrom()}
   WHERE r.has_exceptional_basis AND ${setsWhere('bases @> ARRAY[$1]::text[]')} AND i.basis = $1 AND i.decision = 'ALLOWED'
   GROUP BY 1
), latest AS (
  SELECT DISTINCT ON (review_key) review_key, outcome, note, reviewer_code, reviewed_at, covers_through_seq
    FROM audit.emergency_review
   ORDER BY review_key, reviewed_at DESC, covers_through_seq DESC
)
SELECT i.*, l.outcome, l.note, l.reviewer_code, l.reviewed_at, l.covers_through_seq
  FROM items i LEFT JOIN latest l USING (review_key)`;

/** What is reviewed: the uses of emergencies, or the consents themselves. */
export type ReviewKind = 'EMERGENCY' | 'CONSENT';

const KINDS: Record<ReviewKind, { basis: LegalBasis; reopenedByReads: boolean }> = {
  EMERGENCY: { basis: LegalBasis.LIFE_BODY_PROPERTY, reopenedByReads: true },
  CONSENT: { basis: LegalBasis.CONSENT, reopenedByReads: false },
};

export async function reviewItems(pool: Pool, options: { kind?: ReviewKind; reviewDays: number; asOf: Date; reviewKey?: string }): Promise<ReviewItem[]> {
  const kind = KINDS[options.kind ?? 'EMERGENCY'];
  const params: unknown[] = [kind.basis, READ, kind.reopenedByReads];
  const where = options.reviewKey ? ` WHERE i.review_key = $${params.push(options.reviewKey)}` : '';
  const result = await pool.query(`${ITEMS}${where}`, params);
  const items = result.rows.map((r) => toItem(r, options.reviewDays, options.asOf));
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime() || a.reviewKey.localeCompare(b.reviewKey));
}

function toItem(r: Record<string, any>, reviewDays: number, asOf: Date): ReviewItem {
  const lastReview: Review | null = r.outcome
    ? { outcome: r.outcome, note: r.note, reviewerCode: r.reviewer_code, reviewedAt: r.reviewed_at, coversThroughSeq: Number(r.covers_through_seq) }
    : null;
  const reopened = lastReview !== null && Number(r.last_access_seq) > lastReview.coversThroughSeq;
  const status = lastReview && !reopened ? (lastReview.outcome as ReviewStatus) : ReviewStatus.PENDING;
  const dueAt = new Date(r.first_at.getTime() + reviewDays * 86_400_000);
  return {
    reviewKey: r.review_key,
    basisRecordId: r.basis_record_id,
    subjects: r.subjects,
    actors: r.actors,
    organisations: r.organisations,
    categories: r.categories,
    accesses: r.accesses,
    firstAt: r.first_at,
    lastAt: r.last_at,
    lastSeq: Number(r.last_seq),
    dueAt,
    status,
    reopened,
    overdue: status === ReviewStatus.PENDING && asOf > dueAt,
    lastReview,
  };
}

export async function reviewHistory(pool: Pool, reviewKey: string): Promise<Review[]> {
  const result = await pool.query(
    'SELECT outcome, note, reviewer_code, reviewed_at, covers_through_seq FROM audit.emergency_review WHERE review_key = $1 ORDER BY reviewed_at, covers_through_seq',
    [reviewKey],
  );
  return result.rows.map((r) => ({ outcome: r.outcome, note: r.note, reviewerCode: r.reviewer_code, reviewedAt: r.reviewed_at, coversThroughSeq: Number(r.covers_through_seq) }));
}

/** Records a review covering the item's entries up to its last one. */
export async function recordReview(pool: Pool, item: ReviewItem, outcome: ReviewOutcome, note: string, reviewerCode: string): Promise<void> {
  await pool.query(
    `INSERT INTO audit.emergency_review (id, review_key, outcome, note, reviewer_code, reviewed_at, covers_through_seq)
     VALUES ($1, $2, $3, $4, $5, clock_timestamp(), $6)`,
    [randomUUID(), item.reviewKey, outcome, note, reviewerCode, item.lastSeq],
  );
}
