import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import type { Bilingual } from '../server/errors';
import type { DataCategory } from './categories';
import type { BasisFailure } from './decision';
import { LegalBasis } from './legal-bases';
import { PURPOSE_NAMES, type Purpose } from './purposes';

/** Readable reasons (English and Japanese) for denials, and the remedy that would make access lawful. */
export function withinPurposeFailure(actor: Actor, purpose: Purpose, category: DataCategory, holder: string, directory: Directory): BasisFailure {
  const holderUnit = directory.unit(holder);
  const holderName = holderUnit?.name ?? holder;
  if (!holderUnit || holderUnit.holdingOrganisationCode !== actor.holdingOrganisationCode) {
    return {
      basis: LegalBasis.WITHIN_PURPOSE,
      reason: {
        en: `\`${category.code}\` is held by ${holderName} (${holder}), outside your organisation; using it within the purpose of collection is open only to its holder.`,
        ja: `「${category.ja}」は${holderName}が保有する情報であり、利用目的の範囲内での利用は保有者に限られます。`,
      },
    };
  }
  const collectedFor = category.purposes.map((p) => p).join(', ');
  return {
    basis: LegalBasis.WITHIN_PURPOSE,
    reason: {
      en: `\`${category.code}\` was collected for ${collectedFor}; the declared purpose ${purpose} is not one of them.`,
      ja: `「${category.ja}」の利用目的は${category.purposes.map((p) => PURPOSE_NAMES[p].ja).join('・')}であり、申告された利用目的「${PURPOSE_NAMES[purpose].ja}」は含まれません。`,
    },
  };
}

export function remedyFor(actor: Actor, purpose: Purpose, category: DataCategory): Bilingual {
  const target = `covering \`${category.code}\` for recipient \`${actor.unitCode}\`, purpose \`${purpose}\``;
  if (category.taxSecret) {
    return {
      en: `Obtain the resident's written or electronic consent ${target} (地方税法 §22: tax data leaves the tax office only with documented consent).`,
      ja: `本人から、受領者「${actor.unitCode}」・利用目的「${PURPOSE_NAMES[purpose].ja}」・「${category.ja}」を明記した書面または電磁的方法による同意を得てください（地方税法第22条）。`,
    };
  }
  if (category.specialCare) {
    return {
      en: `Obtain the resident's written or electronic consent ${target} (special-care data: oral consent does not cover it), or table the case at the support meeting.`,
      ja: `本人から「${category.ja}」について書面または電磁的方法による同意を得るか（要配慮個人情報のため口頭同意は不可）、支援会議に事案を諮ってください。`,
    };
  }
  return {
    en: `Obtain the resident's consent ${target}, or table the case at the support meeting (生活困窮者自立支援法 §9), or, where life, body or property is at risk and consent is hard to obtain, declare an emergency.`,
    ja: `本人から「${category.ja}」について受領者「${actor.unitCode}」・利用目的「${PURPOSE_NAMES[purpose].ja}」の同意を得るか、支援会議（生活困窮者自立支援法第9条）に事案を諮るか、生命・身体・財産の保護のため同意を得ることが困難な場合は緊急対応を申告してください。`,
  };
}
