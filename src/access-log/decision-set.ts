import { createHash } from 'node:crypto';
import { SET_COLUMNS, storedItemValue } from './columns';
import { AccessDecision, type DecisionItem } from './entry';
import { EXCEPTIONAL_BASES } from './exceptional-bases';

/**
 * What a record's decisions were — category, holder, fields, outcome, basis, citation, reason —
 * without whose they were. A caseload decides the same for thousands of residents, so the set is
 * stored once in audit.decision_set under its id, the SHA-256 of its canonical form, and each
 * record names it (and keeps its own basis record ids). A record's hash covers the id, and
 * verification recomputes the id from the stored set (SET_ID_SQL), so the record commits to it.
 */
export interface DecisionSet {
  id: string;
  /** The JSON text of each array of SET_COLUMNS, in order. */
  columns: string[];
  hasDenial: boolean;
  /** Whether a decision rests on consent, the support meeting or life, body or property. */
  hasExceptionalBasis: boolean;
}

/** Bumped if the canonical form of a set ever changes (with the record format, chain-hash.ts). */
const SET_FORMAT = 3;

/**
 * The canonical form is `[3, <array>, <array>, …]` with ", " between elements and the arrays as
 * JSON without spaces: exactly PostgreSQL's `json_build_array(…)::text` over the stored text[]
 * columns, so the database can recompute the id.
 */
export function decisionSetOf(items: readonly DecisionItem[]): DecisionSet {
  const columns = SET_COLUMNS.map(([key]) => JSON.stringify(items.map((item) => storedItemValue(item, key))));
  return {
    id: createHash('sha256').update(`[${SET_FORMAT}, ${columns.join(', ')}]`).digest('hex'),
    columns,
    hasDenial: items.some((item) => item.decision === AccessDecision.DENIED),
    hasExceptionalBasis: items.some((item) => item.decision === AccessDecision.ALLOWED && (EXCEPTIONAL_BASES as readonly (string | null)[]).includes(item.basis)),
  };
}

export const SET_ID_SQL = `encode(sha256(convert_to(json_build_array(${SET_FORMAT}, ${SET_COLUMNS.map(([, column]) => column).join(', ')})::text, 'UTF8')), 'hex')`;

/**
 * By the list itself: the records of residents decided alike share one list, and so do requests
 * deciding alike (audit-trail.ts), so a set is rendered and hashed once per process.
 */
const BY_LIST = new WeakMap<readonly DecisionItem[], DecisionSet>();

const itemIds = new WeakMap<DecisionItem, number>();
let nextItemId = 0;

/**
 * The sets of one batch of records, each computed once: records whose items are the same objects
 * (audit-trail.ts shares one item per decision and fields) find their set by the items' identity.
 */
export class DecisionSets {
  private readonly byItems = new Map<string, DecisionSet>();
  private readonly byId = new Map<string, DecisionSet>();

  /** The set of `items`: one object per distinct set within this batch (runs.ts groups by it). */
  of(items: readonly DecisionItem[]): DecisionSet {
    let set = BY_LIST.get(items);
    if (!set) BY_LIST.set(items, (set = this.byItemIdentity(items)));
    return this.named(set);
  }

  private named(set: DecisionSet): DecisionSet {
    const known = this.byId.get(set.id);
    if (known) return known;
    this.byId.set(set.id, set);
    return set;
  }

  private byItemIdentity(items: readonly DecisionItem[]): DecisionSet {
    let key = '';
    for (const item of items) {
      let id = itemIds.get(item);
      if (id === undefined) itemIds.set(item, (id = nextItemId++));
      key += `${id},`;
    }
    let set = this.byItems.get(key);
    if (!set) this.byItems.set(key, (set = this.named(decisionSetOf(items))));
    return set;
  }

  /** Every distinct set named so far. */
  all(): DecisionSet[] {
    return [...this.byId.values()];
  }
}
