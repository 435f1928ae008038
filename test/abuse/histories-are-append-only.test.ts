import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { day } from '../support/differential';
import { asSuperuser, type AuditHub, cloneDatabase, createHubRole, startAuditHub } from '../access-log/support';

/**
 * Issue #13 (weaker findings): consent histories, consents, emergencies and policy versions are
 * append-only in the database, as the access log is — the hub's own role can make exactly the
 * transitions its mutations make (withdraw, confirm, renew, end) and nothing else.
 */
let databaseUrl: string;
let hubRole: { role: string; url: string };
let hub: AuditHub;
const ids: Record<'renewed' | 'withdrawn' | 'confirmed' | 'emergency' | 'ended', string> = {} as never;

const R = DEMO_RESIDENTS.singleMother;
const OTHER = DEMO_RESIDENTS.fallingBetween;
const RECORD = `mutation($i: RecordConsentInput!, $p: Purpose!) { recordConsent(input: $i, purpose: $p) { id } }`;
const DECLARE = 'mutation($i: DeclareEmergencyInput!) { declareEmergency(input: $i, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }';
const POLICY = { categoryPurposes: [], nhiLevy: 'TAX', emergencyMaxHours: 72, taxViaSupportMeeting: false, taxInEmergency: false, publicOrganLifeProtection: true, emergencyReviewDays: 10 };

async function mutate(actor: string, query: string, variables: Record<string, unknown>) {
  const response = await hub.query(actor, query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data as object)[0];
}

/** Runs SQL as the hub's own database role. */
async function asHub(statement: string, params: unknown[] = []) {
  const client = new Client({ connectionString: hubRole.url });
  await client.connect();
  try {
    return await client.query(statement, params);
  } finally {
    await client.end();
  }
}

const consentInput = (residentNumber: string) => ({
  residentNumber, recipients: ['welfare.self-reliance'], dataControllers: ['housing.public-housing'], categories: ['housing.arrears'], purposes: ['SELF_RELIANCE_SUPPORT'],
  method: 'WRITTEN', form: 'INTAKE_FORM', evidenceReference: '相談受付・申込票 No.2026-0777', explanationGiven: true, validFrom: day(-1),
});
const emergencyInput = (residentNumber: string) => ({
  residentNumber, categories: ['person.identity'], hours: 24, reason: '連絡が取れず安否が不明', consentDifficulty: 'UNREACHABLE', consentDifficultyNote: '電話・訪問とも応答なし',
});

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hubRole = await createHubRole(databaseUrl);
  hub = await startAuditHub(hubRole.url);
});
afterAll(() => hub?.close());

describe("what the hub's mutations change still works, as the hub's own role", () => {
  it('records, renews and withdraws consents', async () => {
    ids.renewed = (await mutate('caseworker', RECORD, { p: 'SELF_RELIANCE_SUPPORT', i: consentInput(R) })).id;
    await mutate('caseworker', 'mutation($id: ID!) { renewConsent(id: $id, validUntil: "2099-03-31", note: "更新", purpose: SELF_RELIANCE_SUPPORT) { id } }', { id: ids.renewed });
    ids.withdrawn = (await mutate('caseworker', RECORD, { p: 'SELF_RELIANCE_SUPPORT', i: consentInput(OTHER) })).id;
    await mutate('caseworker', 'mutation($id: ID!) { withdrawConsent(id: $id, note: "電話で撤回", purpose: SELF_RELIANCE_SUPPORT) { id } }', { id: ids.withdrawn });
    const history = await asHub('SELECT kind FROM consent.consent_event WHERE consent_id = ANY($1) ORDER BY id', [[ids.renewed, ids.withdrawn]]);
    expect(history.rows.map((r) => r.kind)).toEqual(['GIVEN', 'RENEWED', 'GIVEN', 'WITHDRAWN']);
  });

  it('confirms a consent recorded by its own recipient', async () => {
    ids.confirmed = (
      await mutate('gas-staff', RECORD, {
        p: 'UTILITY_SUPPLY',
        i: { residentNumber: R, recipients: ['utility.gas'], dataControllers: ['welfare.disability'], categories: ['welfare.disability'], purposes: ['UTILITY_SUPPLY'], method: 'WRITTEN', evidenceReference: '同意書 G-77', explanationGiven: true, validFrom: day(0) },
      })
    ).id;
    await mutate('disability-officer', 'mutation($id: ID!) { confirmConsent(id: $id, note: "署名済みの同意書原本を確認した", purpose: DISABILITY_WELFARE) { id } }', { id: ids.confirmed });
    expect((await asHub('SELECT confirmed_by FROM consent.consent WHERE id = $1', [ids.confirmed])).rows).toEqual([{ confirmed_by: 'disability-officer' }]);
  });

  it('declares and ends emergencies, and changes the policy', async () => {
    ids.emergency = (await mutate('caseworker', DECLARE, { i: emergencyInput(R) })).id;
    ids.ended = (await mutate('caseworker', DECLARE, { i: emergencyInput(OTHER) })).id;
    await mutate('caseworker', 'mutation($id: ID!) { endEmergency(id: $id, purpose: PROTECTION_OF_LIFE_BODY_PROPERTY) { id } }', { id: ids.ended });
    expect((await asHub('SELECT ended_at IS NOT NULL AS ended FROM emergency.emergency WHERE id = $1', [ids.ended])).rows).toEqual([{ ended: true }]);
    await mutate('privacy-officer', 'mutation($s: PolicySettingsInput!) { changePolicy(settings: $s, reason: "緊急対応の確認期間を十日に短縮する") { version } }', { s: POLICY });
  });
});

describe("the hub's own role cannot rewrite a history", () => {
  const tampering: [string, () => string, unknown[]?][] = [
    ['edit a consent event', () => `UPDATE consent.consent_event SET note = 'なし' WHERE consent_id = '${ids.withdrawn}'`],
    ['delete a consent event', () => `DELETE FROM consent.consent_event WHERE consent_id = '${ids.withdrawn}'`],
    ['delete a consent', () => `DELETE FROM consent.consent WHERE id = '${ids.withdrawn}'`],
    ['widen a consent’s categories', () => `UPDATE consent.consent SET categories = array['housing.arrears', 'tax.arrears'] WHERE id = '${ids.renewed}'`],
    ['add a recipient to a consent', () => `UPDATE consent.consent SET recipients = array['welfare.self-reliance', 'utility.gas'] WHERE id = '${ids.renewed}'`],
    ['backdate a consent', () => `UPDATE consent.consent SET valid_from = '2000-01-01' WHERE id = '${ids.renewed}'`],
    ['undo a withdrawal', () => `UPDATE consent.consent SET withdrawn_at = NULL WHERE id = '${ids.withdrawn}'`],
    ['renew a withdrawn consent', () => `UPDATE consent.consent SET valid_until = '2099-12-31' WHERE id = '${ids.withdrawn}'`],
    ['withdraw a consent as of a future date', () => `UPDATE consent.consent SET withdrawn_at = now() + interval '30 days' WHERE id = '${ids.renewed}'`],
    ['change who confirmed a consent', () => `UPDATE consent.consent SET confirmed_by = 'gas-staff' WHERE id = '${ids.confirmed}'`],
    ['confirm a consent without saying when', () => `UPDATE consent.consent SET confirmed_by = 'disability-officer' WHERE id = '${ids.renewed}'`],
    ['widen an emergency', () => `UPDATE emergency.emergency SET categories = array['person.identity', 'welfare.disability'] WHERE id = '${ids.emergency}'`],
    ['extend an emergency', () => `UPDATE emergency.emergency SET expires_at = expires_at + interval '30 days' WHERE id = '${ids.emergency}'`],
    ['reopen an ended emergency', () => `UPDATE emergency.emergency SET ended_at = NULL WHERE id = '${ids.ended}'`],
    ['delete an emergency', () => `DELETE FROM emergency.emergency WHERE id = '${ids.emergency}'`],
    ['rewrite a policy version', () => `UPDATE policy.policy_version SET reason = '（削除）'`],
    ['delete a policy version', () => `DELETE FROM policy.policy_version`],
  ];

  it.each(tampering)('refuses to %s', async (_what, statement) => {
    const before = await asSuperuser(databaseUrl, async (db) =>
      Promise.all(['consent.consent', 'consent.consent_event', 'emergency.emergency', 'policy.policy_version'].map(async (t) => (await db.query(`SELECT * FROM ${t} ORDER BY 1`)).rows)),
    );
    await expect(asHub(statement())).rejects.toThrow(/refused/);
    const after = await asSuperuser(databaseUrl, async (db) =>
      Promise.all(['consent.consent', 'consent.consent_event', 'emergency.emergency', 'policy.policy_version'].map(async (t) => (await db.query(`SELECT * FROM ${t} ORDER BY 1`)).rows)),
    );
    expect(after).toEqual(before);
  });

  it.each(['consent.consent_event', 'consent.consent', 'emergency.emergency', 'policy.policy_version'])('refuses TRUNCATE of %s even to the owner', async (table) => {
    await expect(asSuperuser(databaseUrl, (db) => db.query(`TRUNCATE ${table} CASCADE`))).rejects.toThrow(/append-only/);
  });
});
