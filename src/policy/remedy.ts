import type { Actor } from '../identity/actor';
import type { Bilingual } from '../errors';
import type { DataCategory } from './categories';
import { PURPOSE_NAMES, type Purpose } from './purposes';
import { isSpecialCare, specialCareRemedy } from './rules/special-care';
import { taxConsentRemedy } from './rules/tax-secrecy';
import type { EffectivePolicy } from './settings/effective-policy';

/** What would make a denied access lawful, in English and Japanese: the same for every resident. */
export function remedyFor(actor: Actor, purpose: Purpose, category: DataCategory, policy: EffectivePolicy): Bilingual {
  const target = `covering \`${category.code}\` for recipient \`${actor.unitCode}\`, purpose \`${purpose}\``;
  const targetJa = `受領者「${actor.unitCode}」・利用目的「${PURPOSE_NAMES[purpose].ja}」・「${category.ja}」を明記した`;
  if (policy.isTaxSecret(category)) return taxConsentRemedy(target, targetJa);
  if (isSpecialCare(category)) return specialCareRemedy(target, targetJa);
  return {
    en: `Obtain the resident's consent ${target}, or table the case at the support meeting (生活困窮者自立支援法 §9), or, where life, body or property is at risk and consent is hard to obtain, declare an emergency.`,
    ja: `本人から${targetJa}同意を得るか、支援会議（生活困窮者自立支援法第9条）に事案を付議するか、生命・身体・財産の保護のため同意を得ることが困難な場合は緊急対応を申告してください。`,
  };
}
