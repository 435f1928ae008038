import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AccessDecision, writeEventNow } from '../access-log';
import { whyNotReferable } from './narrowing';
import { StaffRole } from '../organisation/roles';
import { findCategory } from '../policy/categories';
import { citationFor, LegalBasis } from '../policy/legal-bases';
import { Purpose } from '../policy/purposes';
import { residentNumberOf } from '../resident/validation';
import { ErrorCode, hubError } from '../errors';
import { asUuid, assertText, badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { LocalDate } from '../server/scalars';
import { MeetingLegalBasis } from '../support-meeting/enums';
import { MeetingCase, SupportMeeting } from '../support-meeting/entities';
import { ConcerningCaseReferral, ReferralStatus } from './entities';
import { holdsRecordsAbout } from './holdings';

@InputType({ description: 'One fact from your own records that made you concerned.' })
class ReferralFactInput {
  @Field({ description: 'Data category of the fact; your unit must hold it.' })
  category!: string;

  @Field({ description: 'The fact in your words (10–2,000 characters).' })
  summary!: string;
}

@InputType({ description: 'A concerning case (気になる事案) to refer to a support meeting’s secretariat.' })
class ReferConcerningCaseInput {
  @Field({ description: 'Resident number (宛名番号).' })
  residentNumber!: string;

  @Field(() => ID, { description: 'The statutory support meeting (生活困窮者自立支援法 §9) to refer to.' })
  meetingId!: string;

  @Field(() => [ReferralFactInput], { description: 'At least one fact from your own records.' })
  facts!: ReferralFactInput[];
}

@ObjectType({ description: 'Receipt of a referral: says that it arrived, nothing about the person.' })
class ReferralReceipt {
  @Field(() => ID, { description: 'Referral id.' })
  id!: string;

  @Field({ description: 'When it was received.' })
  referredAt!: Date;
}

/**
 * Referral of a concerning case: any unit that meets a person who seems to need support but will
 * not consent sends the facts from its own records to the secretariat (seed 000 case 2-⑪). The
 * secretariat tables it as a case, opening the meeting's access, or closes it.
 */
@Resolver()
export class ReferralResolver {
  @Mutation(() => ReferralReceipt, { description: 'Refers a concerning case to a support meeting’s secretariat (a provision based on law, APPI 69(1)).' })
  async referConcerningCase(
    @Arg('input', () => ReferConcerningCaseInput, { description: 'The person, the meeting and the facts.' }) input: ReferConcerningCaseInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的) of your unit.' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<ReferralReceipt> {
    await scope.declarePurpose(purpose);
    const actor = scope.actor;
    input.residentNumber = residentNumberOf(input.residentNumber);
    if (input.facts.length === 0) throw badInput('facts', 'State at least one fact.', '懸念の根拠となる事実を一つ以上記載してください。');
    const policy = scope.access!.context.policy;
    for (const fact of input.facts) {
      const category = findCategory(fact.category);
      if (category?.holder !== actor.unitCode) {
        throw badInput('facts', `A referral carries facts from your own records; ${fact.category} is not held by ${actor.unitCode}.`, '通知できるのは自部署が保有する情報のみです。');
      }
      assertText('facts.summary', fact.summary, 10, 2000);
      const why = whyNotReferable(category, policy);
      if (why) {
        scope.trail.record({ action: 'REFERRAL_REFUSED', decision: AccessDecision.DENIED, subject: input.residentNumber, category: category.code, holder: actor.unitCode, note: why });
        throw hubError(ErrorCode.ACCESS_DENIED, { en: `This fact may not be referred: ${why.en}`, ja: `この事実は通知できません。${why.ja}` }, { category: category.code, holder: actor.unitCode });
      }
    }
    const em = scope.coreEm.fork();
    const meeting = await em.findOne(SupportMeeting, { id: asUuid(input.meetingId) });
    if (!meeting || meeting.legalBasis !== MeetingLegalBasis.SELF_RELIANCE_SUPPORT_ACT_ART_9) {
      throw badInput('meetingId', 'Refer to a statutory support meeting (生活困窮者自立支援法 §9).', '法定の支援会議を指定してください。');
    }
    if (!(await holdsRecordsAbout(scope.loaders, actor.unitCode, input.residentNumber))) {
      throw hubError(ErrorCode.REFERRER_HOLDS_NOTHING, {
        en: 'Your unit holds no record about this resident, so it has nothing to refer.',
        ja: '貴所属はこの住民に関する記録を保有していないため、通知できる事実がありません。',
      });
    }
    const referral = em.create(ConcerningCaseReferral, {
      residentNumber: input.residentNumber,
      meetingId: meeting.id,
      secretariatUnit: meeting.secretariatUnit,
      referringUnit: actor.unitCode,
      referredBy: actor.code,
      facts: input.facts.map((f) => ({ category: f.category, summary: f.summary })),
      referredAt: new Date(),
      status: ReferralStatus.RECEIVED,
      meetingCaseId: null,
      closingNote: null,
    });
    await writeEventNow(scope, {
      action: 'REFERRAL_SENT',
      subject: referral.residentNumber,
      holder: actor.unitCode,
      fields: referral.facts.map((f) => f.category),
      basis: LegalBasis.SUPPORT_MEETING,
      basisRecordId: referral.id,
      citation: citationFor(LegalBasis.SUPPORT_MEETING, actor.regime),
      note: `to ${meeting.name} (${meeting.secretariatUnit})`,
    });
    await em.flush();
    return { id: referral.id, referredAt: referral.referredAt };
  }

  @Query(() => [ConcerningCaseReferral], { description: 'Referrals received by a meeting your unit runs, newest first.' })
  async concerningCaseReferrals(
    @Arg('meetingId', () => ID, { description: 'The meeting, which your unit must run as secretariat.' }) meetingId: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<ConcerningCaseReferral[]> {
    await scope.declarePurpose(purpose);
    requireSecretariat(scope);
    return scope.coreEm.find(ConcerningCaseReferral, { meetingId: asUuid(meetingId), secretariatUnit: scope.actor.unitCode }, { orderBy: { referredAt: 'desc' } });
  }

  @Mutation(() => ConcerningCaseReferral, { description: 'Tables a referral as a case of the meeting, opening the meeting’s access for its members.' })
  async tableReferral(
    @Arg('referralId', () => ID, { description: 'Referral id.' }) referralId: string,
    @Arg('tabledOn', () => LocalDate, { description: 'Date tabled (付議日).' }) tabledOn: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<ConcerningCaseReferral> {
    await scope.declarePurpose(purpose);
    const em = scope.coreEm.fork();
    const referral = await openReferral(scope, em, referralId);
    const meetingCase = em.create(MeetingCase, {
      meetingId: referral.meetingId,
      residentNumber: referral.residentNumber,
      tabledOn,
      closedOn: null,
      referredBy: referral.referringUnit,
      note: `気になる事案の通知 ${referral.id}`,
    });
    referral.status = ReferralStatus.TABLED;
    referral.meetingCaseId = meetingCase.id;
    await writeEventNow(scope, { action: 'MEETING_CASE_TABLED', subject: referral.residentNumber, basis: LegalBasis.SUPPORT_MEETING, basisRecordId: meetingCase.id, note: `from referral ${referral.id}` });
    await em.flush();
    return referral;
  }

  @Mutation(() => ConcerningCaseReferral, { description: 'Closes a referral without tabling it, saying why.' })
  async closeReferral(
    @Arg('referralId', () => ID, { description: 'Referral id.' }) referralId: string,
    @Arg('note', { description: 'Why it is closed without tabling.' }) note: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<ConcerningCaseReferral> {
    await scope.declarePurpose(purpose);
    assertText('note', note, 5);
    const em = scope.coreEm.fork();
    const referral = await openReferral(scope, em, referralId);
    referral.status = ReferralStatus.CLOSED;
    referral.closingNote = note;
    await writeEventNow(scope, { action: 'REFERRAL_CLOSED', subject: referral.residentNumber, basis: LegalBasis.SUPPORT_MEETING, basisRecordId: referral.id, note });
    await em.flush();
    return referral;
  }
}

function requireSecretariat(scope: RequestScope) {
  if (scope.actor.role !== StaffRole.SUPPORT_MEETING_SECRETARIAT) {
    throw hubError(ErrorCode.ROLE_NOT_PERMITTED, { en: 'Only a support-meeting secretariat handles referrals.', ja: '通知の処理は支援会議事務局のみが行えます。' });
  }
}

async function openReferral(scope: RequestScope, em: RequestScope['coreEm'], referralId: string): Promise<ConcerningCaseReferral> {
  requireSecretariat(scope);
  const referral = await em.findOne(ConcerningCaseReferral, { id: asUuid(referralId) });
  if (!referral || referral.secretariatUnit !== scope.actor.unitCode) {
    throw hubError(ErrorCode.RECORD_NOT_FOUND, { en: 'No such referral at your secretariat.', ja: '該当する通知がありません。' });
  }
  if (referral.status !== ReferralStatus.RECEIVED) throw badInput('referralId', `The referral is already ${referral.status}.`, 'この通知は処理済みです。');
  return referral;
}
