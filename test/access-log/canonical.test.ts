import { beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_SQL, canonicalRecord } from '../../src/access-log/chain-hash';
import { RECORD_COLUMNS_WITH_SET, RECORD_FROM, recordFromRow } from '../../src/access-log/rows';
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
});

describe('the canonical form', () => {
  it('is rendered by PostgreSQL exactly as the writer rendered it in JavaScript', async () => {
    const rows = await asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT ${RECORD_COLUMNS_WITH_SET}, ${CANONICAL_SQL} AS canonical FROM ${RECORD_FROM} ORDER BY seq`)).rows);
    expect(rows).toHaveLength(AWKWARD.length);
    for (const row of rows) expect(row.canonical).toBe(canonicalRecord(recordFromRow(row)));
  });

  it('stores every value as given, so the database recomputes the same hashes', async () => {
    const stored = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT reason, fields FROM audit.access_log_entry ORDER BY seq')).rows);
    expect(stored.map((r) => r.reason)).toEqual(AWKWARD);
    expect((await verifyDatabase(databaseUrl, settings)).firstBad).toBeNull();
  });
});
