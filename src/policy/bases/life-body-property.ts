import type { Emergency } from '../../emergency/entities';
import { LegalRegime } from '../../organisation/units';
import type { Bilingual } from '../../errors';
import { type DataCategory, findCategory } from '../categories';
import { LegalBasis } from '../legal-bases';
import { emergencyPurposeMatches, emergencyServesOnly } from '../rules/purpose-binding';
import { taxNotInEmergency } from '../rules/tax-secrecy';
import { type BasisModule, joinReasons, type PolicyContext, readRule } from './basis-module';

/**
 * Protection of life, body or property when consent is hard to obtain (APPI 27(1)(ii) for private
 * holders; 69(2)(iv) for public organs where the municipality's policy allows): an unexpired
 * emergency the actor's unit declared for this resident, listing the category, under the declared
 * purpose PROTECTION_OF_LIFE_BODY_PROPERTY. Tax data stays out unless policy says otherwise.
 * Only the declaring unit's own emergencies are loaded, so a denial never speaks of another unit's.
 */
export const lifeBodyPropertyBasis: BasisModule = {
  basis: LegalBasis.LIFE_BODY_PROPERTY,

  rules(context, facts) {
    return facts.emergencies.flatMap((emergency) => {
      if (whyEmergencyUnusable(context, emergency)) return [];
      const categories = emergency.categories.filter((code) => {
        const category = findCategory(code);
        return category !== undefined && !whyCategoryNotCovered(context, emergency, category);
      });
      const conditions: Record<string, unknown> = { subject: facts.subject, category: { $in: categories } };
      if (!context.policy.settings.publicOrganLifeProtection) conditions.holder = { $in: privateHolders(context) };
      return categories.length ? [readRule(LegalBasis.LIFE_BODY_PROPERTY, conditions, emergency.id)] : [];
    });
  },

  whyNot(context, facts, category, holder) {
    if (facts.emergencies.length === 0) {
      return {
        en: 'Your unit has declared no emergency (protection of life, body or property) for this resident.',
        ja: '貴所属はこの住民について生命・身体・財産の保護のための緊急対応を申告していません。',
      };
    }
    return joinReasons(
      facts.emergencies.map(
        (emergency) =>
          whyEmergencyUnusable(context, emergency) ??
          whyCategoryNotCovered(context, emergency, category) ??
          whyHolderExcluded(context, holder) ?? { en: `Emergency ${emergency.id} does not apply here.`, ja: `緊急対応（${emergency.id}）は適用されません。` },
      ),
    );
  },
};

function privateHolders({ directory }: PolicyContext): string[] {
  return directory.allUnits().filter((u) => u.regime === LegalRegime.PRIVATE_OPERATOR).map((u) => u.code);
}

function whyEmergencyUnusable({ now, purpose }: PolicyContext, emergency: Emergency): Bilingual | undefined {
  if (emergency.endedAt && emergency.endedAt <= now) {
    return { en: `Emergency ${emergency.id} was ended at ${emergency.endedAt.toISOString()}.`, ja: `緊急対応（${emergency.id}）は終了しています。` };
  }
  if (emergency.expiresAt <= now) {
    return { en: `Emergency ${emergency.id} expired at ${emergency.expiresAt.toISOString()}.`, ja: `緊急対応（${emergency.id}）は期限切れです。` };
  }
  if (!emergencyPurposeMatches(purpose)) return emergencyServesOnly(purpose);
  return undefined;
}

function whyCategoryNotCovered({ policy }: PolicyContext, emergency: Emergency, category: DataCategory): Bilingual | undefined {
  if (!emergency.categories.includes(category.code)) {
    return { en: `Emergency ${emergency.id} does not list \`${category.code}\`.`, ja: `緊急対応（${emergency.id}）は「${category.ja}」を対象としていません。` };
  }
  if (policy.isTaxSecret(category) && !policy.settings.taxInEmergency) return taxNotInEmergency(category);
  return undefined;
}

function whyHolderExcluded(context: PolicyContext, holder: string): Bilingual | undefined {
  if (context.policy.settings.publicOrganLifeProtection || privateHolders(context).includes(holder)) return undefined;
  return {
    en: `The municipality's policy does not let public organs provide data in an emergency (APPI 69(2)(iv)); ${holder} is a public organ.`,
    ja: `本市の方針により、公的機関（${holder}）は緊急対応での提供を行いません。`,
  };
}
