import type { LegalBasis } from '../policy/legal-bases';
import { ErrorCode, hubError } from '../errors';
import type { AccessDecision } from './entry';
import { onlyExceptional } from './exceptional-bases';

/** What auditors filter entries by; every condition given must hold. */
export interface EntryFilter {
  subject?: string | null;
  actorCode?: string | null;
  organisationCode?: string | null;
  unitCode?: string | null;
  categories?: string[] | null;
  bases?: LegalBasis[] | null;
  decision?: AccessDecision | null;
  basisRecordId?: string | null;
  actions?: string[] | null;
  requestId?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
}

export interface Where {
  sql: string;
  params: unknown[];
  /** The parameter holding the subject searched for, for entriesFrom (rows.ts). */
  subjectParam?: string;
}

/** Conditions on the row or the record: the row's indexes serve them. */
const SCALARS = [
  ['subject', 'p.subject'],
  ['actorCode', 'r.actor_code'],
  ['organisationCode', 'r.organisation_code'],
  ['unitCode', 'r.unit_code'],
  ['requestId', 'r.request_id'],
  ['decision', 'i.decision'],
  ['basisRecordId', 'i.basis_record_id'],
] as const;

const LISTS = [
  ['categories', 'i.category'],
  ['bases', 'i.basis'],
  ['actions', 'r.action'],
] as const;

/** Rows holding a record of the subject in `param`: format 4 by the GIN index on their subjects, format 3 by (subject, seq). */
export function rowsNaming(param: string): string {
  return `(r.subject = ${param} OR (r.subjects IS NOT NULL AND r.subjects @> ARRAY[${param}]::text[]))`;
}

/** Records whose decision set satisfies a condition on the set's arrays (few sets, GIN-indexed). */
export function setsWhere(condition: string): string {
  return `r.decision_set IN (SELECT id FROM audit.decision_set WHERE ${condition})`;
}

/**
 * A condition on a decision, restated on its record so that the record's indexes find candidates:
 * the partial indexes on records with a denial, on records with an exceptional basis and on records
 * naming basis records (their predicates written as in the migration, so that the planner uses
 * them), or the few decision sets that hold such a decision.
 */
const RECORD_PREFILTERS: Partial<Record<keyof EntryFilter, (param: string, value: unknown) => string | undefined>> = {
  subject: (param) => rowsNaming(param),
  decision: (_, value) => (value === 'DENIED' ? 'r.has_denial' : undefined),
  basisRecordId: (param) => `r.basis_record_ids IS NOT NULL AND r.basis_record_ids @> ARRAY[${param}]::text[]`,
  categories: (param) => setsWhere(`categories && ${param}::text[]`),
  bases: (param, value) => `${setsWhere(`bases && ${param}::text[]`)}${onlyExceptional(value as string[]) ? ' AND r.has_exceptional_basis' : ''}`,
};

/**
 * The WHERE clause over entriesFrom (parameters from `$<first>` on) for a filter; `TRUE` for none.
 * `leading` names a scalar condition written as `= ANY (ARRAY[…])` instead of `=`, so that an
 * ORDER BY that leads with its column is not dropped as ordering by a constant (see search.ts).
 */
export function whereOf(filter: EntryFilter | null | undefined, params: unknown[] = [], leading?: keyof EntryFilter): Where {
  const conditions: string[] = [];
  let subjectParam: string | undefined;
  const bind = (value: unknown) => `$${params.push(value)}`;
  const prefilter = (key: keyof EntryFilter, param: string, value: unknown) => {
    const condition = RECORD_PREFILTERS[key]?.(param, value);
    if (condition) conditions.push(condition);
  };
  for (const [key, column] of SCALARS) {
    const value = filter?.[key];
    if (value === undefined || value === null) continue;
    const param = bind(value);
    if (key === 'subject') subjectParam = param;
    conditions.push(key === leading ? `${column} = ANY (ARRAY[${param}]::text[])` : `${column} = ${param}`);
    prefilter(key, param, value);
  }
  for (const [key, column] of LISTS) {
    const values = filter?.[key];
    if (!values || values.length === 0) continue;
    const param = bind(values);
    conditions.push(`${column} = ANY(${param}::text[])`);
    prefilter(key, param, values);
  }
  if (filter?.from) conditions.push(`r.recorded_at >= ${bind(filter.from)}`);
  if (filter?.to) conditions.push(`r.recorded_at < ${bind(filter.to)}`);
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : 'TRUE', params, subjectParam };
}

const MAX_TEXT = 200;
const MAX_LIST = 50;

export function assertValidFilter(filter: EntryFilter | null | undefined): void {
  if (!filter) return;
  const problems: string[] = [];
  for (const [key] of SCALARS) {
    const value = filter[key];
    if (typeof value === 'string' && (value.length === 0 || value.length > MAX_TEXT)) problems.push(`${key} must be 1–${MAX_TEXT} characters`);
  }
  for (const [key] of LISTS) {
    const values = filter[key];
    if (values && (values.length > MAX_LIST || values.some((v) => v.length === 0 || v.length > MAX_TEXT))) {
      problems.push(`${key} takes at most ${MAX_LIST} values of 1–${MAX_TEXT} characters`);
    }
  }
  if (filter.from && filter.to && filter.from >= filter.to) problems.push('from must be before to');
  if (problems.length > 0) {
    throw hubError(ErrorCode.BAD_USER_INPUT, { en: `Invalid access-log filter: ${problems.join('; ')}.`, ja: `検索条件が不正です：${problems.join('、')}。` });
  }
}
