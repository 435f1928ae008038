import { createHash } from 'node:crypto';
import type { DecisionItem } from './entry';

/** A text that many entries share, stored once in audit.reason_text and named by its hash. */
export interface ReasonText {
  id: string;
  en: string | null;
  ja: string | null;
}

/**
 * The id of a shared reason: SHA-256 (hex) of `[en, ja]` as JSON, which is also PostgreSQL's
 * `json_build_array(en, ja)::text` — so verification recomputes it in the database (REASON_ID_SQL)
 * and a record, whose hash covers the id, commits to the text.
 */
export function reasonTextId(en: string | null, ja: string | null): string {
  return createHash('sha256').update(`[${JSON.stringify(en)}, ${JSON.stringify(ja)}]`).digest('hex');
}

export const REASON_ID_SQL = `encode(sha256(convert_to(json_build_array(en, ja)::text, 'UTF8')), 'hex')`;

/** The distinct shared reasons the items name, for storing with them. */
export function sharedReasons(items: Iterable<DecisionItem>): ReasonText[] {
  const texts = new Map<string, ReasonText>();
  for (const item of items) {
    if (item.reasonId && !texts.has(item.reasonId)) texts.set(item.reasonId, { id: item.reasonId, en: item.reason, ja: item.reasonJa });
  }
  return [...texts.values()];
}
