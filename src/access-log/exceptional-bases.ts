import { LegalBasis } from '../policy/legal-bases';

/**
 * The bases other than use within the purpose of collection: consent, the support meeting and
 * the protection of life, body or property. Records with such an access are indexed on their own
 * (newest first), and a search for these bases restates this predicate word for word so that
 * PostgreSQL can use that partial index.
 */
export const EXCEPTIONAL_BASES = [LegalBasis.CONSENT, LegalBasis.SUPPORT_MEETING, LegalBasis.LIFE_BODY_PROPERTY] as const;

export const EXCEPTIONAL_BASES_SQL = `'{${EXCEPTIONAL_BASES.join(',')}}'::text[]`;

export function onlyExceptional(bases: readonly string[]): boolean {
  return bases.length > 0 && bases.every((basis) => (EXCEPTIONAL_BASES as readonly string[]).includes(basis));
}
