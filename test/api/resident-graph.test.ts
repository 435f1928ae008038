import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { denialOf } from '../support/graph-helpers';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;

beforeAll(async () => {
  // This file measures loading (1,000 residents with their households), not the query cost limit
  // (test/abuse/query-limits.test.ts): a budget that admits it.
  hub = await startTestHub({ maxQueryCost: 10_000_000 });
});
afterAll(() => hub?.close());

const errorAt = (response: { errors?: any[] }, path: (string | number)[]) =>
  response.errors?.find((e) => JSON.stringify(e.path) === JSON.stringify(path));

const HOUSING_VIEW = /* GraphQL */ `
  query HousingView($n: ID!, $purpose: Purpose!) {
    resident(residentNumber: $n, purpose: $purpose) {
      familyName
      address
      publicHousingTenancies { estateName monthlyRentYen status }
      rentArrears { monthsInArrears amountYen guidance { method note } }
      taxArrears { amountYen }
    }
  }
`;

describe('the resident graph, within the purpose of collection', () => {
  it("serves a housing officer their own section's tenancy and arrears records", async () => {
    const response = await hub.query('housing-officer', HOUSING_VIEW, { n: DEMO_RESIDENTS.fallingBetween, purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
    const resident = response.data.resident;
    expect(resident.familyName).toMatch(/\S/);
    expect(resident.publicHousingTenancies).toHaveLength(1);
    expect(resident.publicHousingTenancies[0].estateName).toMatch(/団地/);
    expect(resident.rentArrears[0].monthsInArrears).toBe(6);
    expect(resident.rentArrears[0].guidance.length).toBeGreaterThan(0);
  });

  it('denies the same officer the tax office’s data, explaining why and what would make it lawful', async () => {
    const response = await hub.query('housing-officer', HOUSING_VIEW, { n: DEMO_RESIDENTS.fallingBetween, purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(response.data.resident.taxArrears).toBeNull();
    const error = errorAt(response, ['resident', 'taxArrears']);
    expect(error.extensions).toMatchObject({ code: 'ACCESS_DENIED', category: 'tax.arrears', holder: 'tax.taxation' });
    expect(error.extensions.messageJa).toMatch(/認められません/);
    const explanation = denialOf(response, error);
    expect(explanation).toMatchObject({ category: 'tax.arrears', holder: 'tax.taxation' });
    expect(explanation.failures[0]).toMatchObject({ basis: 'WITHIN_PURPOSE' });
    expect(explanation.failures[0].reason.en).toContain('collected for TAX_ASSESSMENT_AND_COLLECTION');
    expect(explanation.remedy!.en).toContain('written or electronic consent');
    expect(explanation.remedy!.ja).toContain('地方税法第22条');
    expect(explanation.message.ja).toMatch(/認められません/);
  });

  it('serves the tax officer tax data and denies them the housing records', async () => {
    const response = await hub.query('tax-officer', HOUSING_VIEW, { n: DEMO_RESIDENTS.fallingBetween, purpose: 'TAX_ASSESSMENT_AND_COLLECTION' });
    expect(response.data.resident.taxArrears.length).toBeGreaterThan(0);
    expect(response.data.resident.publicHousingTenancies).toBeNull();
    expect(response.data.resident.rentArrears).toBeNull();
    expect(errorAt(response, ['resident', 'rentArrears']).extensions.category).toBe('housing.arrears');
  });

  it("lists the housing section's own register to its staff only", async () => {
    const query = 'query($p: Purpose!) { publicHousingTenancies(purpose: $p, limit: 5) { id estateName } }';
    const own = await hub.query('housing-officer', query, { p: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(own.data.publicHousingTenancies).toHaveLength(5);
    expect(own.data.publicHousingTenancies.every((t: any) => t.estateName)).toBe(true);
    const other = await hub.query('tax-officer', query, { p: 'TAX_ASSESSMENT_AND_COLLECTION' });
    expect(other.data).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('RECORD_LISTING_FORBIDDEN');
  });

  it('reaches household members, deciding each member on their own', async () => {
    const query = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) {
      household { householdNumber members { residentNumber relationshipToHead careCertifications { careLevel } } } } }`;
    const response = await hub.query('housing-officer', query, { n: DEMO_RESIDENTS.assistedHouseholdHead });
    const members = response.data.resident.household.members;
    expect(members.map((m: any) => m.residentNumber)).toEqual([DEMO_RESIDENTS.assistedHouseholdHead, DEMO_RESIDENTS.careCertifiedGrandmother, DEMO_RESIDENTS.disabledSon]);
    expect(members[0].relationshipToHead).toBe('HEAD');
    expect(members.every((m: any) => m.careCertifications === null)).toBe(true);
    const denied = errorAt(response, ['resident', 'household', 'members', 1, 'careCertifications']);
    expect(denied.extensions).toMatchObject({ code: 'ACCESS_DENIED', category: 'welfare.care' });
    expect(denialOf(response, denied).remedy!.en).toContain('special-care');
  });

  it('denies every alias and fragment that reaches a denied field', async () => {
    const query = `query($n: ID!) { resident(residentNumber: $n, purpose: PUBLIC_HOUSING_MANAGEMENT) {
      a: taxArrears { amountYen } ...F ... on Resident { c: taxAssessments { annualTaxYen } } } }
      fragment F on Resident { b: taxArrears { fiscalYear } }`;
    const response = await hub.query('housing-officer', query, { n: DEMO_RESIDENTS.fallingBetween });
    expect(response.data.resident).toEqual({ a: null, b: null, c: null });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['ACCESS_DENIED', 'ACCESS_DENIED', 'ACCESS_DENIED']);
  });
});

describe('bad input changes nothing and says what is wrong', () => {
  it('refuses a purpose the unit may not declare', async () => {
    const response = await hub.query('housing-officer', HOUSING_VIEW, { n: DEMO_RESIDENTS.fallingBetween, purpose: 'TAX_ASSESSMENT_AND_COLLECTION' });
    expect(response.data.resident).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('PURPOSE_NOT_PERMITTED');
  });

  it('refuses an unknown purpose before running anything', async () => {
    const response = await hub.query('housing-officer', HOUSING_VIEW, { n: DEMO_RESIDENTS.fallingBetween, purpose: 'CURIOSITY' });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].message).toContain('CURIOSITY');
  });

  it('refuses a malformed resident number', async () => {
    const response = await hub.query('housing-officer', HOUSING_VIEW, { n: "1' OR 1=1 --", purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(response.data.resident).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'residentNumber' });
  });

  it('says when a resident number is unknown to an actor who may look residents up', async () => {
    const response = await hub.query('housing-officer', HOUSING_VIEW, { n: '1999999999', purpose: 'PUBLIC_HOUSING_MANAGEMENT' });
    expect(response.data.resident).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('RESIDENT_NOT_FOUND');
  });

  it('answers an actor without a basis the same whether or not the resident exists', async () => {
    const query = 'query($n: ID!) { resident(residentNumber: $n, purpose: UTILITY_SUPPLY) { familyName } }';
    const known = await hub.query('electricity-staff', query, { n: DEMO_RESIDENTS.fallingBetween });
    const unknown = await hub.query('electricity-staff', query, { n: '1999999999' });
    expect(known.data).toEqual({ resident: null });
    expect(known.errors?.[0].extensions?.code).toBe('ACCESS_DENIED');
    const strip = (r: any) => JSON.stringify(r.errors.map((e: any) => ({ ...e, message: e.message })));
    expect(strip(known)).toBe(strip(unknown));
  });

  it('refuses more than 5,000 residents in one request', async () => {
    const numbers = Array.from({ length: 5001 }, (_, i) => String(1000000001 + i));
    const response = await hub.query('housing-officer', 'query($ns: [ID!]!) { residents(residentNumbers: $ns, purpose: PUBLIC_HOUSING_MANAGEMENT) { familyName } }', { ns: numbers });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'residentNumbers' });
  });
});

describe('batched loading', () => {
  async function residentNumbers(count: number): Promise<string[]> {
    const client = new Client({ connectionString: hub.config.databaseUrl });
    await client.connect();
    // Whole households, so that no member reached through a household lies outside the list.
    const { rows } = await client.query(
      `SELECT resident_number FROM resident.resident WHERE household_number IN (
         SELECT household_number FROM resident.household ORDER BY household_number LIMIT $1) ORDER BY resident_number`,
      [Math.ceil(count / 2)],
    );
    await client.end();
    return rows.map((r) => r.resident_number);
  }

  const CASELOAD = `query($ns: [ID!]!) { residents(residentNumbers: $ns, purpose: PUBLIC_HOUSING_MANAGEMENT) {
    familyName givenName address household { members { familyName } }
    publicHousingTenancies { estateName } rentArrears { amountYen guidance { method } } housingConsultations { topic }
    taxArrears { amountYen } utilityAccounts(service: ELECTRICITY) { customerNumber arrears { amountYen } } } }`;

  it('runs the same number of SQL statements for 50 residents as for 1,000', async () => {
    const count = async (n: number) => {
      const numbers = await residentNumbers(n);
      const before = hub.statements.length;
      const response = await hub.query('housing-officer', CASELOAD, { ns: numbers });
      expect(response.data.residents.length).toBeGreaterThanOrEqual(n * 0.8);
      if (process.env.SHOW_SQL) console.log(n, hub.statements.slice(before).map((s) => s.slice(0, 140)).join('\n'));
      return hub.statements.length - before;
    };
    await count(10); // warm the connection pools, whose first use runs set-up statements
    const small = await count(50);
    const large = await count(1000);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
