import { UNIT } from '../../organisation/units';

/**
 * Minimal disclosure (seed 000 Table 2-⑬, P3): "has this person consulted you?" is asked with one of
 * a fixed set of identifiers and answered yes or no per section, without content. The yes/no is
 * personal data: each section's answer needs a basis like any field (typically the consent taken at
 * the asking counter); the rule minimises what is exchanged, it does not replace the basis.
 *
 * A lookup must not be an oracle: an asker gets the same answer whether or not its identifiers single
 * out a resident. When they do not (no one, or several), the answer is about nobody
 * (UNMATCHED_SUBJECT): no consent, case or emergency concerns nobody and nobody consulted anywhere,
 * so every section answers as it would for a resident the asker has no basis for — or, for the
 * asker's own section, "no". Every lookup, hit or miss, is logged with the identifiers it was given,
 * and each actor's lookups are rate-limited (request/lookup-quota.ts).
 *
 * A resident under the DV/stalking support measure is never singled out by an address outside the
 * register that holds it (rules/address-protection.ts): a match would confirm where they live.
 */
export function mayMatchByAddress(actorUnit: string, dvProtection: boolean): boolean {
  return !dvProtection || actorUnit === UNIT.RESIDENT_REGISTRY;
}
