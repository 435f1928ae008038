import type { Actor } from '../../identity/actor';
import type { Directory } from '../../organisation/directory';
import type { Bilingual } from '../../errors';
import type { DataCategory } from '../categories';
import type { LegalBasis } from '../legal-bases';
import type { Purpose } from '../purposes';
import type { EffectivePolicy } from '../settings/effective-policy';
import type { SubjectFacts } from '../subject-facts';

/** What every basis needs to know about the request. */
export interface PolicyContext {
  actor: Actor;
  purpose: Purpose;
  policy: EffectivePolicy;
  directory: Directory;
  now: Date;
  /** `now` as a local date, YYYY-MM-DD. */
  today: string;
}

/** A CASL raw rule over `PersonalData`, naming the basis (and the record) it stands for. */
export interface AccessRule {
  action: 'read';
  subject: 'PersonalData';
  conditions: Record<string, unknown>;
  reason: LegalBasis;
  basisRecordId?: string;
}

/**
 * One lawful basis as two pure functions over plain data: the rules it grants for one resident, and
 * why it grants nothing for a category (to explain a denial).
 */
export interface BasisModule {
  basis: LegalBasis;
  rules(context: PolicyContext, facts: SubjectFacts): AccessRule[];
  whyNot(context: PolicyContext, facts: SubjectFacts, category: DataCategory, holder: string): Bilingual;
}

export function readRule(reason: AccessRule['reason'], conditions: Record<string, unknown>, basisRecordId?: string): AccessRule {
  return { action: 'read', subject: 'PersonalData', conditions, reason, ...(basisRecordId ? { basisRecordId } : {}) };
}

export function joinReasons(reasons: Bilingual[]): Bilingual {
  return { en: reasons.map((r) => r.en).join(' '), ja: reasons.map((r) => r.ja).join('') };
}
