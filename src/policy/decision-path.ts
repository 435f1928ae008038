import type { Decision } from './decision';

/** A decision taken for a resident, and the fields (`Type.field`) served or refused under it. */
export interface DecisionEntry {
  readonly decision: Decision;
  readonly fields: readonly string[];
}

/**
 * What one resident's decisions in a request have been so far, in the order they were first taken.
 * Paths are immutable and interned: `with` returns the same path for the same step, so the
 * thousands of residents of a caseload, whose fields resolve in the same order under the same
 * shared decisions, walk the same few paths — no map or set per resident and field, and the access
 * log finds residents decided alike by the path's identity (src/access-log/audit-trail.ts).
 */
export class DecisionPath {
  /**
   * Weak: a root is shared by the requests of one actor, purpose, policy and day (access-decider.ts),
   * and the decisions about residents with facts of their own are made per request; their steps go
   * with them.
   */
  private readonly steps = new WeakMap<Decision, Map<string, DecisionPath>>();

  constructor(readonly entries: readonly DecisionEntry[] = []) {}

  /** This path after `decision` (serving `field`, if given). */
  with(decision: Decision, field: string | undefined): DecisionPath {
    const key = field ?? '';
    let byField = this.steps.get(decision);
    const known = byField?.get(key);
    if (known) return known;
    if (!byField) this.steps.set(decision, (byField = new Map()));
    const next = this.after(decision, field);
    byField.set(key, next);
    return next;
  }

  private after(decision: Decision, field: string | undefined): DecisionPath {
    const at = this.entries.findIndex((entry) => entry.decision === decision);
    if (at >= 0 && (field === undefined || this.entries[at].fields.includes(field))) return this;
    const fields = field === undefined ? [] : [field];
    if (at < 0) return new DecisionPath([...this.entries, { decision, fields }]);
    return new DecisionPath(this.entries.map((entry, i) => (i === at ? { decision, fields: [...entry.fields, ...fields] } : entry)));
  }
}
