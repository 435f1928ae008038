import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { loadConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { withServer } from '../support/template-database';
import { inject } from 'vitest';
import { asSuperuser, type AuditHub, cloneDatabase, createHubRole, startAuditHub, verifyDatabase } from './support';

const R = DEMO_RESIDENTS.fallingBetween;
const READ_TENANCY = `query FailClosed($n: ID!) {
  resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName givenName publicHousingTenancies { estateName unitNumber } }
}`;

async function entryCount(databaseUrl: string): Promise<number> {
  return asSuperuser(databaseUrl, async (db) => Number((await db.query('SELECT count(*) FROM audit.access_log_entry')).rows[0].count));
}

/** What a withheld response may contain: one error with the stable code, nothing else. */
function expectWithheld(response: Awaited<ReturnType<AuditHub['query']>>, secrets: string[]) {
  expect(response.status).toBe(503);
  expect(response).not.toHaveProperty('data');
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions?.code).toBe('ACCESS_LOG_UNAVAILABLE');
  expect(response.errors![0].extensions?.messageJa).toContain('アクセス記録');
  const body = JSON.stringify(response);
  for (const secret of secrets) expect(body).not.toContain(secret);
}

describe('when the hub runs as a role that may only insert into the log', () => {
  let databaseUrl: string;
  let hub: AuditHub;
  let secrets: string[];

  beforeAll(async () => {
    databaseUrl = await cloneDatabase();
    const { url } = await createHubRole(databaseUrl);
    hub = await startAuditHub(url);
  });
  afterAll(() => hub?.close());

  it('serves the data while the log can be written', async () => {
    const response = await hub.query('housing-officer', READ_TENANCY, { n: R });
    expect(response.status).toBe(200);
    const resident = response.data.resident;
    secrets = [resident.familyName, resident.givenName, resident.publicHousingTenancies[0].estateName];
    expect(secrets.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
  });

  it('returns no personal data, and says why, once INSERT on the log is revoked', async () => {
    const before = await entryCount(databaseUrl);
    await asSuperuser(databaseUrl, (db) => db.query('REVOKE INSERT ON audit.access_log_record FROM tsunagu_audit_writer'));
    try {
      expectWithheld(await hub.query('housing-officer', READ_TENANCY, { n: R }), secrets);
      expect(await entryCount(databaseUrl)).toBe(before);
    } finally {
      await asSuperuser(databaseUrl, (db) => db.query('GRANT INSERT ON audit.access_log_record TO tsunagu_audit_writer'));
    }
  });

  it('withholds the decisions extension too, which names residents and categories', async () => {
    await asSuperuser(databaseUrl, (db) => db.query('REVOKE INSERT ON audit.access_log_record FROM tsunagu_audit_writer'));
    try {
      const token = await hub.token('housing-officer');
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-tsunagu-decisions': 'include' },
        body: JSON.stringify({ query: READ_TENANCY, variables: { n: R } }),
      });
      const body = { status: response.status, ...((await response.json()) as object) };
      expectWithheld(body, [...secrets, R]);
      expect(body).not.toHaveProperty('extensions');
    } finally {
      await asSuperuser(databaseUrl, (db) => db.query('GRANT INSERT ON audit.access_log_record TO tsunagu_audit_writer'));
    }
  });

  it('writes nothing of a response — not even its status — before the records it needs are committed', async () => {
    await asSuperuser(databaseUrl, async (lockHolder) => {
      await lockHolder.query('BEGIN');
      await lockHolder.query(`SELECT pg_advisory_xact_lock(hashtextextended('tsunagu.audit.access_log_entry', 0))`);
      const answer = hub.query('housing-officer', READ_TENANCY, { n: R });
      const first = await Promise.race([answer.then(() => 'a response'), new Promise((resolve) => setTimeout(() => resolve('nothing yet'), 700))]);
      expect(first).toBe('nothing yet');
      await lockHolder.query('COMMIT');
      const response = await answer;
      expect(response.status).toBe(200);
      expect(response.data.resident.familyName).toBe(secrets[0]);
    });
  });

  it('still answers requests that touch no personal data', async () => {
    await asSuperuser(databaseUrl, (db) => db.query('REVOKE INSERT ON audit.access_log_record FROM tsunagu_audit_writer'));
    try {
      const response = await hub.query('housing-officer', '{ me { code } }');
      expect(response.status).toBe(200);
      expect(response.data.me.code).toBe('housing-officer');
    } finally {
      await asSuperuser(databaseUrl, (db) => db.query('GRANT INSERT ON audit.access_log_record TO tsunagu_audit_writer'));
    }
  });

  it('serves again once the grant is back, with the chain unbroken', async () => {
    const response = await hub.query('housing-officer', READ_TENANCY, { n: R });
    expect(response.status).toBe(200);
    expect(response.data.resident.familyName).toBe(secrets[0]);
    const verification = await verifyDatabase(databaseUrl, hub.settings);
    expect(verification.firstBad).toBeNull();
  });
});

describe('when the log lives in its own database and that database goes away', () => {
  let databaseUrl: string;
  let auditDatabaseUrl: string;
  let auditDatabase: string;
  let hub: AuditHub;
  const serverUrl = () => inject('postgresServerUrl');

  beforeAll(async () => {
    databaseUrl = await cloneDatabase();
    auditDatabase = `tsunagu_audit_${process.pid}_${Date.now()}`;
    await withServer(serverUrl(), (db) => db.query(`CREATE DATABASE ${auditDatabase}`));
    auditDatabaseUrl = `${serverUrl()}/${auditDatabase}`;
    const config = { ...loadConfig({}), databaseUrl, domainDatabaseUrls: { audit: auditDatabaseUrl } };
    const databases = await Databases.open(config);
    await databases.migrate();
    await databases.close();
    hub = await startAuditHub(databaseUrl, { auditDatabaseUrl });
  });
  afterAll(async () => {
    await hub?.close();
    await withServer(serverUrl(), (db) => db.query(`ALTER DATABASE ${auditDatabase} ALLOW_CONNECTIONS true`));
  });

  async function cutOff(allow: boolean) {
    await withServer(serverUrl(), async (db: Client) => {
      await db.query(`ALTER DATABASE ${auditDatabase} ALLOW_CONNECTIONS ${allow}`);
      if (!allow) await db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [auditDatabase]);
    });
  }

  it('writes the entries to the audit database, not the domain database', async () => {
    const response = await hub.query('housing-officer', READ_TENANCY, { n: R });
    expect(response.status).toBe(200);
    expect(await entryCount(auditDatabaseUrl)).toBeGreaterThan(0);
    expect(await entryCount(databaseUrl)).toBe(0);
  });

  it('withholds the data while the audit database refuses connections', async () => {
    const ok = await hub.query('housing-officer', READ_TENANCY, { n: R });
    const secrets = [ok.data.resident.familyName, ok.data.resident.publicHousingTenancies[0].estateName];
    await cutOff(false);
    try {
      expectWithheld(await hub.query('housing-officer', READ_TENANCY, { n: R }), secrets);
    } finally {
      await cutOff(true);
    }
    const again = await hub.query('housing-officer', READ_TENANCY, { n: R });
    expect(again.status).toBe(200);
    expect((await verifyDatabase(auditDatabaseUrl, hub.settings)).firstBad).toBeNull();
  });
});
