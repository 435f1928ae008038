import type { LegalBasis } from '../policy/legal-bases';
import type { Bilingual } from '../server/errors';
import type { RequestScope } from '../server/request-scope';
import type { AccessLog } from './access-log';
import { AccessDecision, type EntryDraft, READ } from './entry';

/** A non-read entry: something a mutation did (see the module comment in ./index.ts). */
export interface LogEvent {
  /** What happened, e.g. `CONSENT_RECORDED`, `EMERGENCY_DECLARED`, `POLICY_CHANGED` (upper snake case). */
  action: string;
  /** The resident concerned, if any. */
  subject?: string | null;
  category?: string | null;
  holder?: string | null;
  fields?: string[];
  /** `DENIED` for a refused attempt; default `ALLOWED`. */
  decision?: AccessDecision;
  basis?: LegalBasis | null;
  /** The consent, meeting case or emergency the event concerns. */
  basisRecordId?: string | null;
  citation?: Bilingual | null;
  note?: Bilingual | string | null;
  /** Defaults to the purpose the request declared. */
  purpose?: string | null;
  withheldFromSubject?: boolean;
}

const ACTION = /^[A-Z][A-Z0-9_]*$/;

/**
 * What one request adds to the log besides its access decisions: events recorded by mutations and
 * whether its entries are withheld from the resident's disclosure report. Created by the Apollo
 * plugin when the request starts and written, with the decisions, before the response leaves.
 */
export class AuditTrail {
  private readonly events: EntryDraft[] = [];
  private withheld = false;

  constructor(
    readonly log: AccessLog,
    private readonly scope: RequestScope,
  ) {}

  record(event: LogEvent): void {
    this.events.push(this.draft(event));
  }

  /** Writes one event at once, outside the request's batch. */
  async writeNow(event: LogEvent): Promise<void> {
    await this.log.append([this.draft(event)]);
  }

  withholdFromSubject(): void {
    this.withheld = true;
  }

  /** Every entry of the request: one per decision record, then the events in the order recorded. */
  drafts(operation: string | null): EntryDraft[] {
    const drafts: EntryDraft[] = [];
    const access = this.scope.access;
    if (access) {
      const { actor, purpose } = access;
      for (const { subject, decision, fields } of access.decisions()) {
        drafts.push({
          requestId: this.scope.requestId,
          action: READ,
          operation,
          actorCode: actor.code,
          actorRole: actor.role,
          unitCode: actor.unitCode,
          organisationCode: actor.organisationCode,
          purpose,
          subject,
          category: decision.category.code,
          holder: decision.holder,
          fields: [...fields].sort(),
          decision: decision.allowed ? AccessDecision.ALLOWED : AccessDecision.DENIED,
          basis: decision.allowed ? decision.basis : null,
          basisRecordId: (decision.allowed && decision.basisRecordId) || null,
          citation: decision.allowed ? decision.citation.en : null,
          citationJa: decision.allowed ? decision.citation.ja : null,
          reason: decision.allowed ? null : decision.failures.map((f) => f.reason.en).join(' '),
          reasonJa: decision.allowed ? null : decision.failures.map((f) => f.reason.ja).join(''),
          withheldFromSubject: this.withheld,
        });
      }
    }
    for (const event of this.events) {
      drafts.push({ ...event, operation: event.operation ?? operation, withheldFromSubject: event.withheldFromSubject || this.withheld });
    }
    return drafts;
  }

  private draft(event: LogEvent): EntryDraft {
    if (!ACTION.test(event.action) || event.action === READ) {
      throw new Error(`An access-log event needs an upper-snake-case action other than ${READ}, got "${event.action}"`);
    }
    const actor = this.scope.actor;
    const note = typeof event.note === 'string' ? { en: event.note, ja: event.note } : event.note;
    return {
      requestId: this.scope.requestId,
      action: event.action,
      operation: null,
      actorCode: actor.code,
      actorRole: actor.role,
      unitCode: actor.unitCode,
      organisationCode: actor.organisationCode,
      purpose: event.purpose ?? this.scope.access?.purpose ?? null,
      subject: event.subject ?? null,
      category: event.category ?? null,
      holder: event.holder ?? null,
      fields: [...(event.fields ?? [])].sort(),
      decision: event.decision ?? AccessDecision.ALLOWED,
      basis: event.basis ?? null,
      basisRecordId: event.basisRecordId ?? null,
      citation: event.citation?.en ?? null,
      citationJa: event.citation?.ja ?? null,
      reason: note?.en ?? null,
      reasonJa: note?.ja ?? null,
      withheldFromSubject: event.withheldFromSubject ?? false,
    };
  }
}

const TRAILS = new WeakMap<RequestScope, AuditTrail>();

export function attachAuditTrail(scope: RequestScope, log: AccessLog): AuditTrail {
  const trail = new AuditTrail(log, scope);
  TRAILS.set(scope, trail);
  return trail;
}

export function auditTrailOf(scope: RequestScope): AuditTrail {
  const trail = TRAILS.get(scope);
  if (!trail) throw new Error('No access log is attached to this request (is the access-log plugin installed?)');
  return trail;
}
