import type { DecisionEntry, DecisionPath } from '../policy/decision-path';
import type { LegalBasis } from '../policy/legal-bases';
import type { Bilingual } from '../errors';
import type { RequestScope } from '../request/scope';
import type { AccessLog } from './access-log';
import { AccessDecision, type DecisionItem, READ, type RecordDraft } from './entry';

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
}

const ACTION = /^[A-Z][A-Z0-9_]*$/;

/** NUL and unpaired surrogates, which PostgreSQL text cannot hold; events carry free text. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storable<T extends string | null>(text: T): T {
  return (text === null ? null : text.replace(UNSTORABLE, '\uFFFD')) as T;
}

/**
 * One item per decision entry, and one item list per decision path: residents decided alike share
 * them, and so their decision set — within a request and across requests, whose paths are shared
 * (access-decider.ts), so that a set is rendered and hashed once (decision-set.ts). An item holds
 * only what its decision and fields say.
 */
const ITEMS = new WeakMap<DecisionEntry, DecisionItem>();
const ITEM_LISTS = new WeakMap<DecisionPath, DecisionItem[]>();

/**
 * What one request adds to the log: its access decisions, and the events its mutations and refusals
 * record. Part of the request's scope; written in one batch by the request plugin before the
 * response leaves (src/request/plugin.ts).
 */
export class AuditTrail {
  private readonly events: RecordDraft[] = [];
  /** The GraphQL operation, once Apollo has resolved it. */
  operation: string | null = null;
  /**
   * Set by the HTTP layer, which then writes nothing of the response before `committed()` resolves
   * (src/server/hub.ts): the append runs while Apollo serialises the response, instead of before.
   */
  heldByTransport = false;
  private started?: Promise<void>;

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

  /** Writes the request's records (its decisions and events) in one batch; throws if it cannot. */
  async append(): Promise<void> {
    const drafts = this.drafts();
    if (drafts.length > 0) await this.log.append(drafts);
  }

  /** Starts `append()` for the transport to await (`heldByTransport`); the records are those of this moment. */
  startAppend(): void {
    this.started = this.append();
    this.started.catch(() => undefined); // the transport awaits it; a failure meanwhile is not unhandled
  }

  /** Resolves once the records of `startAppend()` are committed, at once if it was not called; rejects if the append failed. */
  committed(): Promise<void> {
    return this.started ?? Promise.resolve();
  }

  /** Every record of the request: one per resident whose data it decided on, then one per event. */
  drafts(): RecordDraft[] {
    const records: RecordDraft[] = [];
    const access = this.scope.access;
    if (access) {
      for (const [subject, path] of access.decisionPaths()) records.push(this.draftOf(READ, access.purpose, subject, this.itemsOf(path)));
    }
    return [...records, ...this.events];
  }

  private itemsOf(path: DecisionPath): DecisionItem[] {
    let items = ITEM_LISTS.get(path);
    if (!items) ITEM_LISTS.set(path, (items = path.entries.map((entry) => this.itemOf(entry))));
    return items;
  }

  private itemOf(entry: DecisionEntry): DecisionItem {
    let item = ITEMS.get(entry);
    if (!item) {
      const { decision, fields } = entry;
      item = {
        category: decision.category.code,
        holder: decision.holder,
        fields: [...fields].sort(),
        decision: decision.allowed ? AccessDecision.ALLOWED : AccessDecision.DENIED,
        basis: decision.allowed ? decision.basis : null,
        basisRecordId: (decision.allowed && decision.basisRecordId) || null,
        citation: decision.allowed ? decision.citation.en : null,
        citationJa: decision.allowed ? decision.citation.ja : null,
        reason: decision.allowed ? null : [decision.withheldBy?.en, ...decision.failures.map((f) => f.reason.en)].filter(Boolean).join(' '),
        reasonJa: decision.allowed ? null : [decision.withheldBy?.ja, ...decision.failures.map((f) => f.reason.ja)].filter(Boolean).join(''),
      };
      ITEMS.set(entry, item);
    }
    return item;
  }

  private draftOf(action: string, purpose: string | null, subject: string | null, items: DecisionItem[]): RecordDraft {
    const actor = this.scope.actor;
    return {
      items,
      requestId: this.scope.requestId,
      action,
      operation: this.operation,
      actorCode: actor.code,
      actorRole: actor.role,
      unitCode: actor.unitCode,
      organisationCode: actor.organisationCode,
      purpose,
      subject,
      withheldFromSubject: false,
    };
  }

  private draft(event: LogEvent): RecordDraft {
    if (!ACTION.test(event.action) || event.action === READ) {
      throw new Error(`An access-log event needs an upper-snake-case action other than ${READ}, got "${event.action}"`);
    }
    const purpose = storable(event.purpose ?? this.scope.access?.purpose ?? null);
    return this.draftOf(event.action, purpose, storable(event.subject ?? null), [eventItem(event)]);
  }
}

/** The one item of an event's record: what it concerned, and its note as the reason. */
export function eventItem(event: LogEvent): DecisionItem {
  const note = typeof event.note === 'string' ? { en: event.note, ja: event.note } : event.note;
  return {
    category: storable(event.category ?? null),
    holder: storable(event.holder ?? null),
    fields: (event.fields ?? []).map(storable).sort(),
    decision: event.decision ?? AccessDecision.ALLOWED,
    basis: event.basis ?? null,
    basisRecordId: storable(event.basisRecordId ?? null),
    citation: storable(event.citation?.en ?? null),
    citationJa: storable(event.citation?.ja ?? null),
    reason: storable(note?.en ?? null),
    reasonJa: storable(note?.ja ?? null),
  };
}
