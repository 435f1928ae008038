import type { AccessDecider } from '../policy/access-decider';
import { CATEGORIES } from '../policy/categories';
import type { Allowed } from '../policy/decision';
import { LegalBasis } from '../policy/legal-bases';
import type { Purpose } from '../policy/purposes';
import { RequestDenials } from './denials';
import { RequestScope } from './scope';

/**
 * BENCHMARK FLOOR ONLY (HubOptions.floorForBenchmarkOnly, never configuration): a scope in which
 * declaring a purpose reads no policy, admitting residents loads no facts and every decision is
 * "allowed" without evaluation — so the same resolvers serve the same values from the fewest
 * statements, the floor enforcement is measured against (bench/README.md). The hub that uses it
 * also has no field guard and no access log.
 */
export class FloorScope extends RequestScope {
  /** In an object of its own: Apollo hands resolvers a shallow copy of the scope (see RequestScope). */
  private readonly floor: { decider?: AccessDecider } = {};

  override get access(): AccessDecider | undefined {
    return this.floor.decider;
  }

  override async declarePurpose(purpose: Purpose): Promise<AccessDecider> {
    this.floor.decider ??= floorDecider(purpose);
    return this.floor.decider;
  }

  override async admit(): Promise<void> {}

  override async admitWithHousehold(): Promise<void> {}
}

const ALLOWED: Allowed = {
  allowed: true,
  category: CATEGORIES.PERSON_IDENTITY,
  holder: CATEGORIES.PERSON_IDENTITY.holder,
  basis: LegalBasis.WITHIN_PURPOSE,
  citation: { en: 'benchmark floor', ja: 'ベンチマーク下限' },
};

function floorDecider(purpose: Purpose): AccessDecider {
  const denials = new RequestDenials();
  return { purpose, denials, decide: () => ALLOWED, knows: () => true, decisions: () => [], decisionTally: () => new Map() } as unknown as AccessDecider;
}
