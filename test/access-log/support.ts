import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type AccessLog, openAuditPool } from '../../src/access-log/access-log';
import { appendRecords } from '../../src/access-log/append';
import { AccessDecision, type DecisionItem, type RecordDraft, type RecordHeader } from '../../src/access-log/entry';
import { type AccessLogSettings } from '../../src/access-log/settings';
import { signerFromPem } from '../../src/access-log/signing-key';
import { verifyChain, type Verification } from '../../src/access-log/verify';
import { loadConfig, type HubConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { signingKey } from '../../src/identity/signing-key';
import { issueToken } from '../../src/identity/token';
import { startHub } from '../../src/server/hub';
import { cloneTemplate } from '../support/template-database';
import { TEST_JWT_SECRET, type GraphQLResponse } from '../support/test-hub';

/** Settings with a fresh in-memory signing key; pass the same object to hubs that share a log. */
export function testSettings(overrides: Partial<AccessLogSettings> = {}): AccessLogSettings {
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = signerFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  return { checkpointEvery: 1000, signer, trustedKeys: [{ keyId: signer.keyId, publicKey: signer.publicKey }], ...overrides };
}

export function cloneDatabase(): Promise<string> {
  return cloneTemplate(inject('postgresServerUrl'));
}

/** A database of the test file's own, and a pool on it as the hub's log opens one: set before its tests run, closed after. */
export function auditDatabase(): { readonly url: string; readonly pool: Pool } {
  const database = {} as { url: string; pool: Pool };
  beforeAll(async () => {
    database.url = await cloneDatabase();
    database.pool = openAuditPool(database.url);
  });
  afterAll(() => database.pool?.end());
  return database;
}

export interface AuditHub {
  url: string;
  databases: Databases;
  settings: AccessLogSettings;
  /** The hub's access log (its pools). */
  log: AccessLog;
  token(actor: string): Promise<string>;
  query<T = any>(actor: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Stores the checkpoints waiting for this hub's next append (src/access-log/carried-checkpoints.ts). */
  flushCheckpoints(): Promise<void>;
  close(): Promise<void>;
}

/** A hub on `databaseUrl` (as whichever role the URL names), its log optionally in another database. */
export async function startAuditHub(databaseUrl: string, options: { auditDatabaseUrl?: string; settings?: AccessLogSettings } = {}): Promise<AuditHub> {
  const base = loadConfig({});
  const config: HubConfig = {
    ...base,
    databaseUrl,
    domainDatabaseUrls: options.auditDatabaseUrl ? { audit: options.auditDatabaseUrl } : {},
    jwt: { secret: TEST_JWT_SECRET, issuer: 'tsunagu', audience: 'tsunagu-hub' },
  };
  const settings = options.settings ?? testSettings();
  const databases = await Databases.open(config);
  const hub = await startHub(config, databases, { port: 0, accessLog: settings });
  const tokens = { key: signingKey(config), issuer: config.jwt.issuer, audience: config.jwt.audience };
  return {
    url: hub.url,
    databases,
    settings,
    log: hub.accessLog,
    token: (actor) => issueToken(tokens, actor),
    flushCheckpoints: () => hub.accessLog.flushCheckpoints(),
    async query(actor, query, variables) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (actor) headers.authorization = `Bearer ${await issueToken(tokens, actor)}`;
      const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await hub.stop();
      await databases.close();
    },
  };
}

/** Runs SQL on a database as the test server's superuser. */
export async function asSuperuser<T>(databaseUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function verifyDatabase(databaseUrl: string, settings: AccessLogSettings, range: { fromSeq?: number; toSeq?: number } = {}): Promise<Verification> {
  const pool = openAuditPool(databaseUrl);
  try {
    return await verifyChain(pool, { trustedKeys: settings.trustedKeys, ...range });
  } finally {
    await pool.end();
  }
}

let roles = 0;

/**
 * A login role like the one a production hub runs as: it owns nothing, reads and writes the source
 * domains, and holds `tsunagu_audit_writer` (INSERT and SELECT on the log) — no superuser bypass.
 * Returns the database URL that logs in as it.
 */
export async function createHubRole(databaseUrl: string): Promise<{ role: string; url: string }> {
  const role = `tsunagu_hub_${process.pid}_${++roles}`;
  await asSuperuser(databaseUrl, async (db) => {
    const database = new URL(databaseUrl).pathname.slice(1);
    await db.query(`CREATE ROLE ${role} LOGIN PASSWORD 'hub'`);
    await db.query(`GRANT tsunagu_audit_writer TO ${role}`);
    const schemas = await db.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('audit', 'public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
    );
    for (const { nspname } of schemas.rows) {
      await db.query(`GRANT USAGE ON SCHEMA "${nspname}" TO ${role}`);
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${nspname}" TO ${role}`);
      await db.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA "${nspname}" TO ${role}`);
    }
    await db.query(`GRANT CONNECT ON DATABASE ${database} TO ${role}`);
  });
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = 'hub';
  return { role, url: url.toString() };
}

/** A record of one decision as the hub would write it; override what the test is about. */
export function draft(overrides: Partial<RecordHeader & DecisionItem> = {}): RecordDraft {
  const all = {
    requestId: randomUUID(),
    action: 'READ',
    operation: 'TestOperation',
    actorCode: 'caseworker',
    actorRole: 'SELF_RELIANCE_CASEWORKER',
    unitCode: 'welfare.self-reliance',
    organisationCode: 'tsunagu-csw',
    purpose: 'SELF_RELIANCE_SUPPORT',
    subject: '1000000001',
    withheldFromSubject: false,
    category: 'housing.arrears',
    holder: 'housing.public-housing',
    fields: ['Resident.rentArrears'],
    decision: AccessDecision.ALLOWED,
    basis: 'CONSENT',
    basisRecordId: null,
    citation: 'APPI art. 69(2)(i)',
    citationJa: '個人情報保護法第69条第2項第1号',
    reason: null,
    reasonJa: null,
    ...overrides,
  };
  const { category, holder, fields, decision, basis, basisRecordId, citation, citationJa, reason, reasonJa, ...header } = all;
  return { ...header, items: [{ category, holder, fields, decision, basis, basisRecordId, citation, citationJa, reason, reasonJa }] };
}

/** Appends records straight into a database's log, as one request's batch. */
export async function appendTo(databaseUrl: string, settings: AccessLogSettings, drafts: RecordDraft[]): Promise<void> {
  const pool = openAuditPool(databaseUrl);
  try {
    await appendRecords(pool, drafts, settings.signer, settings.checkpointEvery);
  } finally {
    await pool.end();
  }
}

/**
 * The log's records, one row each, for reading what was stored with SQL: `seq` and `subject` are
 * the record's, `row_seq` and the other columns its row's (a format-4 row holds a run of records,
 * a format-3 row one).
 */
export const RECORDS = `(SELECT (r.seq + p.position - 1)::int8 AS seq, p.subject, r.seq AS row_seq, r.format, r.request_id, r.action, r.operation, r.actor_code,
         r.purpose, r.withheld_from_subject, r.decision_set, r.basis_record_ids, r.has_denial, r.has_exceptional_basis, r.prev_hash, r.hash, r.xmin::text AS tx
    FROM audit.access_log_record r CROSS JOIN LATERAL unnest(coalesce(r.subjects, ARRAY[r.subject])) WITH ORDINALITY AS p(subject, position)) AS records`;

/** Tampering as the database superuser, with the append-only triggers switched off for the session. */
export function tamperWith(databaseUrl: string, work: (db: Client) => Promise<unknown>): Promise<void> {
  return asSuperuser(databaseUrl, async (db) => {
    await db.query('SET session_replication_role = replica');
    await work(db);
  });
}

/** verifyAccessLog as the privacy officer asks it: the chain's state and its first bad record. */
export async function verifyThrough(hub: AuditHub): Promise<any> {
  const response = await hub.query('privacy-officer', 'query { verifyAccessLog { intact headSeq checkedRecords checkedCheckpoints firstBad { seq problem detail } latestCheckpoint { seq } } }');
  if (response.errors) throw new Error(`verifyAccessLog failed: ${JSON.stringify(response.errors)}`);
  return response.data.verifyAccessLog;
}
