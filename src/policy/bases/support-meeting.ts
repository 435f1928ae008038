import type { Bilingual } from '../../errors';
import { MeetingLegalBasis } from '../../support-meeting/enums';
import { type DataCategory, findCategory } from '../categories';
import { LegalBasis } from '../legal-bases';
import { PURPOSE_NAMES } from '../purposes';
import { meetingPurposeMatches, meetingServesOnly } from '../rules/purpose-binding';
import { taxNotViaMeeting } from '../rules/tax-secrecy';
import type { MeetingCaseFact } from '../subject-facts';
import { type BasisModule, joinReasons, type PolicyContext, readRule } from './basis-module';

/**
 * Statutory support meeting (法令に基づく場合; APPI 69(1) / 27(1)(i); 生活困窮者自立支援法 §9):
 * the actor's unit is a member bound by confidentiality, the resident's case is open at the meeting,
 * the category is in the meeting's scope, the holder is a member too, and the declared purpose is
 * the meeting's own (rules/purpose-binding.ts). A consent-based body grants nothing by itself; tax
 * data stays out unless the municipality's policy says otherwise (rules/tax-secrecy.ts).
 *
 * Whether a resident's case is at a meeting is itself protected: a denial speaks of a case only to
 * a current member with acknowledged confidentiality acting for the meeting's purpose. Anyone else
 * is told the same whether the case is open, closed or was never tabled.
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
    const known = facts.meetingCases.filter((fact) => mayBeTold(context, fact));
    if (known.length === 0) return noCase(context, category, holder);
    return joinReasons(
      known.map(
        (fact) =>
          whyCaseUnusable(context, fact) ??
          whyCategoryNotInScope(context, fact, category) ??
          whyHolderNotMember(context, fact, holder) ?? { en: `Case ${fact.meetingCase.id} does not apply here.`, ja: `事案（${fact.meetingCase.id}）は適用されません。` },
      ),
    );
  },
};

function activeMembers({ today }: PolicyContext, fact: MeetingCaseFact) {
  return fact.members.filter((m) => m.confidentialityAcknowledgedOn && m.memberFrom <= today && (!m.memberUntil || m.memberUntil >= today));
}

/** A current member with acknowledged confidentiality, acting for the meeting's purpose. */
function mayBeTold(context: PolicyContext, fact: MeetingCaseFact): boolean {
  return activeMembers(context, fact).some((m) => m.unitCode === context.actor.unitCode) && meetingPurposeMatches(fact.meeting.purpose, context.purpose);
}

function noCase({ actor, purpose }: PolicyContext, category: DataCategory, holder: string): Bilingual {
  return {
    en: `No case of this resident is open at a support meeting (生活困窮者自立支援法 §9) where your unit (${actor.unitCode}) is a current member with acknowledged confidentiality, for the purpose ${purpose}, with \`${category.code}\` held by ${holder} in scope.`,
    ja: `貴所属（${actor.unitCode}）が守秘義務を確認した現在の構成員であり、利用目的「${PURPOSE_NAMES[purpose].ja}」のための支援会議（生活困窮者自立支援法第9条）で、${holder}が保有する「${category.ja}」を共有範囲とする本人の事案はありません。`,
  };
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
  if (!activeMembers(context, fact).some((m) => m.unitCode === context.actor.unitCode)) {
    return {
      en: `Your unit is not a current member of ${meeting.name} with an acknowledged duty of confidentiality.`,
      ja: `貴所属は${meeting.name}の現在の構成員ではないか、守秘義務の確認がありません。`,
    };
  }
  if (!meetingPurposeMatches(meeting.purpose, context.purpose)) return meetingServesOnly(meeting.name, meeting.purpose, context.purpose);
  return undefined;
}

function whyCategoryNotInScope({ policy }: PolicyContext, fact: MeetingCaseFact, category: DataCategory): Bilingual | undefined {
  if (!fact.meeting.scopeCategories.includes(category.code)) {
    return { en: `\`${category.code}\` is not in the scope of ${fact.meeting.name}.`, ja: `「${category.ja}」は${fact.meeting.name}の共有範囲に含まれていません。` };
  }
  if (policy.isTaxSecret(category) && !policy.settings.taxViaSupportMeeting) return taxNotViaMeeting(category);
  return undefined;
}

function whyHolderNotMember(context: PolicyContext, fact: MeetingCaseFact, holder: string): Bilingual | undefined {
  if (activeMembers(context, fact).some((m) => m.unitCode === holder)) return undefined;
  return { en: `The holder ${holder} is not a member of ${fact.meeting.name}.`, ja: `保有者（${holder}）は${fact.meeting.name}の構成員ではありません。` };
}
