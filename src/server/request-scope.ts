import type { Actor } from '../identity/actor';
import type { Directory } from '../organisation/directory';
import { AccessDecider } from '../policy/access-decider';
import { mayDeclare } from '../policy/declarable-purposes';
import { PURPOSE_NAMES, type Purpose } from '../policy/purposes';
import { ErrorCode, hubError } from './errors';
import type { Loaders } from './loaders';

/** Everything one GraphQL request knows: who asks, for what purpose, and its batch loaders. */
export class RequestScope {
  private decider?: AccessDecider;

  constructor(
    readonly requestId: string,
    private readonly actorOrNull: Actor | null,
    readonly directory: Directory,
    readonly loaders: Loaders,
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

  /** The decider for the purpose this request declared, if it declared one. */
  get access(): AccessDecider | undefined {
    return this.decider;
  }

  /**
   * Declares the request's purpose. A unit may declare only the purposes of its own work, and one
   * request serves one purpose (two root fields with different purposes are refused).
   */
  declarePurpose(purpose: Purpose): AccessDecider {
    const actor = this.actor;
    if (!mayDeclare(actor.unitCode, purpose)) {
      throw hubError(ErrorCode.PURPOSE_NOT_PERMITTED, {
        en: `Your unit (${actor.unitCode}) may not declare the purpose ${purpose}.`,
        ja: `所属（${actor.unitCode}）は利用目的「${PURPOSE_NAMES[purpose].ja}」を申告できません。`,
      });
    }
    if (this.decider && this.decider.purpose !== purpose) {
      throw hubError(ErrorCode.PURPOSE_CONFLICT, {
        en: `This request already declared the purpose ${this.decider.purpose}; one request serves one purpose.`,
        ja: '一つのリクエストで申告できる利用目的は一つです。',
      });
    }
    this.decider ??= new AccessDecider(actor, purpose, this.directory);
    return this.decider;
  }
}
