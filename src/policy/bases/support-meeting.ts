import type { Bilingual } from '../../errors';
import { MeetingLegalBasis } from '../../support-meeting/enums';
import { type DataCategory, findCategory } from '../categories';
import { LegalBasis } from '../legal-bases';
import type { MeetingCaseFact } from '../subject-facts';
import { type BasisModule, joinReasons, type PolicyContext, readRule } from './basis-module';

/**
 * Statutory support meeting (法令に基づく場合; APPI 69(1) / 27(1)(i); 生活困窮者自立支援法 §9):
 * the actor's unit is a member bound by confidentiality, the resident's case is open at the meeting,
 * the category is in the meeting's scope, the holder is a member too, and the declared purpose is
 * the meeting's own (purpose binding). A consent-based body grants nothing by itself; tax data stays
 * out unless the municipality's policy says otherwise (地方税法 §22).
 */
export const supportMeetingBasis: BasisModule = {
  basis: LegalBasis.SUPPORT_MEETING,

  rules(context, facts) {
    return facts.meetingCases.flatMap((fact) => {
      if (whyCaseUnusable(context, fact)) return [];
      const categories = fact.meeting.scopeCategories.filter((code) => {
        const category = findCategory(code);
        return category !== undefined && !whyCategoryNotInScope(context, fact, category);
      });
      const holders = activeMembers(context, fact).map((m) => m.unitCode);
      return categories.length
        ? [readRule(LegalBasis.SUPPORT_MEETING, { subject: facts.subject, category: { $in: categories }, holder: { $in: holders } }, fact.meetingCase.id)]
        : [];
    });
  },

  whyNot(context, facts, category, holder) {
    if (facts.meetingCases.length === 0) {
      return {
        en: 'Your unit is not a member of a support meeting (生活困窮者自立支援法 §9) at which this resident’s case is tabled.',
        ja: '本人の事案が付議されている支援会議（生活困窮者自立支援法第9条）の構成員ではありません。',
      };
    }
    return joinReasons(
      facts.meetingCases.map(
        (fact) =>
          whyCaseUnusable(context, fact) ??
          whyCategoryNotInScope(context, fact, category) ??
          whyHolderNotMember(context, fact, holder) ?? { en: `Case ${fact.meetingCase.id} does not apply here.`, ja: `事案（${fact.meetingCase.id}）は適用されません。` },
      ),
    );
  },
};

function activeMembers({ today }: PolicyContext, fact: MeetingCaseFact) {
  return fact.members.filter(
    (m) => m.confidentialityAcknowledgedOn && m.memberFrom <= today && (!m.memberUntil || m.memberUntil >= today),
  );
}

function whyCaseUnusable(context: PolicyContext, fact: MeetingCaseFact): Bilingual | undefined {
  const { meeting, meetingCase } = fact;
  if (meeting.legalBasis !== MeetingLegalBasis.SELF_RELIANCE_SUPPORT_ACT_ART_9) {
    return {
      en: `${meeting.name} is a consent-based body; it grants no access without the resident's consent.`,
      ja: `${meeting.name}は本人同意に基づく会議体であり、それ自体は情報共有の根拠になりません。`,
    };
  }
  if (meetingCase.tabledOn > context.today) return { en: `The case is tabled only from ${meetingCase.tabledOn}.`, ja: `事案の付議は${meetingCase.tabledOn}からです。` };
  if (meetingCase.closedOn && meetingCase.closedOn <= context.today) {
    return { en: `The case at ${meeting.name} was closed on ${meetingCase.closedOn}.`, ja: `${meeting.name}の事案は${meetingCase.closedOn}に終結しています。` };
  }
  const mine = fact.members.find((m) => m.unitCode === context.actor.unitCode);
  if (!mine || !activeMembers(context, fact).includes(mine)) {
    return {
      en: `Your unit is not a current member of ${meeting.name} with an acknowledged duty of confidentiality.`,
      ja: `貴所属は${meeting.name}の現在の構成員ではないか、守秘義務の確認がありません。`,
    };
  }
  if (context.purpose !== meeting.purpose) {
    return {
      en: `Access through ${meeting.name} serves only ${meeting.purpose}, not ${context.purpose}.`,
      ja: `${meeting.name}を通じた利用は会議の目的（${meeting.purpose}）に限られます。`,
    };
  }
  return undefined;
}

function whyCategoryNotInScope({ policy }: PolicyContext, fact: MeetingCaseFact, category: DataCategory): Bilingual | undefined {
  if (!fact.meeting.scopeCategories.includes(category.code)) {
    return { en: `\`${category.code}\` is not in the scope of ${fact.meeting.name}.`, ja: `「${category.ja}」は${fact.meeting.name}の共有範囲に含まれていません。` };
  }
  if (policy.isTaxSecret(category) && !policy.settings.taxViaSupportMeeting) {
    return {
      en: `Tax data (\`${category.code}\`) does not flow through a support meeting (地方税法 §22); it needs documented consent.`,
      ja: `税務情報（「${category.ja}」）は支援会議を通じて提供できません（地方税法第22条）。書面等による同意が必要です。`,
    };
  }
  return undefined;
}

function whyHolderNotMember(context: PolicyContext, fact: MeetingCaseFact, holder: string): Bilingual | undefined {
  if (activeMembers(context, fact).some((m) => m.unitCode === holder)) return undefined;
  return { en: `The holder ${holder} is not a member of ${fact.meeting.name}.`, ja: `保有者（${holder}）は${fact.meeting.name}の構成員ではありません。` };
}
