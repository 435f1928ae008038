import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Purpose } from '../policy/purposes';
import { ErrorCode, hubError } from '../server/errors';
import type { RequestScope } from '../server/request-scope';
import { auditTrailOf } from './audit-trail';
import { requireAuditor } from './auditor-guard';
import { assertPageSize } from './paging';
import { recordReview, reviewHistory, reviewItems, ReviewStatus } from './review-queue';
import { EmergencyReview, EmergencyReviewItem, ReviewOutcome } from './review-types';

const MAX_NOTE = 2000;

/** The privacy officer's after-the-fact review of emergency accesses (DESIGN.md §3, §4). */
@Resolver(() => EmergencyReviewItem)
export class EmergencyReviewResolver {
  @Query(() => [EmergencyReviewItem], {
    description: 'Emergency accesses with their review status, overdue first, then by due date. Default: those awaiting review. Privacy officer only.',
  })
  async emergencyReviewQueue(
    @Arg('statuses', () => [ReviewStatus], { defaultValue: [ReviewStatus.PENDING] }) statuses: ReviewStatus[],
    @Arg('asOf', () => Date, { nullable: true, description: 'Judge "overdue" as of this time (default: now).' }) asOf: Date | undefined,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() scope: RequestScope,
  ): Promise<EmergencyReviewItem[]> {
    const trail = requireAuditor(scope, 'emergencyReviewQueue');
    assertPageSize(first);
    trail.record({ action: 'ACCESS_LOG_SEARCHED', purpose: Purpose.AUDIT, note: `emergencyReviewQueue ${statuses.join(',')}` });
    const items = await reviewItems(trail.log.pool, { reviewDays: trail.log.settings.reviewDays, asOf: asOf ?? new Date() });
    return items.filter((item) => statuses.includes(item.status)).slice(0, first) as EmergencyReviewItem[];
  }

  @Mutation(() => EmergencyReviewItem, { description: 'Signs off or flags an emergency access, with a note; covers every access logged under it so far.' })
  async reviewEmergencyAccess(
    @Arg('reviewKey') reviewKey: string,
    @Arg('outcome', () => ReviewOutcome) outcome: ReviewOutcome,
    @Arg('note') note: string,
    @Ctx() scope: RequestScope,
  ): Promise<EmergencyReviewItem> {
    const trail = requireAuditor(scope, 'reviewEmergencyAccess');
    const trimmed = note.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_NOTE) {
      throw hubError(ErrorCode.BAD_USER_INPUT, { en: `A review needs a note of 1–${MAX_NOTE} characters.`, ja: `確認結果には1〜${MAX_NOTE}文字の所見が必要です。` });
    }
    const { pool, settings } = trail.log;
    const [item] = await reviewItems(pool, { reviewDays: settings.reviewDays, asOf: new Date(), reviewKey });
    if (!item) {
      throw hubError(ErrorCode.REVIEW_ITEM_NOT_FOUND, { en: `No emergency access has the review key ${reviewKey}.`, ja: `確認対象 ${reviewKey} は存在しません。` });
    }
    const status = outcome === ReviewOutcome.SIGN_OFF ? ReviewStatus.SIGNED_OFF : ReviewStatus.FLAGGED;
    await recordReview(pool, item, status, trimmed, scope.actor.code);
    // Logged without the emergency basis, so that the review does not count as a use of the emergency.
    trail.record({
      action: status === ReviewStatus.SIGNED_OFF ? 'EMERGENCY_ACCESS_SIGNED_OFF' : 'EMERGENCY_ACCESS_FLAGGED',
      purpose: Purpose.AUDIT,
      basisRecordId: item.basisRecordId ?? item.reviewKey,
      note: trimmed,
    });
    const [updated] = await reviewItems(pool, { reviewDays: settings.reviewDays, asOf: new Date(), reviewKey });
    return updated as EmergencyReviewItem;
  }

  @FieldResolver(() => [EmergencyReview], { description: 'Every review of this item, oldest first.' })
  reviews(@Root() item: EmergencyReviewItem, @Ctx() scope: RequestScope): Promise<EmergencyReview[]> {
    return reviewHistory(auditTrailOf(scope).log.pool, item.reviewKey) as Promise<EmergencyReview[]>;
  }
}
