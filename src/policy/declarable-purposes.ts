import type { Bilingual } from '../errors';
import type { MembershipBody } from '../organisation/membership-body';
import { LegalRegime, type OrganisationKind } from '../organisation/units';
import { DeclarationGround, PURPOSE_GROUNDS } from './purpose-grounds';
import { PURPOSE_NAMES, Purpose } from './purposes';
import { contractEntrusting, notEntrusted } from './rules/contracted-operators';

/** What decides which purposes a unit may declare. */
export interface UnitStanding {
  regime: LegalRegime;
  kind: OrganisationKind;
  /** The purposes assigned to the unit in the directory. */
  assigned: readonly string[];
  /** Contracts in force that the unit performs, with the services they entrust. */
  contracts: readonly { code: string; services: readonly string[] }[];
  /** Bodies the unit is a current member of. */
  memberships: readonly MembershipBody[];
}

export interface Declarable {
  purpose: Purpose;
  via: DeclarationGround;
  ground: Bilingual;
  /** The contract, when declared under one. */
  contract?: string;
}

export interface RefusedPurpose {
  purpose: string;
  reason: Bilingual;
}

const isPurpose = (code: string): code is Purpose => code in PURPOSE_GROUNDS;

/**
 * The purposes a unit may declare: those assigned to it that the law lets it declare
 * (purpose-grounds.ts). A unit performing a contract declares the contracted services and nothing
 * of its organisation's own business (rules/contracted-operators.ts).
 * Everything else is refused (deny by default), each with the reason.
 */
export function declarablePurposes(standing: UnitStanding): { declarable: Declarable[]; refused: RefusedPurpose[] } {
  const declarable: Declarable[] = [];
  const refused: RefusedPurpose[] = [];
  for (const code of standing.assigned) {
    if (!isPurpose(code)) {
      refused.push({ purpose: code, reason: { en: `${code} is not a purpose the hub knows.`, ja: `${code} は登録されていない利用目的です。` } });
      continue;
    }
    const found = groundOf(code, standing);
    if (found) declarable.push({ purpose: code, ground: PURPOSE_GROUNDS[code].ground, ...found });
    else refused.push({ purpose: code, reason: whyNot(code, standing) });
  }
  return { declarable, refused };
}

function groundOf(purpose: Purpose, standing: UnitStanding): { via: DeclarationGround; contract?: string } | undefined {
  const ground = PURPOSE_GROUNDS[purpose];
  if (ground.anyone) return { via: DeclarationGround.ANYONE };
  if (ground.bodyOf && standing.memberships.includes(ground.bodyOf)) return { via: DeclarationGround.MEMBERSHIP };
  if (standing.contracts.length > 0) {
    const contract = ground.contractable ? contractEntrusting(purpose, standing.contracts) : undefined;
    return contract ? { via: DeclarationGround.CONTRACT, contract } : undefined;
  }
  if (standing.regime === LegalRegime.PUBLIC_ORGAN && ground.functionOf?.includes(standing.kind)) return { via: DeclarationGround.PUBLIC_FUNCTION };
  if (standing.regime === LegalRegime.PRIVATE_OPERATOR && ground.businessOf?.includes(standing.kind)) return { via: DeclarationGround.OWN_BUSINESS };
  return undefined;
}

function whyNot(purpose: Purpose, standing: UnitStanding): Bilingual {
  const name = PURPOSE_NAMES[purpose];
  if (standing.contracts.length > 0) return notEntrusted(purpose, name.ja);
  if (standing.regime === LegalRegime.PRIVATE_OPERATOR) {
    return {
      en: `${purpose} is neither this private operator’s own business (APPI 17(1)) nor the service of a contract it holds, nor the purpose of a body it sits in.`,
      ja: `「${name.ja}」はこの事業者自らの事業（個人情報保護法第17条第1項）でも、受託した事務でも、構成員である会議体の目的でもありません。`,
    };
  }
  return {
    en: `${purpose} is not a function the law gives this kind of public organ (APPI 61(1)).`,
    ja: `「${name.ja}」はこの種別の行政機関等の所掌事務ではありません（個人情報保護法第61条第1項）。`,
  };
}
