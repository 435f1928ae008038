import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessLog } from '../access-log/access-log';
import { AuditTrail } from '../access-log/audit-trail';
import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import { AccessDecider } from '../policy/access-decider';
import { PURPOSE_NAMES, type Purpose } from '../policy/purposes';
import type { EffectivePolicy } from '../policy/settings/effective-policy';
import { currentPolicy } from '../policy/settings/policy-store';
import type { FactsView } from '../policy/facts-cache';
import { SubjectFactsLoader } from '../policy/subject-facts-loader';
import { ErrorCode, hubError } from '../errors';
import type { LookupQuota } from './lookup-quota';
import type { Loaders } from '../server/loaders';

/**
 * Everything one GraphQL request knows: who asks, for what purpose, its batch loaders, and its
 * audit trail (what goes to the access log before the response leaves: plugin.ts).
 */
export class RequestScope {
  readonly trail: AuditTrail;
  /**
   * What the request learns as it runs, kept in one object: Apollo hands resolvers and plugins a
   * shallow copy of the context, so state kept in fields of its own would differ between them.
   */
  private readonly state: { decider?: AccessDecider; pendingDecider?: Promise<AccessDecider>; factsLoader?: SubjectFactsLoader } = {};

  constructor(
    readonly requestId: string,
    private readonly actorOrNull: Actor | null,
    readonly directory: Directory,
    readonly loaders: Loaders,
    /** Entity manager of the core domain (policy, consents, meetings, emergencies) for this request. */
    readonly coreEm: EntityManager,
    log: AccessLog,
    /** Per-actor limit on lookups by identifiers. */
    readonly lookups: LookupQuota,
    /** The policy in force for this request (the hub's cache, keyed by the version read with the actor). */
    private readonly policyInForce: () => Promise<EffectivePolicy> = () => currentPolicy(coreEm),
    /** The facts the hub holds, at the version read with the actor (src/policy/facts-cache.ts); none: load them all. */
    private readonly cachedFacts: () => FactsView | undefined = () => undefined,
  ) {
    this.trail = new AuditTrail(log, this);
  }

  get actor(): Actor {
    if (!this.actorOrNull) {
      throw hubError(ErrorCode.UNAUTHENTICATED, {
        en: 'This operation needs a bearer token (Authorization: Bearer …).',
        ja: 'この操作には認証トークンが必要です。',
      });
    }
    return this.actorOrNull;
  }

  /** Refuses a request without a valid token (for fields open to every signed-in actor). */
  requireSignedIn(): void {
    void this.actor;
  }

  /** The decider for the purpose this request declared, if it declared one. */
  get access(): AccessDecider | undefined {
    return this.state.decider;
  }

  /**
   * Declares the request's purpose. A unit may declare only the purposes of its own work, and one
   * request serves one purpose (two root fields with different purposes are refused). The policy in
   * force is taken once per request.
   */
  async declarePurpose(purpose: Purpose): Promise<AccessDecider> {
    const actor = this.actor;
    if (!this.directory.mayDeclare(actor.unitCode, purpose)) {
      throw hubError(ErrorCode.PURPOSE_NOT_PERMITTED, {
        en: `Your unit (${actor.unitCode}) may not declare the purpose ${purpose}.`,
        ja: `所属（${actor.unitCode}）は利用目的「${PURPOSE_NAMES[purpose].ja}」を申告できません。`,
      });
    }
    this.state.pendingDecider ??= this.policyInForce().then((policy) => new AccessDecider(actor, purpose, this.directory, policy));
    const decider = await this.state.pendingDecider;
    if (decider.purpose !== purpose) {
      throw hubError(ErrorCode.PURPOSE_CONFLICT, {
        en: `This request already declared the purpose ${decider.purpose}; one request serves one purpose.`,
        ja: '一つのリクエストで申告できる利用目的は一つです。',
      });
    }
    this.state.decider = decider;
    return decider;
  }

  /**
   * Loads what can grant or narrow access to these residents (consents, meeting cases, emergencies,
   * DV protection) before any of their fields is decided. The field guard admits the subjects of
   * every personal record a resolver returns; a field of a resident not admitted is refused.
   */
  async admit(residentNumbers: Iterable<string>): Promise<void> {
    const decider = this.state.decider;
    if (!decider) return;
    const pending = new Set<string>();
    for (const n of residentNumbers) if (!decider.knows(n)) pending.add(n);
    if (pending.size === 0) return;
    for (const facts of await this.factsLoader(decider).load([...pending])) decider.addFacts(facts);
  }

  /** Whether every one of these residents is admitted already, so that `admit` has nothing to load. */
  admitsAll(residentNumbers: string[]): boolean {
    const decider = this.state.decider;
    return !decider || residentNumbers.every((n) => decider.knows(n));
  }

  /** Admits one resident and everyone in their household, in one statement (a resident's page shows the household). */
  async admitWithHousehold(residentNumber: string): Promise<void> {
    const decider = this.state.decider;
    if (!decider || decider.knows(residentNumber)) return;
    for (const facts of await this.factsLoader(decider).loadWithHousehold(residentNumber)) decider.addFacts(facts);
  }

  private factsLoader(decider: AccessDecider): SubjectFactsLoader {
    return (this.state.factsLoader ??= new SubjectFactsLoader(this.coreEm, decider.actor, this.cachedFacts()));
  }
}
