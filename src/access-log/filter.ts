import type { LegalBasis } from '../policy/legal-bases';
import { ErrorCode, hubError } from '../server/errors';
import type { AccessDecision } from './entry';

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
}

const SCALARS = [
  ['subject', 'subject'],
  ['actorCode', 'actor_code'],
  ['organisationCode', 'organisation_code'],
  ['unitCode', 'unit_code'],
  ['decision', 'decision'],
  ['basisRecordId', 'basis_record_id'],
  ['requestId', 'request_id'],
] as const;

const LISTS = [
  ['categories', 'category'],
  ['bases', 'basis'],
  ['actions', 'action'],
] as const;

/** The WHERE clause (parameters from `$<first>` on) for a filter; `TRUE` for none. */
export function whereOf(filter: EntryFilter | null | undefined, params: unknown[] = []): Where {
  const conditions: string[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  for (const [key, column] of SCALARS) {
    const value = filter?.[key];
    if (value !== undefined && value !== null) conditions.push(`${column} = ${bind(value)}`);
  }
  for (const [key, column] of LISTS) {
    const values = filter?.[key];
    if (values && values.length > 0) conditions.push(`${column} = ANY(${bind(values)}::text[])`);
  }
  if (filter?.from) conditions.push(`recorded_at >= ${bind(filter.from)}`);
  if (filter?.to) conditions.push(`recorded_at < ${bind(filter.to)}`);
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : 'TRUE', params };
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
