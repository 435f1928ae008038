import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { currentPolicy } from '../policy/settings/policy-store';
import { ErrorCode, hubError } from '../errors';
import type { RequestScope } from '../request/scope';
import { requireAuditor } from './auditor-guard';
import { assertPageSize } from './paging';
import { recordReview, reviewHistory, reviewItems, type ReviewKind, ReviewStatus } from './review-queue';
import { ConsentReviewItem, EmergencyReview, EmergencyReviewItem, ReviewOutcome } from './review-types';

const MAX_NOTE = 2000;

/** The review deadline is the municipality's policy (policy as data), read per request. */
async function reviewDays(scope: RequestScope): Promise<number> {
  return (await currentPolicy(scope.coreEm)).settings.emergencyReviewDays;
}

/** The privacy officer's after-the-fact review of emergency accesses (DESIGN.md §3, §4). */
@Resolver(() => EmergencyReviewItem)
export class EmergencyReviewResolver {
  @Query(() => [EmergencyReviewItem], {
    description: 'Emergency accesses with their review status, overdue first, then by due date. Default: those awaiting review. Privacy officer only.',
  })
  async emergencyReviewQueue(
    @Arg('statuses', () => [ReviewStatus], { defaultValue: [ReviewStatus.PENDING], description: 'Which items to list.' }) statuses: ReviewStatus[],
    @Arg('asOf', () => Date, { nullable: true, description: 'Judge "overdue" as of this time (default: now).' }) asOf: Date | undefined,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many items (up to 1000).' }) first: number,
    @Ctx() scope: RequestScope,
  ): Promise<EmergencyReviewItem[]> {
    const trail = requireAuditor(scope, 'emergencyReviewQueue');
    assertPageSize(first);
    trail.record({ action: 'ACCESS_LOG_SEARCHED', purpose: Purpose.AUDIT, note: `emergencyReviewQueue ${statuses.join(',')}` });
    const items = await reviewItems(trail.log.auditors, { reviewDays: await reviewDays(scope), asOf: asOf ?? new Date() });
    return items.filter((item) => statuses.includes(item.status)).slice(0, first) as EmergencyReviewItem[];
  }

  @Mutation(() => EmergencyReviewItem, { description: 'Signs off or flags an emergency access, with a note; covers every access logged under it so far.' })
  async reviewEmergencyAccess(
    @Arg('reviewKey', { description: 'The item, as the queue names it.' }) reviewKey: string,
    @Arg('outcome', () => ReviewOutcome, { description: 'Sign off or flag.' }) outcome: ReviewOutcome,
    @Arg('note', { description: 'Why (1–2000 characters).' }) note: string,
    @Ctx() scope: RequestScope,
  ): Promise<EmergencyReviewItem> {
    return (await review(scope, 'EMERGENCY', reviewKey, outcome, note)) as EmergencyReviewItem;
  }

  @Query(() => [ConsentReviewItem], {
    description: 'Consents recorded, confirmed, renewed or withdrawn, with their review status, overdue first. Default: those awaiting review. Privacy officer only.',
  })
  async consentReviewQueue(
    @Arg('statuses', () => [ReviewStatus], { defaultValue: [ReviewStatus.PENDING], description: 'Which items to list.' }) statuses: ReviewStatus[],
    @Arg('asOf', () => Date, { nullable: true, description: 'Judge "overdue" as of this time (default: now).' }) asOf: Date | undefined,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many items (up to 1000).' }) first: number,
    @Ctx() scope: RequestScope,
  ): Promise<ConsentReviewItem[]> {
    const trail = requireAuditor(scope, 'consentReviewQueue');
    assertPageSize(first);
    trail.record({ action: 'ACCESS_LOG_SEARCHED', purpose: Purpose.AUDIT, note: `consentReviewQueue ${statuses.join(',')}` });
    const items = await reviewItems(trail.log.auditors, { kind: 'CONSENT', reviewDays: await reviewDays(scope), asOf: asOf ?? new Date() });
    return items.filter((item) => statuses.includes(item.status)).slice(0, first) as ConsentReviewItem[];
  }

  @Mutation(() => ConsentReviewItem, { description: 'Signs off or flags a consent, with a note; covers its history so far.' })
  async reviewConsent(
    @Arg('reviewKey', { description: 'The item (the consent id), as the queue names it.' }) reviewKey: string,
    @Arg('outcome', () => ReviewOutcome, { description: 'Sign off or flag.' }) outcome: ReviewOutcome,
    @Arg('note', { description: 'Why (1–2000 characters).' }) note: string,
    @Ctx() scope: RequestScope,
  ): Promise<ConsentReviewItem> {
    return (await review(scope, 'CONSENT', reviewKey, outcome, note)) as ConsentReviewItem;
  }

  @FieldResolver(() => [EmergencyReview], { description: 'Every review of this item, oldest first.' })
  reviews(@Root() item: EmergencyReviewItem, @Ctx() scope: RequestScope): Promise<EmergencyReview[]> {
    return reviewHistory(scope.trail.log.auditors, item.reviewKey) as Promise<EmergencyReview[]>;
  }
}

@Resolver(() => ConsentReviewItem)
export class ConsentReviewResolver {
  @FieldResolver(() => [EmergencyReview], { description: 'Every review of this item, oldest first.' })
  reviews(@Root() item: ConsentReviewItem, @Ctx() scope: RequestScope): Promise<EmergencyReview[]> {
    return reviewHistory(scope.trail.log.auditors, item.reviewKey) as Promise<EmergencyReview[]>;
  }
}

const NAMES: Record<ReviewKind, { en: string; ja: string; action: string }> = {
  EMERGENCY: { en: 'emergency access', ja: '緊急アクセス', action: 'EMERGENCY_ACCESS' },
  CONSENT: { en: 'consent', ja: '同意', action: 'CONSENT' },
};

/** Records a review covering the item's entries so far, and logs it. */
async function review(scope: RequestScope, kind: ReviewKind, reviewKey: string, outcome: ReviewOutcome, note: string) {
  const name = NAMES[kind];
  const trail = requireAuditor(scope, `review ${name.en}`);
  const trimmed = note.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NOTE) {
    throw hubError(ErrorCode.BAD_USER_INPUT, { en: `A review needs a note of 1–${MAX_NOTE} characters.`, ja: `確認結果には1〜${MAX_NOTE}文字の所見が必要です。` });
  }
  const { auditors: pool } = trail.log;
  const days = await reviewDays(scope);
  const [item] = await reviewItems(pool, { kind, reviewDays: days, asOf: new Date(), reviewKey });
  if (!item) {
    throw hubError(ErrorCode.REVIEW_ITEM_NOT_FOUND, { en: `No ${name.en} has the review key ${reviewKey}.`, ja: `確認対象（${name.ja}） ${reviewKey} は存在しません。` });
  }
  const status = outcome === ReviewOutcome.SIGN_OFF ? ReviewStatus.SIGNED_OFF : ReviewStatus.FLAGGED;
  await recordReview(pool, item, status, trimmed, scope.actor.code);
  // Logged without the basis, so that the review does not count as a use of the emergency or a change of the consent.
  trail.record({
    action: `${name.action}_${status === ReviewStatus.SIGNED_OFF ? 'SIGNED_OFF' : 'FLAGGED'}`,
    purpose: Purpose.AUDIT,
    basisRecordId: item.basisRecordId ?? item.reviewKey,
    note: trimmed,
  });
  const [updated] = await reviewItems(pool, { kind, reviewDays: days, asOf: new Date(), reviewKey });
  return updated;
}
