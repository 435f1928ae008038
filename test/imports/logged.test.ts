import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Databases } from '../../src/db/databases';
import { loadConfig } from '../../src/config/environment';
import { importExtract } from '../../src/imports/importer';
import { logImport, operatorOf } from '../../src/imports/import-log';
import { fixture, openDatabases, rowCounts, sql } from './support';

/** Issue #13: every import is in the access log with who ran it, and nothing is written unlogged. */
let databases: Databases;
beforeAll(async () => {
  databases = await openDatabases();
});
afterAll(() => databases?.close());

const entries = (action: string) =>
  sql(databases, `SELECT actor_code, actor_role, unit_code, decision, reason FROM audit.access_log_entry WHERE action = $1 ORDER BY seq`, [action]);

describe('an import', () => {
  it('is logged before it writes, with the operator and the file’s SHA-256', async () => {
    const bytes = fixture('residents');
    const config = { ...loadConfig({}), databaseUrl: databases.urls.core };
    const operator = await operatorOf(databases, 'tax-officer');
    const report = await importExtract(databases, {
      kind: 'residents', bytes, fileName: 'jukiki.csv',
      beforeWrite: (rows) => logImport(databases, config, operator, { action: 'EXTRACT_IMPORTED', kind: 'residents', fileName: 'jukiki.csv', bytes, rows }),
    });
    expect(report.written).toBe(true);
    const [entry] = await entries('EXTRACT_IMPORTED');
    expect(entry).toMatchObject({ actor_code: 'tax-officer', actor_role: 'TAX_OFFICER', unit_code: 'tax.taxation', decision: 'ALLOWED' });
    expect(entry.reason).toContain(createHash('sha256').update(bytes).digest('hex'));
  });

  it('writes nothing when its entry cannot be written', async () => {
    const before = await rowCounts(databases);
    const changed = Buffer.from(fixture('residents').toString('utf8').replace(/\n$/, '').replace(/(\n[^\n]*)$/, (line) => line.replace(/1000090/, '1000091')) + '\n');
    await expect(
      importExtract(databases, { kind: 'residents', bytes: changed, fileName: 'x.csv', beforeWrite: async () => Promise.reject(new Error('log unavailable')) }),
    ).rejects.toThrow('log unavailable');
    expect(await rowCounts(databases)).toEqual(before);
  });

  it('names a registered operator or none: an unknown staff code is refused', async () => {
    await expect(operatorOf(databases, 'nobody')).rejects.toThrow(/no active staff member/);
    expect((await operatorOf(databases, undefined)).actorCode).toMatch(/^os:/);
  });
});
