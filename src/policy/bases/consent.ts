import type { Consent } from '../../consent/entities';
import { DOCUMENTED_METHODS } from '../../consent/enums';
import type { Bilingual } from '../../errors';
import { type DataCategory, findCategory } from '../categories';
import { LegalBasis } from '../legal-bases';
import { type BasisModule, joinReasons, type PolicyContext, readRule } from './basis-module';

/**
 * Consent (APPI 69(2)(i) / 27(1)): an active consent of the resident names the actor's unit or
 * organisation as recipient, covers the declared purpose and the category, and was taken by a
 * method strong enough for it — written or electronic for special-care data (APPI 2(3)) and for tax
 * data, which also needs the recorded full explanation (地方税法 §22; 2011 MIC notice points 1 and 3).
 */
export const consentBasis: BasisModule = {
  basis: LegalBasis.CONSENT,

  rules(context, facts) {
    return facts.consents.flatMap((consent) => {
      if (whyConsentUnusable(context, consent)) return [];
      const categories = consent.categories.filter((code) => {
        const category = findCategory(code);
        return category !== undefined && !whyCategoryNotCovered(context, consent, category);
      });
      return categories.length ? [readRule(LegalBasis.CONSENT, { subject: facts.subject, category: { $in: categories } }, consent.id)] : [];
    });
  },

  whyNot(context, facts, category) {
    if (facts.consents.length === 0) {
      return {
        en: `No consent of this resident names your unit (${context.actor.unitCode}) or organisation as a recipient.`,
        ja: `受領者として貴所属（${context.actor.unitCode}）を含む本人同意の記録がありません。`,
      };
    }
    return joinReasons(
      facts.consents.map((consent) => whyConsentUnusable(context, consent) ?? whyCategoryNotCovered(context, consent, category) ?? unexpected(consent)),
    );
  },
};

function whyConsentUnusable({ actor, purpose, today }: PolicyContext, consent: Consent): Bilingual | undefined {
  const ref = `Consent ${consent.id}`;
  if (consent.withdrawnAt) {
    const on = consent.withdrawnAt.toISOString().slice(0, 10);
    return { en: `${ref} was withdrawn on ${on}.`, ja: `同意（${consent.id}）は${on}に撤回されています。` };
  }
  if (consent.validFrom > today) return { en: `${ref} is valid only from ${consent.validFrom}.`, ja: `同意（${consent.id}）の有効期間は${consent.validFrom}からです。` };
  if (consent.validUntil && consent.validUntil < today) {
    return { en: `${ref} expired on ${consent.validUntil}.`, ja: `同意（${consent.id}）は${consent.validUntil}に期限切れです。` };
  }
  if (!consent.recipients.includes(actor.unitCode) && !consent.recipients.includes(actor.organisationCode)) {
    return { en: `${ref} does not name your unit as a recipient.`, ja: `同意（${consent.id}）の受領者に貴所属が含まれていません。` };
  }
  if (!consent.purposes.includes(purpose)) {
    return {
      en: `${ref} covers the purposes ${consent.purposes.join(', ')}, not ${purpose}.`,
      ja: `同意（${consent.id}）の利用目的に申告された目的（${purpose}）は含まれていません。`,
    };
  }
  return undefined;
}

function whyCategoryNotCovered({ policy }: PolicyContext, consent: Consent, category: DataCategory): Bilingual | undefined {
  const ref = `Consent ${consent.id}`;
  if (!consent.categories.includes(category.code)) {
    return { en: `${ref} does not cover \`${category.code}\`.`, ja: `同意（${consent.id}）は「${category.ja}」を対象としていません。` };
  }
  if (policy.needsDocumentedConsent(category) && !DOCUMENTED_METHODS.includes(consent.method)) {
    const kind = policy.isTaxSecret(category) ? 'tax data (地方税法 §22)' : 'special-care data (APPI art. 2(3))';
    return {
      en: `${ref} was given ${consent.method}; ${kind} needs written or electronic consent.`,
      ja: `同意（${consent.id}）は口頭によるもので、「${category.ja}」には書面または電磁的方法による同意が必要です。`,
    };
  }
  if (policy.isTaxSecret(category) && !consent.explanationGiven) {
    return {
      en: `${ref} does not record that the provision of tax data was fully explained (2011 MIC notice, point 3).`,
      ja: `同意（${consent.id}）には税務情報の提供について十分な説明を行った記録がありません。`,
    };
  }
  return undefined;
}

function unexpected(consent: Consent): Bilingual {
  return { en: `Consent ${consent.id} does not apply here.`, ja: `同意（${consent.id}）は適用されません。` };
}
