import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { Client } from 'pg';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { Purpose } from '../../src/policy/purposes';
import { QUERY_LIMITS } from '../../src/server/query-limits';
import { CaseloadDocument } from '../../src/generated/graphql';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const N = DEMO_RESIDENTS.assistedHouseholdHead;
const numbers = (count: number) => Array.from({ length: count }, (_, i) => String(1000000001 + i));

async function accessLogRecords(): Promise<number> {
  const client = new Client({ connectionString: hub.config.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM audit.access_log_record')).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Runs a document and says whether any resident data was loaded for it, and how many access-log records it wrote. */
async function refusedBeforeLoading(actor: string, query: string, variables?: Record<string, unknown>) {
  const dataStatements = () => hub.statements.filter((s) => !s.includes('organisation"."staff')).length;
  const before = dataStatements();
  const recordsBefore = await accessLogRecords();
  const response = await hub.query(actor, query, variables);
  return { response, loaded: dataStatements() - before, logged: (await accessLogRecords()) - recordsBefore };
}

/** What a refused request shows its user: the hub's code, the limit and both languages; nothing ran. */
function expectLimit(response: GraphQLResponse, limit: string) {
  expect(response.status).toBe(400);
  expect(response.data).toBeUndefined();
  const error = response.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit });
  expect(error?.extensions?.max).toBeTypeOf('number');
  expect(error?.extensions?.messageJa).toMatch(/上限/);
  expect(error?.message).not.toMatch(/Syntax Error/);
  return error!;
}

describe('query limits, before any data is loaded', () => {
  it('refuses a document nested deeper than the limit, in both languages', async () => {
    let selection = 'familyName';
    for (let i = 0; i < 6; i++) selection = `household { members { ${selection} } }`;
    const { response, loaded } = await refusedBeforeLoading('housing-officer', `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${selection} } }`);
    const error = expectLimit(response, 'depth');
    expect(error.message).toMatch(/depth: at most 10, found 1[0-9]/);
    expect(error.extensions?.messageJa).toMatch(/入れ子の深さ/);
    expect(loaded).toBe(0);
  });

  it('serves the deepest legitimate path', async () => {
    const response = await hub.query(
      'housing-officer',
      `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { household { members { rentArrears { guidance { method } } } } } }`,
    );
    expect(response.status).toBe(200);
    expect(response.data.resident.household.members.length).toBeGreaterThan(0);
  });

  it('refuses more aliases than the limit, in both languages', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: familyName`).join(' ');
    const { response, loaded } = await refusedBeforeLoading('housing-officer', `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${aliases} } }`);
    const error = expectLimit(response, 'aliases');
    expect(error.extensions).toMatchObject({ max: 15, found: 16 });
    expect(error.extensions?.messageJa).toMatch(/別名の数/);
    expect(loaded).toBe(0);
  });

  it('refuses batched operations', async () => {
    const token = await hub.token('housing-officer');
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { code } }' }, { query: '{ me { code } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('still answers the landing page’s introspection', async () => {
    const response = await hub.query(null, getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses an enormous document at parsing (more than 3,000 tokens), not as a server error', async () => {
    const fields = Array.from({ length: 3200 }, () => 'familyName').join(' ');
    const response = await hub.query('housing-officer', `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${fields} } }`);
    expect(expectLimit(response, 'tokens').extensions?.max).toBe(3000);
  });
});

describe('the cost counts list sizes', () => {
  const DEEP = 'familyName household { members { familyName rentArrears { amountYen guidance { givenOn method note } } } }';
  const threeLists = `query Three($ns: [ID!]!) {
    a: residents(residentNumbers: $ns, purpose: PUBLIC_HOUSING_MANAGEMENT) { ${DEEP} }
    b: residents(residentNumbers: $ns, purpose: PUBLIC_HOUSING_MANAGEMENT) { ${DEEP} }
    c: residents(residentNumbers: $ns, purpose: PUBLIC_HOUSING_MANAGEMENT) { ${DEEP} } }`;

  it('refuses three aliased lists of 5,000 residents with households → members → arrears → guidance, before loading or logging anything', async () => {
    const { response, loaded, logged } = await refusedBeforeLoading('housing-officer', threeLists, { ns: numbers(5000) });
    const error = expectLimit(response, 'cost');
    expect(error.extensions?.found).toBeGreaterThan(1_000_000);
    expect(error.extensions?.messageJa).toMatch(/コスト/);
    expect([loaded, logged]).toEqual([0, 0]);
  });

  it('counts each alias: one list that is served becomes refused when asked three times', async () => {
    const ns = numbers(40);
    const one = await hub.query('housing-officer', `query One($ns: [ID!]!) { a: residents(residentNumbers: $ns, purpose: PUBLIC_HOUSING_MANAGEMENT) { ${DEEP} } }`, { ns });
    expect(one.status).toBe(200);
    expect(one.data.a).toHaveLength(40);
    const three = await hub.query('housing-officer', threeLists, { ns });
    expectLimit(three, 'cost');
  });

  it('refuses a utility’s request for 5,000 residents without writing a single denial', async () => {
    const { response, loaded, logged } = await refusedBeforeLoading(
      'electricity-staff',
      'query($ns: [ID!]!) { residents(residentNumbers: $ns, purpose: UTILITY_SUPPLY) { residentNumber familyName address } }',
      { ns: numbers(5000) },
    );
    expectLimit(response, 'cost');
    expect([loaded, logged]).toEqual([0, 0]);
  });

  it('counts `limit` and `first`, as literals and as variables', async () => {
    const register = (limit: string) =>
      `query${limit.startsWith('$') ? '($limit: Int!)' : ''} { publicHousingTenancies(purpose: PUBLIC_HOUSING_MANAGEMENT, limit: ${limit}) { id estateName building unitNumber monthlyRentYen status } }`;
    expectLimit((await refusedBeforeLoading('housing-officer', register('100000'))).response, 'cost');
    expectLimit((await refusedBeforeLoading('housing-officer', register('$limit'), { limit: 100000 })).response, 'cost');
    const served = await hub.query('housing-officer', register('$limit'), { limit: 50 });
    expect(served.status).toBe(200);
    expect(served.errors).toBeUndefined();
    const log = (first: number) => hub.query('privacy-officer', 'query($first: Int!) { accessLog(first: $first) { entries { seq subject category decision basis reason } } }', { first });
    expect((await log(1000)).status).toBe(200);
    expect((await log(100_000)).errors?.[0].extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('serves the dashboard’s shipped caseload for 100 residents', async () => {
    const response = await hub.query('caseworker', CaseloadDocument.toString(), { residentNumbers: numbers(100), purpose: 'SELF_RELIANCE_SUPPORT' });
    expect(response.status).toBe(200);
    expect(response.data.residents).toHaveLength(100);
  });
});

describe('no suggestions, and library errors in both languages', () => {
  const PURPOSES = Object.values(Purpose).sort();

  it('does not suggest field names a caller misspells, and says it in Japanese too', async () => {
    const response = await hub.query('housing-officer', `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { taxArrear { amountYen } } }`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|Suggestion|taxArrears/);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].extensions?.messageJa).toMatch(/型「Resident」に項目「taxArrear」はありません/);
  });

  it('never suggests an enum value; lists the valid ones instead (a literal)', async () => {
    const response = await hub.query('housing-officer', `{ resident(residentNumber: "${N}", purpose: HOUSING) { familyName } }`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|Suggestion/);
    const error = response.errors![0];
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', enumType: 'Purpose' });
    expect([...error.extensions!.validValues].sort()).toEqual(PURPOSES);
    expect(error.message).toMatch(/^HOUSING is not a value of Purpose\. Valid values: /);
    expect(error.extensions?.messageJa).toMatch(/^HOUSING は Purpose の値ではありません。有効な値：/);
  });

  it('never suggests an enum value; lists the valid ones instead (a variable)', async () => {
    const response = await hub.query('housing-officer', 'query($p: Purpose!) { resident(residentNumber: "1000000001", purpose: $p) { familyName } }', { p: 'PUBLIC_HOUSING' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean|Suggestion/);
    const error = response.errors![0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', enumType: 'Purpose', variable: 'p' });
    expect([...error.extensions!.validValues].sort()).toEqual(PURPOSES);
    expect(error.extensions?.messageJa).toMatch(/変数 \$p/);
  });

  it('gives a parse failure and a missing argument in Japanese as well', async () => {
    const parse = await hub.query('housing-officer', '{ me { code }');
    expect(parse.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(parse.errors?.[0].extensions?.messageJa).toMatch(/構文/);
    const missing = await hub.query('housing-officer', `{ resident(residentNumber: "${N}") { familyName } }`);
    expect(missing.errors?.[0].extensions?.messageJa).toMatch(/必須の引数「purpose」/);
  });
});
