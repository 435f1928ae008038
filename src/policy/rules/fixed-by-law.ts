import type { Bilingual } from '../../errors';
import { findCategory } from '../categories';
import type { PolicySettings } from '../settings/policy-settings';
import { ADDRESS_PROTECTION } from './address-protection';
import { SPECIAL_CARE } from './special-care';
import { isTaxSecret, TAX_SECRECY, TAX_PURPOSES } from './tax-secrecy';

/** One change a policy version may not make, with the article that fixes it. */
export interface LawViolation {
  setting: string;
  reason: Bilingual;
}

/**
 * What the law fixes is not policy data (DESIGN.md §3): the municipality may widen the purposes a
 * category serves (APPI 61(3) / 17(2), within what is reasonably related), choose how NHI is levied,
 * put tax in a meeting's scope by ordinance, and the like — but no setting may make tax data,
 * special-care data or the DV flag flow where the law does not let it. `taxFields` are the
 * `Type.field` names that carry tax data, so a purpose's minimal set names only those.
 */
export function lawViolations(settings: PolicySettings, taxFields: ReadonlySet<string>): LawViolation[] {
  const violations: LawViolation[] = [];
  for (const [code, purposes] of Object.entries(settings.categoryPurposes)) {
    const category = findCategory(code);
    if (!category) continue;
    const added = purposes.filter((p) => !category.purposes.includes(p) && !Object.values(category.purposesByHolder ?? {}).some((ps) => ps.includes(p)));
    if (added.length === 0) continue;
    if (code === 'person.protection') {
      violations.push({
        setting: `categoryPurposes.${code}`,
        reason: {
          en: `Whether a resident is under the DV/stalking support measure serves only the resident register; it cannot be opened to ${added.join(', ')} (${ADDRESS_PROTECTION.en}).`,
          ja: `DV等支援措置の対象であることは住民記録事務以外に利用できません（${ADDRESS_PROTECTION.ja}）。`,
        },
      });
    } else if (isTaxSecret(category, settings) && added.some((p) => !TAX_PURPOSES.includes(p))) {
      violations.push({
        setting: `categoryPurposes.${code}`,
        reason: {
          en: `\`${code}\` is tax data: it serves tax purposes only, and reaches ${added.join(', ')} only with documented consent (${TAX_SECRECY.en}), not by policy.`,
          ja: `「${category.ja}」は税務情報であり、税務以外の目的には書面等による本人同意によってのみ提供されます（${TAX_SECRECY.ja}）。方針では変更できません。`,
        },
      });
    } else if (category.specialCare) {
      violations.push({
        setting: `categoryPurposes.${code}`,
        reason: {
          en: `\`${code}\` is special-care data (${SPECIAL_CARE.en}): other purposes reach it with the person's documented consent or through the support meeting, not by widening its purposes.`,
          ja: `「${category.ja}」は要配慮個人情報です（${SPECIAL_CARE.ja}）。他の目的での利用は書面等による本人同意または支援会議によるものとし、方針による目的の拡大はできません。`,
        },
      });
    }
  }
  for (const [purpose, fields] of Object.entries(settings.taxFieldsByPurpose)) {
    const other = (fields ?? []).filter((f) => !taxFields.has(f));
    if (other.length) {
      violations.push({
        setting: `taxFieldsByPurpose.${purpose}`,
        reason: {
          en: `Only fields carrying tax data belong in a purpose's minimal tax set; not: ${other.join(', ')}.`,
          ja: `税務情報の最小限の項目には税務情報の項目のみを指定できます（該当しない項目：${other.join('、')}）。`,
        },
      });
    }
  }
  return violations;
}
