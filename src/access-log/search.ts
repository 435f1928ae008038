import type { Pool } from 'pg';
import { ErrorCode, hubError } from '../errors';
import type { ChainedEntry } from './entry';
import { type EntryFilter, type Where, whereOf } from './filter';
import { ENTRY_COLUMNS, ENTRY_SEQ, type EntryRow, entriesFrom, entryFromRow } from './rows';

export interface EntryPage {
  entries: ChainedEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A position in the log: a record (its number) and one of its decisions. */
export interface LogPosition {
  seq: number;
  item: number;
}

/** Cursors are opaque to clients; inside they are the last position returned. */
export function encodeCursor(position: LogPosition): string {
  return Buffer.from(`seq:${position.seq}:${position.item}`).toString('base64url');
}

export function decodeCursor(cursor: string): LogPosition {
  const match = /^seq:(\d{1,16}):(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw hubError(ErrorCode.BAD_USER_INPUT, { en: 'The cursor is not one this API returned.', ja: 'カーソルが不正です。' });
  return { seq: Number(match[1]), item: Number(match[2]) };
}

/**
 * Newest first. A search for one resident finds their rows by the subjects' GIN index (format 4)
 * or by (subject, seq) (format 3), and unnests only their records. A search for one actor's entries
 * leads its ORDER BY with that column, its condition written so that PostgreSQL keeps it (filter.ts
 * `leading`): only the (actor_code, seq) index then gives the order, and the search walks that
 * person's rows. Ordered by seq alone, the planner may walk the whole log backwards instead, not
 * knowing that the newest rows can all be someone else's (bench/results: 226 ms at 10 M).
 */
export function searchSql(filter: EntryFilter | null | undefined, first: number, after?: string | null): Where {
  const leading = !filter?.subject && filter?.actorCode ? 'actorCode' : undefined;
  const where = whereOf(filter, [], leading);
  let before = '';
  if (after) {
    const position = decodeCursor(after);
    const seq = `$${where.params.push(position.seq)}`;
    before = ` AND r.seq <= ${seq} AND (${ENTRY_SEQ} < ${seq} OR (${ENTRY_SEQ} = ${seq} AND i.item - 1 > $${where.params.push(position.item)}))`;
  }
  const order = `${leading ? 'r.actor_code DESC, ' : ''}r.seq DESC, p.position DESC, i.item`;
  const sql = `SELECT ${ENTRY_COLUMNS} FROM ${entriesFrom(where.subjectParam, true)} WHERE ${where.sql}${before} ORDER BY ${order} LIMIT $${where.params.push(first + 1)}`;
  return { sql, params: where.params };
}

/** Entries matching the filter, newest first (by seq, the order of the chain), `first` at a time. */
export async function searchEntries(pool: Pool, filter: EntryFilter | null | undefined, first: number, after?: string | null): Promise<EntryPage> {
  const search = searchSql(filter, first, after);
  const result = await pool.query<EntryRow>(search.sql, search.params);
  const entries = result.rows.slice(0, first).map(entryFromRow);
  return {
    entries,
    endCursor: entries.length > 0 ? encodeCursor(entries[entries.length - 1]) : null,
    hasNextPage: result.rows.length > first,
  };
}

export async function countEntries(pool: Pool, filter: EntryFilter | null | undefined): Promise<number> {
  const where = whereOf(filter);
  const result = await pool.query<{ count: string }>(`SELECT count(*) AS count FROM ${entriesFrom(where.subjectParam)} WHERE ${where.sql}`, where.params);
  return Number(result.rows[0].count);
}
