import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_POLICY } from './policy-settings';
import { EffectivePolicy } from './effective-policy';
import { PolicyVersion } from './policy-version';

/**
 * The policy in force, loaded once per version. Versions are append-only (a trigger refuses every
 * update and delete), so the newest version's id names its content exactly: each request reads that
 * id in the statement that looks up its actor (identity/actor.ts), and a policy changed by any
 * process is in force from the next request on, without a notification channel or a stale window.
 */
export class PolicyCache {
  private held?: { version: number; policy: Promise<EffectivePolicy> };

  /** The policy of `version` (0: the defaults, before any change). */
  at(em: EntityManager, version: number): Promise<EffectivePolicy> {
    if (this.held?.version === version) return this.held.policy;
    const policy = load(em, version);
    const held = { version, policy };
    this.held = held;
    policy.catch(() => {
      if (this.held === held) this.held = undefined;
    });
    return policy;
  }
}

async function load(em: EntityManager, version: number): Promise<EffectivePolicy> {
  if (version === 0) return new EffectivePolicy(DEFAULT_POLICY, 0);
  const found = await em.findOneOrFail(PolicyVersion, { id: version }, { disableIdentityMap: true });
  return new EffectivePolicy({ ...DEFAULT_POLICY, ...found.settings }, found.id);
}
