import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import { type AccessAbility, buildAbility } from './ability';
import type { DataCategory } from './categories';
import type { Decision } from './decision';
import { remedyFor, withinPurposeFailure } from './explanations';
import { citationFor, LegalBasis } from './legal-bases';
import type { Purpose } from './purposes';

export interface DecisionRecord {
  subject: string;
  decision: Decision;
  /** The GraphQL fields (`Type.field`) resolved or refused under this decision. */
  fields: Set<string>;
}

/**
 * Decides, for one request, whether the actor may see a category of one resident's data held by
 * one unit. Synchronous and memoised per (subject, category, holder): a list of 5,000 residents
 * with 30 fields each costs 5,000 × (categories) ability checks, not 150,000.
 */
export class AccessDecider {
  private readonly ability: AccessAbility;
  private readonly memo = new Map<string, DecisionRecord>();

  constructor(
    readonly actor: Actor,
    readonly purpose: Purpose,
    private readonly directory: Directory,
  ) {
    this.ability = buildAbility(actor, purpose, directory);
  }

  /** Decides one access; `field` (e.g. `TaxArrears.amountYen`) is remembered for the access log. */
  decide(subject: string, category: DataCategory, holder: string, field?: string): Decision {
    const key = `${subject}\u0000${category.code}\u0000${holder}`;
    let record = this.memo.get(key);
    if (!record) {
      record = { subject, decision: this.evaluate(subject, category, holder), fields: new Set() };
      this.memo.set(key, record);
    }
    if (field) record.fields.add(field);
    return record.decision;
  }

  /** Every decision taken in this request, one per (subject, category, holder), for the access log. */
  decisions(): Iterable<DecisionRecord> {
    return this.memo.values();
  }

  private evaluate(subject: string, category: DataCategory, holder: string): Decision {
    const rule = this.ability.relevantRuleFor('read', { subject, category: category.code, holder } as never);
    const regime = this.directory.unit(holder)?.regime;
    if (rule && !rule.inverted && regime) {
      const basis = rule.reason as LegalBasis;
      return { allowed: true, category, holder, basis, citation: citationFor(basis, regime) };
    }
    return {
      allowed: false,
      category,
      holder,
      failures: [withinPurposeFailure(this.actor, this.purpose, category, holder, this.directory)],
      remedy: remedyFor(this.actor, this.purpose, category),
    };
  }
}
