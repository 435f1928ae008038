import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_POLICY, type PolicySettings } from './policy-settings';
import { EffectivePolicy } from './effective-policy';
import { PolicyVersion } from './policy-version';

/** Reads the policy in force (the newest version; the defaults before any change). */
export async function currentPolicy(em: EntityManager): Promise<EffectivePolicy> {
  const [latest] = await em.find(PolicyVersion, {}, { orderBy: { id: 'desc' }, limit: 1, disableIdentityMap: true });
  return latest ? new EffectivePolicy({ ...DEFAULT_POLICY, ...latest.settings }, latest.id) : new EffectivePolicy(DEFAULT_POLICY, 0);
}

/** Records a new version of the policy; the old ones stay as its history. */
export async function changePolicy(em: EntityManager, settings: PolicySettings, changedBy: string, reason: string): Promise<PolicyVersion> {
  const version = em.create(PolicyVersion, { settings, changedBy, reason, changedAt: new Date() });
  await em.persistAndFlush(version);
  return version;
}
