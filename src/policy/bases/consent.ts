import type { Consent } from '../../consent/entities';
import { isDocumented } from '../../consent/enums';
import type { Bilingual } from '../../errors';
import { type DataCategory, findCategory } from '../categories';
import { LegalBasis } from '../legal-bases';
import { PURPOSE_NAMES } from '../purposes';
import { specialCareConsentDefect } from '../rules/special-care';
import { taxConsentDefect } from '../rules/tax-secrecy';
import { type BasisModule, joinReasons, type PolicyContext, readRule } from './basis-module';

/**
 * Consent (APPI 69(2)(i) / 27(1)): an active consent of the resident names the actor's unit or
 * organisation as recipient, covers the declared purpose and the category, releases data of the
 * holder (its data controllers), and was taken by a method strong enough for the category
 * (rules/special-care.ts, rules/tax-secrecy.ts). A consent its own recipient recorded releases
 * special-care or tax data only once a second person has confirmed it.
 *
 * A denial names a consent only to a unit that may know it: the unit that recorded it, or a
 * recipient acting for one of its purposes. Anyone else is told the same as for a resident without
 * any consent (DESIGN.md §3: no protected fact in an explanation).
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
      const holders = releasedHolders(context, consent);
      return categories.length && holders.length
        ? [readRule(LegalBasis.CONSENT, { subject: facts.subject, category: { $in: categories }, holder: { $in: holders } }, consent.id)]
        : [];
    });
  },

  whyNot(context, facts, category, holder) {
    const known = facts.consents.filter((consent) => mayBeTold(context, consent));
    if (known.length === 0) return noConsent(context, category, holder);
    return joinReasons(
      known.map(
        (consent) =>
          whyConsentUnusable(context, consent) ??
          whyCategoryNotCovered(context, consent, category) ??
          whyHolderNotReleased(context, consent, holder) ?? { en: `Consent ${consent.id} does not apply here.`, ja: `同意（${consent.id}）は適用されません。` },
      ),
    );
  },
};

/** The unit that recorded the consent, or a recipient acting for one of its purposes. */
function mayBeTold({ actor, purpose }: PolicyContext, consent: Consent): boolean {
  if (consent.controllerUnit === actor.unitCode) return true;
  return namesActor(actor, consent.recipients) && consent.purposes.includes(purpose);
}

function namesActor(actor: PolicyContext['actor'], codes: readonly string[]): boolean {
  return codes.includes(actor.unitCode) || codes.includes(actor.organisationCode);
}

/** The units whose records the consent releases: each data controller, an organisation standing for its units. */
function releasedHolders({ directory }: PolicyContext, consent: Consent): string[] {
  return (consent.dataControllers ?? []).flatMap((code) => (directory.unit(code) ? [code] : directory.unitsHeldBy(code)));
}

function noConsent({ actor, purpose }: PolicyContext, category: DataCategory, holder: string): Bilingual {
  return {
    en: `No consent of this resident that names your unit (${actor.unitCode}) as recipient covers \`${category.code}\` held by ${holder} for the purpose ${purpose}.`,
    ja: `貴所属（${actor.unitCode}）を受領者とし、${holder}が保有する「${category.ja}」を利用目的「${PURPOSE_NAMES[purpose].ja}」について対象とする本人同意の記録がありません。`,
  };
}

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
  if (!namesActor(actor, consent.recipients)) {
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
  const documented = isDocumented(consent);
  const taxSecret = policy.isTaxSecret(category);
  const defect = taxSecret ? taxConsentDefect(consent, documented) : category.specialCare ? specialCareConsentDefect(consent.method, documented) : undefined;
  if (defect) return { en: `${ref}: ${defect.en}`, ja: `同意（${consent.id}）：${defect.ja}` };
  if ((taxSecret || category.specialCare) && consent.confirmationRequired && !consent.confirmedAt) {
    return {
      en: `${ref} was recorded by its own recipient and releases special-care or tax data only once a second person (the holder) has confirmed it.`,
      ja: `同意（${consent.id}）は受領者自身が記録したもので、要配慮個人情報・税務情報は保有者による確認の後に提供されます。`,
    };
  }
  return undefined;
}

function whyHolderNotReleased(context: PolicyContext, consent: Consent, holder: string): Bilingual | undefined {
  if (releasedHolders(context, consent).includes(holder)) return undefined;
  return {
    en: `Consent ${consent.id} releases data held by ${consent.dataControllers.join(', ')}, not by ${holder}.`,
    ja: `同意（${consent.id}）の対象は${consent.dataControllers.join('、')}が保有する情報であり、${holder}の情報は含まれません。`,
  };
}
