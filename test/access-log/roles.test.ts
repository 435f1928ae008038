import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { asSuperuser, type AuditHub, cloneDatabase, createHubRole, startAuditHub } from './support';

const R = DEMO_RESIDENTS.fallingBetween;

let databaseUrl: string;
let hubRole: { role: string; url: string };
let hub: AuditHub;

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hubRole = await createHubRole(databaseUrl);
  hub = await startAuditHub(hubRole.url);
  expect((await hub.query('housing-officer', '{ resident(residentNumber: "' + R + '", purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName } }')).status).toBe(200);
});
afterAll(() => hub?.close());

describe('auditors cannot read resident data', () => {
  it('gives the privacy officer no resident data under the only purpose it may declare (AUDIT)', async () => {
    const response = await hub.query('privacy-officer', `{ resident(residentNumber: "${R}", purpose: AUDIT) { familyName address taxArrears { amountYen } } }`);
    expect(response.data.resident).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
    const logged = await asSuperuser(databaseUrl, (db) =>
      db.query(`SELECT decision, purpose FROM audit.access_log_entry WHERE actor_code = 'privacy-officer' AND subject = $1 AND action = 'READ'`, [R]),
    );
    expect(logged.rows).toEqual([{ decision: 'DENIED', purpose: 'AUDIT' }]);
  });

  it.each(['PUBLIC_HOUSING_MANAGEMENT', 'SELF_RELIANCE_SUPPORT', 'TAX_ASSESSMENT_AND_COLLECTION', 'PROTECTION_OF_LIFE_BODY_PROPERTY'])(
    'refuses the privacy officer the purpose %s',
    async (purpose) => {
      const response = await hub.query('privacy-officer', `{ resident(residentNumber: "${R}", purpose: ${purpose}) { familyName } }`);
      expect(response.data?.resident ?? null).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('PURPOSE_NOT_PERMITTED');
    },
  );
});

const AUDITOR_OPERATIONS: [string, string][] = [
  ['accessLog', '{ accessLog { entries { seq subject } } }'],
  ['accessLog totalCount', '{ accessLog(first: 1) { totalCount } }'],
  ['accessLogSummary', '{ accessLogSummary(filter: { from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" }) { entries } }'],
  ['verifyAccessLog', '{ verifyAccessLog { intact } }'],
  ['accessLogCheckpoints', '{ accessLogCheckpoints { seq } }'],
  ['createAccessLogCheckpoint', 'mutation { createAccessLogCheckpoint { seq } }'],
  ['emergencyReviewQueue', '{ emergencyReviewQueue { reviewKey } }'],
  ['reviewEmergencyAccess', 'mutation { reviewEmergencyAccess(reviewKey: "x", outcome: SIGN_OFF, note: "ok") { status } }'],
  ['disclosureReport', `{ disclosureReport(residentNumber: "${R}") { lines { accessedAt } } }`],
];

describe('caseworkers and other staff cannot read the log', () => {
  it.each(AUDITOR_OPERATIONS)('refuses %s to a caseworker, a housing officer and a tax officer', async (_name, operation) => {
    for (const actor of ['caseworker', 'housing-officer', 'tax-officer']) {
      const response = await hub.query(actor, operation);
      expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
      expect(response.errors?.[0].extensions?.code).toBe('AUDIT_ROLE_REQUIRED');
    }
  });

  it('refuses without a token', async () => {
    const response = await hub.query(null, '{ accessLog { entries { seq } } }');
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs each refused attempt, so that auditors see who tried', async () => {
    await hub.query('caseworker', `{ accessLog(filter: { subject: "${R}" }) { entries { seq } } }`);
    const response = await hub.query('privacy-officer', `{ accessLog(filter: { actions: ["ACCESS_LOG_REFUSED"], actorCode: "caseworker", subject: "${R}" }) { entries { decision reason } } }`);
    expect(response.data.accessLog.entries[0]).toEqual({ decision: 'DENIED', reason: 'accessLog' });
  });

  it('lets the privacy officer read it, verify it and sign a checkpoint, with the hub on its restricted role', async () => {
    const response = await hub.query('privacy-officer', '{ accessLog(first: 5) { entries { seq } totalCount } verifyAccessLog { intact } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.accessLog.totalCount).toBeGreaterThan(0);
    expect(response.data.verifyAccessLog.intact).toBe(true);
    const checkpoint = await hub.query('privacy-officer', 'mutation { createAccessLogCheckpoint { seq keyId } }');
    expect(checkpoint.data.createAccessLogCheckpoint.seq).toBeGreaterThan(0);
  });
});

describe('the role the hub runs as may append to the log and nothing else', () => {
  async function asHubRole<T>(work: (db: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: hubRole.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it.each([
    ['UPDATE', `UPDATE audit.access_log_record SET subject = NULL WHERE seq = 1`],
    ['UPDATE a decision set', `UPDATE audit.decision_set SET decisions = array_fill('ALLOWED'::text, ARRAY[cardinality(decisions)])`],
    ['DELETE a decision set', 'DELETE FROM audit.decision_set'],
    ['DELETE', 'DELETE FROM audit.access_log_record WHERE seq = 1'],
    ['TRUNCATE', 'TRUNCATE audit.access_log_record'],
    ['DELETE a checkpoint', 'DELETE FROM audit.checkpoint'],
    ['UPDATE a review', `UPDATE audit.emergency_review SET note = ''`],
    ['disabling the triggers', 'ALTER TABLE audit.access_log_record DISABLE TRIGGER USER'],
    ['dropping the table', 'DROP TABLE audit.access_log_record'],
  ])('refuses %s by privilege', async (_name, sql) => {
    await expect(asHubRole((db) => db.query(sql))).rejects.toMatchObject({ code: '42501' });
  });

  it('is not a superuser and owns nothing in the audit schema', async () => {
    const facts = await asHubRole(async (db) => (await db.query(`SELECT rolsuper, (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'audit' AND tableowner = current_user) AS owned FROM pg_roles WHERE rolname = current_user`)).rows[0]);
    expect(facts).toEqual({ rolsuper: false, owned: 0 });
  });

  it('refuses UPDATE and DELETE even to the superuser, by trigger', async () => {
    for (const sql of [
      `UPDATE audit.access_log_record SET subject = NULL WHERE seq = 1`,
      'DELETE FROM audit.access_log_record WHERE seq = 1',
      `UPDATE audit.decision_set SET reasons = array_fill(NULL::text, ARRAY[cardinality(reasons)])`,
      'DELETE FROM audit.decision_set',
      'TRUNCATE audit.decision_set',
      'TRUNCATE audit.checkpoint',
    ]) {
      await expect(asSuperuser(databaseUrl, (db) => db.query(sql))).rejects.toThrow(/append-only/);
    }
  });
});
