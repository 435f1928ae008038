import type { Bilingual } from '../../errors';
import { CATEGORIES, type DataCategory } from '../categories';
import { Purpose } from '../purposes';
import type { PolicySettings } from '../settings/policy-settings';

/**
 * Tax secrecy (地方税法 §22, 地方公務員法 §34; the 2011 MIC notice in seed 003 L9366–9400 with its
 * consent-form template). Tax data leaves the tax office only with documented (written or
 * electronic) consent that names the purpose and the recipient and records that the provision was
 * fully explained, and only in the fields the purpose needs (point 1: 当該施策の実施に必要な範囲).
 * Not through a support meeting nor in an emergency, unless the municipality decided otherwise by
 * ordinance or rule (`taxViaSupportMeeting`, `taxInEmergency`). This is the one place that says so.
 */
export const TAX_SECRECY: Bilingual = { en: 'Local Tax Act art. 22 (地方税法 §22)', ja: '地方税法第22条' };

/** The purposes tax data is collected for: the tax office's and the NHI section's own work. */
export const TAX_PURPOSES: readonly Purpose[] = [Purpose.TAX_ASSESSMENT_AND_COLLECTION, Purpose.NHI_ADMINISTRATION];

/** NHI levied as a tax (国民健康保険税) is tax data; as a premium (保険料) it is not. */
export function isTaxSecret(category: DataCategory, settings: Pick<PolicySettings, 'nhiLevy'>): boolean {
  if (category.code === CATEGORIES.NHI_ARREARS.code) return settings.nhiLevy === 'TAX';
  return category.taxSecret === true;
}

/** The tax office's own use within purpose is unrestricted; every other basis gets only these fields (`Type.field`). */
export function taxFieldsFor(purpose: Purpose, settings: Pick<PolicySettings, 'taxFieldsByPurpose'>): ReadonlySet<string> {
  return new Set(settings.taxFieldsByPurpose[purpose] ?? []);
}

/** Why a consent cannot release tax data, if it cannot (the method and the recorded explanation). */
export function taxConsentDefect(consent: { method: string; explanationGiven: boolean }, documented: boolean): Bilingual | undefined {
  if (!documented) {
    return {
      en: `Tax data needs written or electronic consent (${TAX_SECRECY.en}); this consent was given ${consent.method}.`,
      ja: `税務情報には書面または電磁的方法による同意が必要です（${TAX_SECRECY.ja}）。`,
    };
  }
  if (!consent.explanationGiven) {
    return {
      en: `The consent does not record that the provision of tax data was fully explained (2011 MIC notice, point 3; ${TAX_SECRECY.en}).`,
      ja: `税務情報の提供について十分な説明を行った記録がありません（${TAX_SECRECY.ja}）。`,
    };
  }
  return undefined;
}

export function taxNotViaMeeting(category: DataCategory): Bilingual {
  return {
    en: `Tax data (\`${category.code}\`) does not flow through a support meeting (${TAX_SECRECY.en}); it needs documented consent.`,
    ja: `税務情報（「${category.ja}」）は支援会議を通じて提供できません（${TAX_SECRECY.ja}）。書面等による同意が必要です。`,
  };
}

export function taxNotInEmergency(category: DataCategory): Bilingual {
  return {
    en: `Tax data (\`${category.code}\`) is not opened by an emergency (${TAX_SECRECY.en}); it needs documented consent.`,
    ja: `税務情報（「${category.ja}」）は緊急対応では提供できません（${TAX_SECRECY.ja}）。`,
  };
}

export function taxFieldNotNeeded(field: string, purpose: Purpose): Bilingual {
  return {
    en: `${field} is not among the tax fields the purpose ${purpose} needs (${TAX_SECRECY.en}; 2011 MIC notice: only what the measure needs).`,
    ja: `${field}は利用目的に必要な範囲の税務情報に含まれません（${TAX_SECRECY.ja}）。`,
  };
}

export const ASK_ONLY_NEEDED_TAX_FIELDS: Bilingual = {
  en: "Ask only for the fields the purpose needs, or have the municipality's policy (taxFieldsByPurpose) extended.",
  ja: '利用目的に必要な項目のみを照会してください。',
};

export function taxConsentRemedy(target: string, targetJa: string): Bilingual {
  return {
    en: `Obtain written or electronic consent ${target}, recording that it was fully explained (${TAX_SECRECY.en}: tax data leaves the tax office only with documented consent).`,
    ja: `本人から、${targetJa}書面または電磁的方法による同意を、十分な説明のうえで得てください（${TAX_SECRECY.ja}）。`,
  };
}
