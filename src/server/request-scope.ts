import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import { AccessDecider } from '../policy/access-decider';
import { mayDeclare } from '../policy/declarable-purposes';
import { PURPOSE_NAMES, type Purpose } from '../policy/purposes';
import { currentPolicy } from '../policy/settings/policy-store';
import { type SubjectRef, SubjectFactsLoader } from '../policy/subject-facts-loader';
import { ErrorCode, hubError } from './errors';
import type { Loaders } from './loaders';

/** Everything one GraphQL request knows: who asks, for what purpose, and its batch loaders. */
export class RequestScope {
  private decider?: AccessDecider;
  private pendingDecider?: Promise<AccessDecider>;
  private factsLoader?: SubjectFactsLoader;

  constructor(
    readonly requestId: string,
    private readonly actorOrNull: Actor | null,
    readonly directory: Directory,
    readonly loaders: Loaders,
    /** Entity manager of the core domain (policy, consents, meetings, emergencies) for this request. */
    readonly coreEm: EntityManager,
  ) {}

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
    return this.decider;
  }

  /**
   * Declares the request's purpose. A unit may declare only the purposes of its own work, and one
   * request serves one purpose (two root fields with different purposes are refused). The policy in
   * force is read once per request.
   */
  async declarePurpose(purpose: Purpose): Promise<AccessDecider> {
    const actor = this.actor;
    if (!mayDeclare(actor.unitCode, purpose)) {
      throw hubError(ErrorCode.PURPOSE_NOT_PERMITTED, {
        en: `Your unit (${actor.unitCode}) may not declare the purpose ${purpose}.`,
        ja: `所属（${actor.unitCode}）は利用目的「${PURPOSE_NAMES[purpose].ja}」を申告できません。`,
      });
    }
    this.pendingDecider ??= currentPolicy(this.coreEm).then((policy) => new AccessDecider(actor, purpose, this.directory, policy));
    const decider = await this.pendingDecider;
    if (decider.purpose !== purpose) {
      throw hubError(ErrorCode.PURPOSE_CONFLICT, {
        en: `This request already declared the purpose ${decider.purpose}; one request serves one purpose.`,
        ja: '一つのリクエストで申告できる利用目的は一つです。',
      });
    }
    this.decider = decider;
    return decider;
  }

  /**
   * Loads what can grant access to these residents before any of their fields is decided. Every
   * path that hands out a resident calls this; a resident not admitted is decided on use within
   * purpose alone (never more).
   */
  async admit(residents: SubjectRef[]): Promise<void> {
    const decider = this.decider;
    if (!decider || residents.length === 0) return;
    this.factsLoader ??= new SubjectFactsLoader(this.coreEm, decider.actor);
    const pending = residents.filter((r) => !decider.knows(r.residentNumber));
    for (const facts of await this.factsLoader.load(pending)) decider.addFacts(facts);
  }
}
