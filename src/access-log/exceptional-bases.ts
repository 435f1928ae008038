import { LegalBasis } from '../policy/legal-bases';

/**
 * The bases other than use within the purpose of collection: consent, the support meeting and
 * the protection of life, body or property. Records with an access on such a basis are flagged
 * (`has_exceptional_basis`, decision-set.ts) and indexed on their own, newest first.
 */
export const EXCEPTIONAL_BASES = [LegalBasis.CONSENT, LegalBasis.SUPPORT_MEETING, LegalBasis.LIFE_BODY_PROPERTY] as const;

export function onlyExceptional(bases: readonly string[]): boolean {
  return bases.length > 0 && bases.every((basis) => (EXCEPTIONAL_BASES as readonly string[]).includes(basis));
}
