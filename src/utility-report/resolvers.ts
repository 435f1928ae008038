import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { writeEventNow } from '../access-log';
import { ConsentMethod } from '../consent/enums';
import { StaffRole } from '../organisation/roles';
import { UNIT } from '../organisation/units';
import { CATEGORIES } from '../policy/categories';
import { citationFor, LegalBasis } from '../policy/legal-bases';
import { PersonalFieldResolver } from '../policy/personal-field';
import { Purpose } from '../policy/purposes';
import { confirmMatch, matchesFor, MatchStatus, reporterReceipt, undoMatch } from '../record-linkage';
import { residentNumberOf } from '../resident/validation';
import { ErrorCode, hubError } from '../errors';
import { asUuid, assertText, badInput } from '../server/input-checks';
import type { RequestScope } from '../request/scope';
import { PROVIDER_OF_SERVICE } from '../utility/providers';
import { IntakeChannel, SelfRelianceCaseStatus, SupportConcern } from '../welfare/enums';
import { SelfRelianceCase } from '../welfare/records';
import { BilingualText } from '../server/bilingual';
import { ReportedPerson, UtilityReport } from './entities';
import { ReportCustomerAtRiskInput } from './inputs';
import { link, matchReport, sourceOf, unlink } from './linking';

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'State of linking an outside record to a resident (名寄せ).',
  valuesConfig: {
    AUTO_MATCHED: { description: 'Linked without a staff member: the best candidate scored above the threshold and clearly ahead.' },
    PENDING_REVIEW: { description: 'Below the threshold, ambiguous or without candidates: waits for a staff member.' },
    CONFIRMED: { description: 'A staff member linked the record to a resident.' },
    REJECTED: { description: 'A staff member found that none of the candidates is the person.' },
    UNDONE: { description: 'A link found wrong and reversed; the record links to nobody.' },
  },
});

const REPORTING_ROLES: readonly StaffRole[] = [StaffRole.UTILITY_STAFF, StaffRole.WATER_OFFICER];
const ORAL: readonly ConsentMethod[] = [ConsentMethod.ORAL_IN_PERSON, ConsentMethod.ORAL_BY_PHONE];

@ObjectType({ description: 'What a reporting utility is told: that its report arrived. The same whatever the city knows of the person.' })
class UtilityReportReceipt {
  @Field(() => ID, { description: 'Report id, for the utility’s own records.' })
  id!: string;

  @Field({ description: 'Always true: the report arrived.' })
  received!: boolean;

  @Field(() => BilingualText, { description: 'What the utility is told, in Japanese and English.' })
  message!: BilingualText;
}

@ObjectType({ description: 'Where record linkage (名寄せ) stands for a report: for the agency’s staff only.' })
class ReportMatchView {
  @Field(() => MatchStatus, { description: 'Where linking stands (名寄せの状況).' })
  status!: MatchStatus;

  @Field(() => [String], { description: 'Candidate resident numbers, best first (for review).' })
  candidates!: string[];

  @Field({ nullable: true, description: 'Match score of the best candidate, 0–1.' })
  score?: number;
}

/**
 * Reports from utilities of customers at risk (seed 004; seed 003 L8287–8380), received by the
 * self-reliance support agency, which links them to residents and opens outreach.
 */
@Resolver(() => UtilityReport)
export class UtilityReportResolver {
  @Mutation(() => UtilityReportReceipt, { description: 'Reports a customer at risk to the self-reliance support agency.' })
  async reportCustomerAtRisk(
    @Arg('input', () => ReportCustomerAtRiskInput, { description: 'The customer, the arrears and the basis of the report.' }) input: ReportCustomerAtRiskInput,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ): Promise<UtilityReportReceipt> {
    await scope.declarePurpose(purpose);
    const actor = scope.actor;
    if (!REPORTING_ROLES.includes(actor.role) || PROVIDER_OF_SERVICE[input.service] !== actor.unitCode) {
      throw hubError(ErrorCode.ROLE_NOT_PERMITTED, { en: 'Only the provider of the service reports its customers.', ja: '情報提供は当該サービスの供給事業者のみが行えます。' });
    }
    assertReport(input);
    const em = scope.coreEm.fork();
    const report = em.create(UtilityReport, {
      reportingUnit: actor.unitCode,
      reportedBy: actor.code,
      recipientUnit: UNIT.SELF_RELIANCE,
      service: input.service,
      customerNumber: input.customerNumber,
      person: { ...input.person },
      monthsInArrears: input.monthsInArrears,
      amountYen: input.amountYen,
      supplyStopScheduledOn: input.supplyStopScheduledOn ?? null,
      circumstances: input.circumstances,
      basis: input.basis,
      consentMethod: input.consent?.method ?? null,
      consentEvidence: input.consent?.evidenceReference ?? null,
      consentAttestation: input.consent?.attestation ?? null,
      riskReason: input.risk?.reason ?? null,
      consentDifficulty: input.risk?.consentDifficulty ?? null,
      consentDifficultyNote: input.risk?.consentDifficultyNote ?? null,
      reportedAt: new Date(),
      residentNumber: null,
      consentId: null,
      outreachCaseId: null,
    });
    // The provision itself, logged before it is stored; life/body/property reports join the review queue.
    await writeEventNow(scope, {
      action: 'UTILITY_REPORT_SENT',
      holder: actor.unitCode,
      fields: [CATEGORIES.UTILITY_ACCOUNT.code, CATEGORIES.UTILITY_ARREARS.code, CATEGORIES.UTILITY_SUPPLY_STOP.code],
      basis: input.basis,
      basisRecordId: report.id,
      citation: citationFor(input.basis, actor.regime),
      note: input.risk ? `${input.risk.reason} / ${input.risk.consentDifficulty}: ${input.risk.consentDifficultyNote}` : `consent ${input.consent!.method}`,
    });
    await em.flush();
    return { id: report.id, ...reporterReceipt(sourceOf(report)) };
  }

  @Query(() => [UtilityReport], { description: 'Reports received by your unit (the agency), newest first; unlinked ones are matched on the way.' })
  async utilityReports(@Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose, @Ctx() scope: RequestScope) {
    await scope.declarePurpose(purpose);
    const em = scope.coreEm.fork();
    const reports = await em.find(UtilityReport, { recipientUnit: scope.actor.unitCode }, { orderBy: { reportedAt: 'desc' }, limit: 200 });
    for (const report of reports.filter((r) => !r.residentNumber)) await matchReport(scope, em, report);
    await em.flush();
    return reports;
  }

  @PersonalFieldResolver(CATEGORIES.UTILITY_REPORT, () => ReportedPerson, { description: 'The customer as the utility described them.' })
  person(@Root() report: UtilityReport): ReportedPerson {
    return Object.assign(new ReportedPerson(), report.person, { residentNumber: report.residentNumber ?? null, holderUnit: report.holderUnit });
  }

  @PersonalFieldResolver(CATEGORIES.UTILITY_REPORT, () => ReportMatchView, { nullable: true, description: 'Where linking the report to a resident stands.' })
  async match(@Root() report: UtilityReport, @Ctx() scope: RequestScope): Promise<ReportMatchView | null> {
    const [latest] = (await matchesFor(scope.coreEm.fork(), sourceOf(report).sourceKind, sourceOf(report).sourceId)).slice(-1);
    if (!latest) return null;
    return { status: latest.status, candidates: latest.candidates.map((c) => c.residentNumber), score: latest.score ?? undefined };
  }

  @Mutation(() => UtilityReport, { description: 'Confirms which resident a pending report is about.' })
  async confirmUtilityReportMatch(
    @Arg('reportId', () => ID, { description: 'Report id.' }) reportId: string,
    @Arg('residentNumber', { description: 'Resident number (宛名番号) the report is about.' }) residentNumber: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ) {
    await scope.declarePurpose(purpose);
    residentNumber = residentNumberOf(residentNumber);
    const em = scope.coreEm.fork();
    const report = await receivedReport(scope, em, reportId);
    const match = await matchReport(scope, em, report);
    if (match.status !== MatchStatus.PENDING_REVIEW) throw badInput('reportId', `The report's match is ${match.status}, not waiting for review.`, 'この情報提供は確認待ちではありません。');
    await confirmMatch(em, match.id, residentNumber, scope.actor.code);
    await link(scope, em, report, residentNumber);
    await writeEventNow(scope, { action: 'REPORT_MATCH_CONFIRMED', subject: residentNumber, basisRecordId: report.id, category: CATEGORIES.PERSON_IDENTITY.code });
    await em.flush();
    return report;
  }

  @Mutation(() => UtilityReport, { description: 'Undoes a wrong link; the trace stays.' })
  async undoUtilityReportMatch(
    @Arg('reportId', () => ID, { description: 'Report id.' }) reportId: string,
    @Arg('reason', { description: 'Why the link was wrong.' }) reason: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ) {
    await scope.declarePurpose(purpose);
    assertText('reason', reason, 5);
    const em = scope.coreEm.fork();
    const report = await receivedReport(scope, em, reportId);
    const linked = (await matchesFor(em, sourceOf(report).sourceKind, sourceOf(report).sourceId)).find(
      (m) => m.status === MatchStatus.AUTO_MATCHED || m.status === MatchStatus.CONFIRMED,
    );
    if (!linked || !report.residentNumber) throw badInput('reportId', 'The report is not linked to anyone.', 'この情報提供は住民と紐付いていません。');
    const wrongResident = report.residentNumber;
    await undoMatch(em, linked.id, scope.actor.code, reason);
    await unlink(scope, em, report, reason);
    await writeEventNow(scope, { action: 'REPORT_MATCH_UNDONE', subject: wrongResident, basisRecordId: report.id, note: reason });
    await em.flush();
    return report;
  }

  @Mutation(() => UtilityReport, { description: 'Opens an outreach case (アウトリーチ) of the agency for the linked resident.' })
  async openOutreachCase(
    @Arg('reportId', () => ID, { description: 'Report id; the report must be linked to a resident.' }) reportId: string,
    @Arg('purpose', () => Purpose, { description: 'Declared purpose of use (利用目的).' }) purpose: Purpose,
    @Ctx() scope: RequestScope,
  ) {
    await scope.declarePurpose(purpose);
    const em = scope.coreEm.fork();
    const report = await receivedReport(scope, em, reportId);
    if (!report.residentNumber) throw badInput('reportId', 'Link the report to a resident first.', '先に住民との紐付けを行ってください。');
    if (report.outreachCaseId) return report;
    const welfare = scope.loaders.welfare.em.fork();
    const today = new Date().toISOString().slice(0, 10);
    const outreach = welfare.create(SelfRelianceCase, {
      residentNumber: report.residentNumber,
      caseNumber: `SR-OUT-${report.id.slice(0, 8)}`,
      intakeOn: today,
      intakeChannel: IntakeChannel.OUTREACH,
      mainConcerns: [SupportConcern.UTILITY_ARREARS],
      status: SelfRelianceCaseStatus.INTAKE,
      planAgreedOn: null,
      closedOn: null,
    });
    await welfare.flush();
    report.outreachCaseId = outreach.id;
    await writeEventNow(scope, { action: 'OUTREACH_CASE_OPENED', subject: report.residentNumber, basis: report.basis, basisRecordId: report.id, category: CATEGORIES.WELFARE_SELF_RELIANCE.code });
    await em.flush();
    return report;
  }
}

function assertReport(input: ReportCustomerAtRiskInput): void {
  assertText('customerNumber', input.customerNumber, 1, 40);
  assertText('person.name', input.person.name, 1, 100);
  assertText('person.address', input.person.address, 3, 300);
  assertText('circumstances', input.circumstances, 5);
  if (input.monthsInArrears < 0 || input.amountYen < 0) throw badInput('monthsInArrears', 'Arrears cannot be negative.', '滞納額・月数は0以上です。');
  if (input.basis === LegalBasis.CONSENT) {
    if (!input.consent) throw badInput('consent', 'A report on the basis of consent carries the consent.', '同意に基づく情報提供には同意の内容が必要です。');
    if (ORAL.includes(input.consent.method)) assertText('consent.attestation', input.consent.attestation ?? '', 10);
  } else if (input.basis === LegalBasis.LIFE_BODY_PROPERTY) {
    if (!input.risk) throw badInput('risk', 'A report to protect life, body or property needs the reason and why consent cannot be had.', '生命・身体・財産の保護のための情報提供には理由の記載が必要です。');
    assertText('risk.reason', input.risk.reason, 10);
    assertText('risk.consentDifficultyNote', input.risk.consentDifficultyNote, 10);
  } else {
    throw badInput('basis', 'A utility reports with consent or to protect life, body or property.', '情報提供の根拠は本人同意または生命・身体・財産の保護です。');
  }
}

async function receivedReport(scope: RequestScope, em: RequestScope['coreEm'], reportId: string): Promise<UtilityReport> {
  const report = await em.findOne(UtilityReport, { id: asUuid(reportId), recipientUnit: scope.actor.unitCode });
  if (!report) throw hubError(ErrorCode.RECORD_NOT_FOUND, { en: 'No such report received by your unit.', ja: '該当する情報提供がありません。' });
  return report;
}
