import { Client } from 'pg';
import type { GraphQLResponse, TestHub } from './test-hub';

/**
 * A response as the asker sees it — status, data, errors and extensions — with the given ids
 * (resident numbers, record ids) replaced by placeholders, for differential tests: two residents
 * that differ only in a protected fact must give the asker the same text.
 */
export function asSeen(response: GraphQLResponse, ids: Record<string, string> = {}): string {
  let text = JSON.stringify({ status: response.status, data: response.data ?? null, errors: response.errors ?? null, extensions: response.extensions ?? null });
  for (const [id, placeholder] of Object.entries(ids)) text = text.split(id).join(placeholder);
  return text;
}

/** Runs SQL on the test hub's own database, as its owner (to set up a fact the API does not expose, e.g. DV protection). */
export async function sql<T = any>(hub: TestHub, statement: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: hub.config.databaseUrl! });
  await client.connect();
  try {
    return (await client.query(statement, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Residents with no record of any basis and no DV protection, that no other test of the file touches. */
export async function plainResidents(hub: TestHub, count: number, after = '1000000200'): Promise<string[]> {
  const rows = await sql<{ resident_number: string }>(
    hub,
    'SELECT resident_number FROM resident.resident WHERE resident_number > $1 AND NOT dv_protection ORDER BY resident_number LIMIT $2',
    [after, count],
  );
  return rows.map((r) => r.resident_number);
}

/** A date relative to today in Japan, where validity periods are kept. */
export function day(offset: number): string {
  return new Date(Date.now() + 9 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}
