import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { startTestHub, type TestHub } from '../support/test-hub';

/**
 * Attempts to reach values a housing officer may not see (tax, NHI, welfare, utilities; special-care
 * data of household members), by every path the schema offers. Each must come back null with an
 * ACCESS_DENIED error, carry no trace of the value, and be logged as a denial.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const SUBJECT = DEMO_RESIDENTS.fallingBetween;
const OTHER = DEMO_RESIDENTS.assistedHouseholdHead;
const PURPOSE = 'PUBLIC_HOUSING_MANAGEMENT';

/** Denied selections: the field (as a document fragment) and a name to alias it by. */
const DENIED: [name: string, selection: string][] = [
  ['taxArrears', 'taxArrears { amountYen fiscalYear }'],
  ['taxAssessments', 'taxAssessments { annualTaxYen incomeBand }'],
  ['nhiArrears', 'nhiArrears { amountYen }'],
  ['publicAssistance', 'publicAssistance { caseNumber housingAllowanceMonthlyYen }'],
  ['careCertifications', 'careCertifications { careLevel }'],
  ['disabilityCertificates', 'disabilityCertificates { grade }'],
  ['selfRelianceCases', 'selfRelianceCases { caseNumber }'],
  ['housingSecurityBenefits', 'housingSecurityBenefits { monthlyAmountYen }'],
  ['electricity', 'utilityAccounts(service: ELECTRICITY) { customerNumber arrears { amountYen } }'],
  ['gas', 'utilityAccounts(service: GAS) { customerNumber }'],
  ['water', 'utilityAccounts(service: WATER) { customerNumber supplyStopNotices { status } }'],
];

const aliased = (alias: string, selection: string) => `${alias}: ${selection}`;

/** Ways to ask for one denied selection: each yields a document and the variables it needs. */
const TECHNIQUES: [technique: string, build: (name: string, selection: string) => { query: string; variables?: Record<string, unknown> }][] = [
  ['plainly', (n, s) => ({ query: `{ resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { familyName ${aliased(`d_${n}`, s)} } }` })],
  ['under a second alias', (n, s) => ({ query: `{ resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { familyName ${aliased(`d2_${n}`, s)} } }` })],
  ['through a named fragment', (n, s) => ({ query: `{ resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { ...F } } fragment F on Resident { ${aliased(`d_${n}`, s)} }` })],
  ['through an inline fragment', (n, s) => ({ query: `{ resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { ... on Resident { ${aliased(`d_${n}`, s)} } } }` })],
  ['through household members', (n, s) => ({ query: `{ resident(residentNumber: "${OTHER}", purpose: ${PURPOSE}) { household { members { ${aliased(`d_${n}`, s)} } } } }` })],
  ['in a list mixing residents', (n, s) => ({ query: `query($ns: [ID!]!) { residents(residentNumbers: $ns, purpose: ${PURPOSE}) { familyName ${aliased(`d_${n}`, s)} } }`, variables: { ns: [OTHER, SUBJECT] } })],
  ['with the resident number in a variable', (n, s) => ({ query: `query($n: ID!) { resident(residentNumber: $n, purpose: ${PURPOSE}) { ${aliased(`d_${n}`, s)} } }`, variables: { n: SUBJECT } })],
  ['twice in one request', (n, s) => ({ query: `{ a: resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { ${aliased(`d_${n}`, s)} } b: resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { ${aliased(`d2_${n}`, s)} } }` })],
];

/** Every value under a key starting with `d` + `_`/`2_` (the denied aliases) must be null. */
function deniedValues(data: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(data)) data.forEach((item) => deniedValues(item, found));
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (/^d2?_/.test(key)) found.push(value);
      else deniedValues(value, found);
    }
  }
  return found;
}

const secrets: string[] = [];

describe('the bypass corpus', () => {
  beforeAll(async () => {
    // What the holders themselves see: none of it may appear in the housing officer's answers.
    const tax = await hub.query('tax-officer', `{ resident(residentNumber: "${SUBJECT}", purpose: TAX_ASSESSMENT_AND_COLLECTION) { taxArrears { amountYen } } }`);
    secrets.push(...tax.data.resident.taxArrears.map((t: any) => `"amountYen":${t.amountYen}`));
    const care = await hub.query('care-officer', `{ resident(residentNumber: "${DEMO_RESIDENTS.careCertifiedGrandmother}", purpose: LONG_TERM_CARE_INSURANCE) { careCertifications { careLevel } } }`);
    secrets.push(...care.data.resident.careCertifications.map((c: any) => c.careLevel));
    expect(secrets.length).toBeGreaterThan(1);
  });

  const attempts = TECHNIQUES.flatMap(([technique, build]) => DENIED.map(([name, selection]) => [`${name} ${technique}`, build(name, selection)] as const));

  it('has at least 50 attempts', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(50);
  });

  it.each(attempts)('refuses %s', async (_label, { query, variables }) => {
    const response = await hub.query('housing-officer', query, variables);
    expect(response.status).toBe(200);
    const values = deniedValues(response.data);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v === null)).toBe(true);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(response.errors?.every((e) => e.extensions?.code === 'ACCESS_DENIED')).toBe(true);
    const body = JSON.stringify(response);
    for (const secret of secrets) expect(body).not.toContain(secret);
  });

  it('logs every one of them as a denial', async () => {
    const log = await hub.query('privacy-officer', '{ accessLog(filter: { actorCode: "housing-officer", decision: DENIED }, first: 1) { totalCount } }');
    expect(log.errors).toBeUndefined();
    expect(log.data.accessLog.totalCount).toBeGreaterThanOrEqual(attempts.length);
  });
});

describe('other ways in', () => {
  const injections = ["1000000001' OR '1'='1", '1000000001; DROP TABLE resident.resident; --', '1000000001\u0000', '１０００００００００１', '${jndi:ldap://x}', 'x'.repeat(10_000)];

  it.each(injections)('refuses %j as a resident number, changing nothing', async (value) => {
    const response = await hub.query('housing-officer', `query($n: ID!) { resident(residentNumber: $n, purpose: ${PURPOSE}) { familyName } }`, { n: value });
    expect(response.data?.resident ?? null).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const still = await hub.query('registry-clerk', `{ resident(residentNumber: "${SUBJECT}", purpose: RESIDENT_REGISTRY) { familyName } }`);
    expect(still.data.resident.familyName).toMatch(/\S/);
  });

  it('has no argument to order or filter by a denied field', async () => {
    const response = await hub.query('housing-officer', `{ residents(residentNumbers: ["${SUBJECT}"], purpose: ${PURPOSE}, orderBy: "taxArrears") { familyName } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a simple GET that a browser could send across sites (CSRF)', async () => {
    const token = await hub.token('housing-officer');
    const url = `${hub.url}?query=${encodeURIComponent(`{ resident(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}) { familyName } }`)}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('familyName":"');
  });

  it('refuses a mutation over GET', async () => {
    const token = await hub.token('housing-officer');
    const url = `${hub.url}?query=${encodeURIComponent('mutation { withdrawConsent(id: "00000000-0000-0000-0000-000000000000", purpose: PUBLIC_HOUSING_MANAGEMENT) { id } }')}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });

  it('explains a denial without the value', async () => {
    const response = await hub.query('housing-officer', `{ explainAccess(residentNumber: "${SUBJECT}", purpose: ${PURPOSE}, categories: ["tax.arrears"]) { allowed failures { reason { en } } } }`);
    expect(response.data.explainAccess[0].allowed).toBe(false);
    for (const secret of secrets) expect(JSON.stringify(response)).not.toContain(secret);
  });
});
