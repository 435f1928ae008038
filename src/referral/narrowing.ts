import type { Bilingual } from '../errors';
import type { DataCategory } from '../policy/categories';
import { ADDRESS_PROTECTION } from '../policy/rules/address-protection';
import { taxNotViaMeeting } from '../policy/rules/tax-secrecy';
import type { EffectivePolicy } from '../policy/settings/effective-policy';

/**
 * A referral is a provision of the referring unit's data to the meeting's secretariat, based on law
 * (生活困窮者自立支援法 §9; APPI 69(1) / 27(1)(i)), so the rules that narrow a read narrow it too:
 * tax data does not flow through the meeting unless the municipality's policy says so
 * (rules/tax-secrecy.ts), and where the person lives is never sent with a referral — for every
 * resident alike, so that a refusal says nothing about who is under the DV/stalking support measure
 * (rules/address-protection.ts); the secretariat reads an address from the register where a basis
 * allows. Special-care data may be referred: a provision based on law covers it (APPI 27(1)(i)).
 */
export function whyNotReferable(category: DataCategory, policy: EffectivePolicy): Bilingual | undefined {
  if (policy.isTaxSecret(category) && !policy.settings.taxViaSupportMeeting) return taxNotViaMeeting(category);
  if (category.revealsAddress) {
    return {
      en: `A referral does not carry where the person lives (\`${category.code}\`); the secretariat reads an address from the register where a basis allows (${ADDRESS_PROTECTION.en}).`,
      ja: `気になる事案の通知には居所に関する情報（「${category.ja}」）を含めません。事務局は根拠がある場合に住民記録から確認します（${ADDRESS_PROTECTION.ja}）。`,
    };
  }
  return undefined;
}
