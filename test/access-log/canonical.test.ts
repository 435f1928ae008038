import { beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_SQL, canonicalRow } from '../../src/access-log/chain-hash';
import { chainedRowFrom, ROW_COLUMNS_WITH_SET, ROW_FROM } from '../../src/access-log/rows';
import { appendTo, asSuperuser, cloneDatabase, draft, testSettings, verifyDatabase } from './support';

/** Text that tends to break serialisers: quotes, escapes, control characters, non-BMP, array syntax. */
const AWKWARD = [
  'plain',
  '',
  'quote " and backslash \\ and slash /',
  'line\nbreak\ttab\rreturn\bbackspace\fformfeed',
  'controls \u0001\u001f and DEL \u007f and separators \u2028\u2029',
  '日本語の所見：「同意書あり」',
  'emoji 😀 and combining é',
  '{array,"syntax"} NULL',
  ' leading and trailing spaces ',
];

const settings = testSettings();
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  await appendTo(
    databaseUrl,
    settings,
    AWKWARD.map((text, i) =>
      draft({
        reason: text,
        reasonJa: i % 2 ? null : text,
        operation: i % 3 ? text : null,
        basisRecordId: text || null,
        fields: i % 4 ? [text, 'Resident.familyName', `x"${text}`] : [],
        withheldFromSubject: i % 2 === 0,
      }),
    ),
  );
  // One request deciding alike for every subject: a single row (format 4) whose subjects are awkward too.
  const requestId = 'one-request-many-subjects';
  await appendTo(databaseUrl, settings, [...AWKWARD, null].map((subject) => draft({ requestId, subject })));
});

describe('the canonical form', () => {
  it('is rendered by PostgreSQL exactly as the writer rendered it in JavaScript', async () => {
    const rows = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT ${ROW_COLUMNS_WITH_SET}, ${CANONICAL_SQL} AS canonical FROM ${ROW_FROM} ORDER BY seq`)).rows);
    expect(rows).toHaveLength(AWKWARD.length + 1);
    expect(rows.at(-1).subjects).toEqual([...AWKWARD, null]);
    for (const row of rows) expect(row.canonical).toBe(canonicalRow(chainedRowFrom(row)));
  });

  it('stores every value as given, so the database recomputes the same hashes', async () => {
    const stored = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT reason, subject FROM audit.access_log_entry ORDER BY seq')).rows);
    expect(stored.slice(0, AWKWARD.length).map((r) => r.reason)).toEqual(AWKWARD);
    expect(stored.slice(AWKWARD.length).map((r) => r.subject)).toEqual([...AWKWARD, null]);
    expect((await verifyDatabase(databaseUrl, settings)).firstBad).toBeNull();
  });
});
