import type { Pool } from 'pg';
import { ErrorCode, hubError } from '../server/errors';
import type { ChainedEntry } from './entry';
import { type EntryFilter, whereOf } from './filter';
import { ENTRY_COLUMNS, type EntryRow, entryFromRow } from './rows';

export interface EntryPage {
  entries: ChainedEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Cursors are opaque to clients; inside they are the last seq returned. */
export function encodeCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^seq:(\d{1,16})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw hubError(ErrorCode.BAD_USER_INPUT, { en: 'The cursor is not one this API returned.', ja: 'カーソルが不正です。' });
  return Number(match[1]);
}

/** Entries matching the filter, newest first (by seq, the order of the chain), `first` at a time. */
export async function searchEntries(pool: Pool, filter: EntryFilter | null | undefined, first: number, after?: string | null): Promise<EntryPage> {
  const where = whereOf(filter);
  const before = after ? ` AND seq < $${where.params.push(decodeCursor(after))}` : '';
  const limit = `$${where.params.push(first + 1)}`;
  const result = await pool.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM audit.access_log_entry WHERE ${where.sql}${before} ORDER BY seq DESC LIMIT ${limit}`,
    where.params,
  );
  const entries = result.rows.slice(0, first).map(entryFromRow);
  return {
    entries,
    endCursor: entries.length > 0 ? encodeCursor(entries[entries.length - 1].seq) : null,
    hasNextPage: result.rows.length > first,
  };
}

export async function countEntries(pool: Pool, filter: EntryFilter | null | undefined): Promise<number> {
  const where = whereOf(filter);
  const result = await pool.query<{ count: string }>(`SELECT count(*) AS count FROM audit.access_log_entry WHERE ${where.sql}`, where.params);
  return Number(result.rows[0].count);
}
