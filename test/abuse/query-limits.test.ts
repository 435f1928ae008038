import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { QUERY_LIMITS } from '../../src/server/query-limits';
import { startTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const N = DEMO_RESIDENTS.assistedHouseholdHead;

/** Runs a document and says whether any resident data was loaded for it. */
async function refusedBeforeLoading(query: string) {
  const before = hub.statements.filter((s) => !s.includes('organisation"."staff')).length;
  const response = await hub.query('housing-officer', query);
  const after = hub.statements.filter((s) => !s.includes('organisation"."staff')).length;
  return { response, loaded: after - before };
}

describe('query limits (graphql-armor), before any data is loaded', () => {
  it('refuses a document nested deeper than the limit', async () => {
    let selection = 'familyName';
    for (let i = 0; i < 6; i++) selection = `household { members { ${selection} } }`;
    const { response, loaded } = await refusedBeforeLoading(`{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${selection} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toMatch(/depth/i);
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

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: familyName`).join(' ');
    const { response, loaded } = await refusedBeforeLoading(`{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${aliases} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/alias/i);
    expect(loaded).toBe(0);
  });

  it('refuses a document whose cost is over the limit', async () => {
    const fields =
      'familyName givenName address household { members { familyName givenName rentArrears { amountYen guidance { method note } } } } ' +
      'taxArrears { amountYen } utilityAccounts(service: ELECTRICITY) { customerNumber arrears { amountYen since } supplyStopNotices { status scheduledStopOn } }';
    const copies = Array.from({ length: 14 }, (_, i) => `r${i}: resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${fields} }`).join(' ');
    const { response, loaded } = await refusedBeforeLoading(`{ ${copies} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/cost|token/i);
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

  it('does not suggest field names a caller misspells', async () => {
    const response = await hub.query('housing-officer', `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { taxArrear { amountYen } } }`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
  });

  it('still answers the landing page’s introspection', async () => {
    const response = await hub.query(null, getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(response.data.__schema.queryType.name).toBe('Query');
  });
});

describe('the token limit, at parsing', () => {
  it('refuses an enormous document as a parse failure (400), not a server error', async () => {
    const fields = Array.from({ length: 3200 }, () => 'familyName').join(' ');
    const response = await hub.query('housing-officer', `{ resident(residentNumber: "${N}", purpose: PUBLIC_HOUSING_MANAGEMENT) { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0].message).toMatch(/token/i);
  });
});
