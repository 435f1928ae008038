import type { Bilingual } from '../../errors';
import { MembershipBody } from '../membership-body';
import { PURPOSE_GROUNDS } from '../../policy/purpose-grounds';
import type { Purpose } from '../../policy/purposes';
import { LegalRegime, OrganisationKind as Kind } from '../units';

/** A problem with one field of a directory record (shared by the mutations and the CSV import). */
export interface DirectoryProblem {
  field: string;
  reason: Bilingual;
}

const CODE = /^[a-z0-9][a-z0-9.\-]{1,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkCode(field: string, code: string): DirectoryProblem[] {
  return CODE.test(code) ? [] : [{ field, reason: { en: 'a code is 2–64 lower-case letters, digits, dots and hyphens', ja: 'コードは英小文字・数字・ピリオド・ハイフンの2〜64文字です' } }];
}

/** Municipalities and their public enterprises are public organs (APPI 2(11)); every other kind is a private operator (APPI 16(2)). */
export function regimeOfKind(kind: Kind): LegalRegime {
  return kind === Kind.MUNICIPALITY || kind === Kind.PUBLIC_ENTERPRISE ? LegalRegime.PUBLIC_ORGAN : LegalRegime.PRIVATE_OPERATOR;
}

export function checkOrganisation(org: { code: string; regime: LegalRegime; kind: Kind }): DirectoryProblem[] {
  const problems = checkCode('code', org.code);
  if (regimeOfKind(org.kind) !== org.regime) {
    problems.push({ field: 'regime', reason: { en: `an organisation of kind ${org.kind} is a ${regimeOfKind(org.kind)}`, ja: `種別 ${org.kind} の組織は ${regimeOfKind(org.kind)} です` } });
  }
  return problems;
}

function checkPeriod(field: string, from: string, until: string | null | undefined): DirectoryProblem[] {
  if (!DATE.test(from) || Number.isNaN(Date.parse(from))) return [{ field, reason: { en: 'not a date (YYYY-MM-DD)', ja: '日付（YYYY-MM-DD）ではありません' } }];
  if (until && (!DATE.test(until) || Number.isNaN(Date.parse(until)))) return [{ field, reason: { en: 'the end is not a date (YYYY-MM-DD)', ja: '終了日が日付（YYYY-MM-DD）ではありません' } }];
  if (until && until < from) return [{ field, reason: { en: 'ends before it starts', ja: '終了日が開始日より前です' } }];
  return [];
}

type OrgFacts = { code: string; regime: LegalRegime; kind: Kind } | undefined;

/**
 * A contract entrusts municipal services (委託) from a municipality to a private operator, performed
 * by one of the contractor's units; only services the law lets a municipality entrust can be named
 * (purpose-grounds.ts `contractable`).
 */
export function checkContract(
  contract: { code: string; services: readonly string[]; validFrom: string; validUntil?: string | null },
  client: OrgFacts,
  contractor: OrgFacts,
  unitOrganisation: string | undefined,
): DirectoryProblem[] {
  const problems = checkCode('code', contract.code);
  if (!client || client.kind !== Kind.MUNICIPALITY) problems.push({ field: 'clientCode', reason: { en: 'the client must be a municipality', ja: '委託者は市町村でなければなりません' } });
  if (!contractor || contractor.regime !== LegalRegime.PRIVATE_OPERATOR) {
    problems.push({ field: 'contractorCode', reason: { en: 'the contractor must be a private operator', ja: '受託者は民間事業者でなければなりません' } });
  }
  if (!unitOrganisation || unitOrganisation !== contractor?.code) problems.push({ field: 'unitCode', reason: { en: 'the unit must belong to the contractor', ja: '部署は受託者の部署でなければなりません' } });
  if (contract.services.length === 0) problems.push({ field: 'services', reason: { en: 'name at least one service', ja: '委託する事務を一つ以上指定してください' } });
  const notEntrustable = contract.services.filter((s) => !PURPOSE_GROUNDS[s as Purpose]?.contractable);
  if (notEntrustable.length) {
    problems.push({ field: 'services', reason: { en: `not a municipal service that can be entrusted: ${notEntrustable.join(', ')}`, ja: `委託できる市の事務ではありません：${notEntrustable.join('、')}` } });
  }
  return [...problems, ...checkPeriod('validFrom', contract.validFrom, contract.validUntil)];
}

/** A support meeting is convened by a municipality (§9(1)); a housing support council is a body of its own. */
export function checkMembership(membership: { code: string; body: MembershipBody; memberFrom: string; memberUntil?: string | null }, convener: OrgFacts, unitKnown: boolean): DirectoryProblem[] {
  const problems = checkCode('code', membership.code);
  const expected = membership.body === MembershipBody.SUPPORT_MEETING ? Kind.MUNICIPALITY : Kind.HOUSING_SUPPORT_COUNCIL;
  if (convener?.kind !== expected) problems.push({ field: 'convenerCode', reason: { en: `a ${membership.body} is convened by an organisation of kind ${expected}`, ja: `${membership.body} の招集者は種別 ${expected} の組織です` } });
  if (!unitKnown) problems.push({ field: 'unitCode', reason: { en: 'unknown unit', ja: '不明な部署です' } });
  return [...problems, ...checkPeriod('memberFrom', membership.memberFrom, membership.memberUntil)];
}
