import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { asSuperuser, type AuditHub, cloneDatabase, RECORDS, startAuditHub, verifyDatabase } from './support';

const R = DEMO_RESIDENTS.fallingBetween;
const TENANCY_AND_TAX = `query TenancyCheck($n: ID!) {
  resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) {
    familyName
    publicHousingTenancies { estateName monthlyRentYen }
    taxArrears { amountYen }
  }
}`;

let databaseUrl: string;
let hub: AuditHub;

beforeAll(async () => {
  databaseUrl = await cloneDatabase();
  hub = await startAuditHub(databaseUrl);
});
afterAll(() => hub?.close());

async function entriesOf(requestFilter: string, params: unknown[] = []) {
  return asSuperuser(databaseUrl, async (db) => (await db.query(`SELECT * FROM audit.access_log_entry WHERE ${requestFilter} ORDER BY seq, item`, params)).rows);
}

describe('entries for each decision', () => {
  it('logs the allowed tenancy read and the denied tax read of one request, with basis and citation', async () => {
    const response = await hub.query('housing-officer', TENANCY_AND_TAX, { n: R });
    expect(response.status).toBe(200);
    expect(response.data.resident.publicHousingTenancies.length).toBeGreaterThan(0);
    expect(response.data.resident.taxArrears).toBeNull();

    const rows = await entriesOf(`subject = $1 AND actor_code = 'housing-officer'`, [R]);
    const byCategory = Object.fromEntries(rows.map((r) => [r.category, r]));
    expect(new Set(rows.map((r) => r.request_id)).size).toBe(1);
    // One request's decisions about one resident are chained as one record.
    expect(new Set(rows.map((r) => r.seq)).size).toBe(1);
    expect(rows.map((r) => r.item)).toEqual(rows.map((_, i) => i));
    expect(byCategory['housing.tenancy']).toMatchObject({
      action: 'READ',
      operation: 'TenancyCheck',
      actor_role: 'HOUSING_OFFICER',
      unit_code: 'housing.public-housing',
      organisation_code: 'tsunagu-city',
      purpose: 'PUBLIC_HOUSING_MANAGEMENT',
      holder: 'housing.public-housing',
      decision: 'ALLOWED',
      basis: 'WITHIN_PURPOSE',
      citation: 'APPI art. 69(1)',
      citation_ja: '個人情報保護法第69条第1項',
      fields: ['Resident.publicHousingTenancies', 'PublicHousingTenancy.estateName', 'PublicHousingTenancy.monthlyRentYen'].sort(),
    });
    expect(byCategory['tax.arrears']).toMatchObject({
      decision: 'DENIED',
      basis: null,
      citation: null,
      holder: 'tax.taxation',
      fields: ['Resident.taxArrears'],
    });
    expect(byCategory['tax.arrears'].reason).toContain('tax.arrears');
    expect(byCategory['person.identity']).toMatchObject({ decision: 'ALLOWED', basis: 'WITHIN_PURPOSE' });
  });

  it('stores the decisions of residents decided alike once, as one decision set, and reuses it', async () => {
    const numbers = await asSuperuser(databaseUrl, async (db) => (await db.query('SELECT resident_number FROM resident.resident ORDER BY resident_number LIMIT 40')).rows.map((r) => r.resident_number));
    const caseload = `query Caseload($numbers: [ID!]!) { residents(residentNumbers: $numbers, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName publicHousingTenancies { estateName } taxArrears { amountYen } } }`;
    const first = await hub.query('housing-officer', caseload, { numbers });
    expect(first.status).toBe(200);
    const records = await asSuperuser(databaseUrl, async (db) =>
      (await db.query(`SELECT seq, row_seq, decision_set FROM ${RECORDS} WHERE request_id = (SELECT request_id FROM audit.access_log_record WHERE operation = 'Caseload' ORDER BY seq DESC LIMIT 1)`)).rows,
    );
    expect(records).toHaveLength(numbers.length);
    // Residents decided alike share a row as well as a set: a row per set here.
    expect(new Set(records.map((r) => r.row_seq)).size).toBe(new Set(records.map((r) => r.decision_set)).size);
    // What each record says was decided, read back through the entries view.
    const entries = await entriesOf(`seq = ANY($1::int8[])`, [records.map((r) => r.seq)]);
    const decided = new Map<string, string[]>();
    for (const e of entries) decided.set(e.seq, [...(decided.get(e.seq) ?? []), JSON.stringify([e.category, e.holder, e.fields, e.decision, e.basis, e.citation, e.reason])]);
    const setsBySignature = new Map<string, Set<string>>();
    for (const r of records) {
      const signature = decided.get(r.seq)!.join('|');
      setsBySignature.set(signature, (setsBySignature.get(signature) ?? new Set()).add(r.decision_set));
    }
    for (const sets of setsBySignature.values()) expect(sets.size).toBe(1);
    expect(new Set(records.map((r) => r.decision_set)).size).toBe(setsBySignature.size);
    expect(setsBySignature.size).toBeLessThan(numbers.length);

    const countSets = () => asSuperuser(databaseUrl, async (db) => Number((await db.query('SELECT count(*) FROM audit.decision_set')).rows[0].count));
    const before = await countSets();
    expect((await hub.query('housing-officer', caseload, { numbers })).status).toBe(200);
    expect(await countSets()).toBe(before);
  });

  it('keeps the chain intact', async () => {
    const verification = await verifyDatabase(databaseUrl, hub.settings);
    expect(verification.firstBad).toBeNull();
    expect(verification.checkedRecords).toBe(verification.headSeq);
    expect(verification.headSeq).toBeGreaterThan(0);
  });
});
