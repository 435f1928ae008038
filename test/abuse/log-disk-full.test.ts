import { join } from 'node:path';
import { DatabaseError, type Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, type AuditHub, createHubRole, startAuditHub } from '../access-log/support';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { mountTmpfs } from '../support/tmpfs';
import { auditAnswers, health, type Sent, secretsIn, send, served, verifyLog, waitUntil, WORKLOAD } from './fault-load';

/**
 * The disk the access log lives on fills up, for real: the log's tables and indexes are moved to a
 * tablespace on a 4 MB tmpfs, which a filler table then fills until PostgreSQL answers "No space
 * left on device". The database still answers `select 1`, but no append can succeed.
 */
const DISK_BYTES = 4 * 1024 * 1024;
const TABLESPACE = 'log_disk';

let postgres: PrivatePostgres | undefined;
let disk: { unmount(): void } | undefined;
let cannotMount: string | undefined;
let hub: AuditHub;
beforeAll(async () => {
  postgres = await startPrivatePostgres();
  const dir = join(postgres.dataDir, 'log-disk');
  const mounted = mountTmpfs(dir, DISK_BYTES);
  if ('cannot' in mounted) {
    cannotMount = mounted.cannot;
    return;
  }
  disk = mounted;
  await asSuperuser(postgres.databaseUrl, async (db) => {
    await db.query(`CREATE TABLESPACE ${TABLESPACE} LOCATION '${dir}'`);
    await moveSchemaTo(db, 'audit', TABLESPACE);
  });
  hub = await startAuditHub((await createHubRole(postgres.databaseUrl)).url);
});
afterAll(async () => {
  try {
    await hub?.close();
    await postgres?.stop(); // the server holds the tablespace's files open
  } finally {
    disk?.unmount();
    await postgres?.destroy();
  }
});

/** Every table and index of the schema, whatever the log's layout. */
async function moveSchemaTo(db: Client, schema: string, tablespace: string): Promise<void> {
  const relations = await db.query<{ name: string; kind: string }>(
    `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'i')`,
    [schema],
  );
  for (const { name, kind } of relations.rows) {
    await db.query(`ALTER ${kind === 'r' ? 'TABLE' : 'INDEX'} "${schema}"."${name}" SET TABLESPACE ${tablespace}`);
  }
}

/** Fills the tablespace with a table of incompressible-by-storage rows until PostgreSQL refuses to extend it. */
async function fillDisk(db: Client): Promise<{ bytes: number; refusal: DatabaseError }> {
  await db.query(`CREATE TABLE filler (pad text STORAGE PLAIN) TABLESPACE ${TABLESPACE}`);
  let refusal: DatabaseError | undefined;
  // Big batches first, then row by row for what a batch's multi-page extension left over.
  for (const rows of [256, 1]) {
    for (let attempt = 0; attempt < 5000; attempt++) {
      try {
        await db.query(`INSERT INTO filler SELECT repeat('x', 1900) FROM generate_series(1, ${rows})`);
      } catch (error) {
        if (!(error instanceof DatabaseError) || error.code !== '53100') throw error;
        refusal = error;
        break;
      }
    }
  }
  if (!refusal) throw new Error(`the ${DISK_BYTES}-byte disk never filled`);
  const bytes = Number((await db.query(`SELECT pg_relation_size('filler') AS size`)).rows[0].size);
  return { bytes, refusal };
}

function expectWithheld(sent: Sent, secrets: Set<string>) {
  expect(sent.status).toBe(503);
  expect(sent.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(sent.body).not.toHaveProperty('data');
  expect(sent.body?.errors?.map((e) => e.extensions?.code)).toEqual(['ACCESS_LOG_UNAVAILABLE']);
  for (const secret of secrets) expect(JSON.stringify(sent.body)).not.toContain(secret);
}

describe('the disk of the access log is full', () => {
  it('withholds every answer, says the log disk is full, and serves again once space is freed', async (context) => {
    if (cannotMount) {
      console.warn(`log-disk-full: skipped, ${cannotMount}`);
      context.skip(cannotMount);
    }
    const tokens = new Map<string, string>();
    const sent: Sent[] = await Promise.all(WORKLOAD.map((work) => send(hub, work, tokens)));
    expect(sent.every(served)).toBe(true);
    const secrets = secretsIn(sent);

    const fill = await asSuperuser(postgres!.databaseUrl, fillDisk);
    expect(fill.refusal.message).toMatch(/No space left on device/);

    // The log's last pages may still hold a batch or two; the largest request soon needs a new page.
    const caseload = WORKLOAD[2];
    const firstRefused = await waitUntil(
      async () => {
        const answer = await send(hub, caseload, tokens);
        sent.push(answer);
        return answer.status === 503 ? answer : undefined;
      },
      20_000,
      'a caseload refused for want of log space',
    );
    const servedWhileFilling = sent.filter(served).length - WORKLOAD.length;
    const refused = [firstRefused, ...(await Promise.all(WORKLOAD.map((work) => send(hub, work, tokens))))];
    sent.push(...refused.slice(1));
    for (const answer of [firstRefused, ...refused.slice(1).filter((s) => s.work === caseload)]) expectWithheld(answer, secrets);

    const full = await health(hub);
    expect(full.status).toBe(503);
    expect(full.report.checks).toMatchObject({ core: 'ok', housing: 'ok', tax: 'ok', welfare: 'ok', utility: 'ok', audit: 'ok' });
    expect(full.report.checks.accessLog).toMatch(/disk full \(SQLSTATE 53100\)/);

    await asSuperuser(postgres!.databaseUrl, (db) => db.query('DROP TABLE filler'));
    const freed = Date.now();
    const back = await waitUntil(
      async () => {
        const answer = await send(hub, caseload, tokens);
        sent.push(answer);
        return served(answer) ? answer : undefined;
      },
      10_000,
      'a caseload served once space is freed',
    );
    expect(await health(hub)).toMatchObject({ status: 200, report: { status: 'ok' } });

    const audit = await auditAnswers(hub, sent, secrets);
    expect((await verifyLog(hub)).intact).toBe(true);
    console.log(
      `log disk full: filler ${fill.bytes} bytes on a ${DISK_BYTES}-byte tmpfs until "${fill.refusal.message}" (SQLSTATE ${fill.refusal.code}); ` +
        `${servedWhileFilling} caseloads still fitted in the log's pages, then withheld: ${JSON.stringify(refused.map((s) => s.status))}; ` +
        `/health: ${JSON.stringify(full.report.checks.accessLog)}; served again ${back.endedAt - freed} ms after the filler was dropped; ` +
        `${sent.length} answers (HTTP ${JSON.stringify(audit.byStatus)}), ${audit.served} served and every value logged`,
    );
  });
});
