import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '../organisation/roles';
import { Purpose } from '../policy/purposes';
import { Resident } from '../resident/entities';
import { residentNumberOf } from '../resident/validation';
import { ErrorCode, hubError } from '../errors';
import { asInt, asUuid, assertCategories, assertDateOrder, assertText, assertUnit } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { LocalDate } from '../server/scalars';
import { MeetingCase, MeetingMember, SupportMeeting } from './entities';
import { writeEventNow } from '../access-log';
import { LegalBasis } from '../policy/legal-bases';
import { AddMeetingMemberInput, CreateSupportMeetingInput, TableCaseInput } from './inputs';

/** Support meetings, kept by their secretariat (支援会議事務局). */
@Resolver()
export class SupportMeetingResolver {
  @Mutation(() => SupportMeeting, { description: 'Registers a meeting body with your unit as its secretariat.' })
  async createSupportMeeting(@Arg('input', () => CreateSupportMeetingInput, { description: 'The meeting body to register.' }) input: CreateSupportMeetingInput, @Ctx() scope: RequestScope) {
    const actor = requireSecretariat(scope);
    assertText('name', input.name, 2, 200);
    assertCategories('scopeCategories', input.scopeCategories);
    const em = scope.coreEm.fork();
    const meeting = em.create(SupportMeeting, { ...input, scopeCategories: [...new Set(input.scopeCategories)], secretariatUnit: actor.unitCode });
    await writeEventNow(scope, { action: 'MEETING_REGISTERED', basisRecordId: meeting.id, fields: meeting.scopeCategories, note: `${meeting.name} (${meeting.legalBasis})` });
    await em.flush();
    return meeting;
  }

  @Mutation(() => MeetingMember, { description: 'Adds a member unit; it receives nothing until it has acknowledged confidentiality.' })
  async addMeetingMember(@Arg('input', () => AddMeetingMemberInput, { description: 'The member unit and its term.' }) input: AddMeetingMemberInput, @Ctx() scope: RequestScope) {
    assertUnit('unitCode', input.unitCode, scope.directory);
    assertDateOrder('memberUntil', input.memberFrom, input.memberUntil);
    const em = scope.coreEm.fork();
    await ownMeeting(scope, em, input.meetingId);
    const member = em.create(MeetingMember, {
      meetingId: input.meetingId,
      unitCode: input.unitCode,
      confidentialityAcknowledgedOn: input.confidentialityAcknowledgedOn ?? null,
      memberFrom: input.memberFrom,
      memberUntil: input.memberUntil ?? null,
    });
    await writeEventNow(scope, { action: 'MEETING_MEMBER_ADDED', basisRecordId: input.meetingId, holder: input.unitCode, note: `confidentiality acknowledged: ${input.confidentialityAcknowledgedOn ?? 'no'}` });
    await em.flush();
    return member;
  }

  @Mutation(() => MeetingMember, { description: "Ends a member's membership; its access ends on the next request." })
  async endMeetingMembership(@Arg('memberId', () => ID, { description: 'Membership id.' }) memberId: string, @Arg('on', () => LocalDate, { description: 'Last day of membership.' }) on: string, @Ctx() scope: RequestScope) {
    const em = scope.coreEm.fork();
    const member = await em.findOne(MeetingMember, { id: asInt(memberId) });
    if (!member) throw notFound('member');
    await ownMeeting(scope, em, member.meetingId);
    assertDateOrder('on', member.memberFrom, on);
    member.memberUntil = on;
    await writeEventNow(scope, { action: 'MEETING_MEMBER_ENDED', basisRecordId: member.meetingId, holder: member.unitCode, note: `until ${on}` });
    await em.flush();
    return member;
  }

  @Mutation(() => MeetingCase, { description: "Tables a resident's case, opening the meeting's access for its members." })
  async tableCase(@Arg('input', () => TableCaseInput, { description: 'The case to table.' }) input: TableCaseInput, @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    input.residentNumber = residentNumberOf(input.residentNumber);
    if (input.referredBy) assertUnit('referredBy', input.referredBy, scope.directory);
    const em = scope.coreEm.fork();
    await ownMeeting(scope, em, input.meetingId);
    if (!(await em.count(Resident, { residentNumber: input.residentNumber }))) {
      throw hubError(ErrorCode.RESIDENT_NOT_FOUND, { en: `No resident has the number ${input.residentNumber}.`, ja: '該当する住民が登録されていません。' });
    }
    const meetingCase = em.create(MeetingCase, { ...input, referredBy: input.referredBy ?? null, note: input.note ?? null, closedOn: null });
    await writeEventNow(scope, { action: 'MEETING_CASE_TABLED', subject: meetingCase.residentNumber, basis: LegalBasis.SUPPORT_MEETING, basisRecordId: meetingCase.id });
    await em.flush();
    return meetingCase;
  }

  @Mutation(() => MeetingCase, { description: "Closes a case; the meeting's access ends on the next request." })
  async closeCase(@Arg('caseId', () => ID, { description: 'Case id.' }) caseId: string, @Arg('closedOn', () => LocalDate, { description: 'Date closed (終結日).' }) closedOn: string, @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    const em = scope.coreEm.fork();
    const meetingCase = await em.findOne(MeetingCase, { id: asUuid(caseId) });
    if (!meetingCase) throw notFound('case');
    await ownMeeting(scope, em, meetingCase.meetingId);
    assertDateOrder('closedOn', meetingCase.tabledOn, closedOn);
    meetingCase.closedOn = closedOn;
    await writeEventNow(scope, { action: 'MEETING_CASE_CLOSED', subject: meetingCase.residentNumber, basis: LegalBasis.SUPPORT_MEETING, basisRecordId: meetingCase.id });
    await em.flush();
    return meetingCase;
  }

  @Query(() => [SupportMeeting], { description: 'Meetings your unit runs as secretariat.' })
  supportMeetings(@Ctx() scope: RequestScope) {
    return scope.coreEm.find(SupportMeeting, { secretariatUnit: scope.actor.unitCode }, { orderBy: { establishedOn: 'asc' } });
  }

  @Query(() => [MeetingCase], { description: "Cases tabled at a meeting your unit runs; each field is decided like any personal data." })
  async meetingCases(@Arg('meetingId', () => ID, { description: 'The meeting, which your unit must run as secretariat.' }) meetingId: string, @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    await ownMeeting(scope, scope.coreEm, meetingId);
    return scope.coreEm.find(MeetingCase, { meetingId }, { orderBy: { tabledOn: 'asc' } });
  }
}

function requireSecretariat(scope: RequestScope) {
  const actor = scope.actor;
  if (actor.role !== StaffRole.SUPPORT_MEETING_SECRETARIAT) {
    throw hubError(ErrorCode.ROLE_NOT_PERMITTED, { en: 'Only a support-meeting secretariat manages meetings.', ja: '会議の管理は支援会議事務局のみが行えます。' });
  }
  return actor;
}

async function ownMeeting(scope: RequestScope, em: RequestScope['coreEm'], meetingId: string): Promise<SupportMeeting> {
  const actor = requireSecretariat(scope);
  const meeting = await em.findOne(SupportMeeting, { id: asUuid(meetingId) });
  if (!meeting) throw notFound('meeting');
  if (meeting.secretariatUnit !== actor.unitCode) {
    throw hubError(ErrorCode.NOT_RECORD_CONTROLLER, { en: 'Only the meeting’s own secretariat manages it.', ja: 'この会議を管理できるのは当該会議の事務局のみです。' });
  }
  return meeting;
}

function notFound(what: string) {
  return hubError(ErrorCode.RECORD_NOT_FOUND, { en: `No such ${what}.`, ja: '該当する記録がありません。' });
}
