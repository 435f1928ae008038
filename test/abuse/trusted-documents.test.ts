import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/environment';
import { runCaseworkerDashboard } from '../../src/examples/caseworker-dashboard';
import { AccessLogSearchDocument, CaseloadDocument, CaseworkerIdentityDocument } from '../../src/generated/graphql';
import { TRUSTED_DOCUMENTS, documentIdOf } from '../../src/server/trusted-documents';
import { DEMO_RESIDENTS } from '../../src/synthetic/demo-cast';
import { startTestHub, type GraphQLResponse, type TestHub } from '../support/test-hub';

const CASELOAD_ID: string = CaseloadDocument.__meta__!.hash;
const CASELOAD_TEXT = TRUSTED_DOCUMENTS.get(CASELOAD_ID)!;
const CASELOAD_VARIABLES = { residentNumbers: [DEMO_RESIDENTS.singleMother, DEMO_RESIDENTS.fallingBetween], purpose: 'SELF_RELIANCE_SUPPORT' };
const AD_HOC = `{ resident(residentNumber: "${DEMO_RESIDENTS.fallingBetween}", purpose: SELF_RELIANCE_SUPPORT) { familyName address } }`;
const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;
const apq = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } });

/** The statements a request runs besides looking up who sent it (authentication comes before any plugin). */
async function sqlOf(hub: TestHub, send: () => Promise<GraphQLResponse>) {
  const before = hub.statements.length;
  const response = await send();
  return { response, sql: hub.statements.slice(before).filter((s) => !s.includes('organisation"."staff')) };
}

async function postAs(hub: TestHub, actor: string, body: unknown) {
  return hub.post(body, { authorization: `Bearer ${await hub.token(actor)}` });
}

function expectRefused({ response, sql }: { response: GraphQLResponse; sql: string[] }) {
  expect(response.status, JSON.stringify(response)).toBe(403);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toMatchObject({ code: 'DOCUMENT_NOT_TRUSTED', messageJa: expect.any(String) });
  expect(response).not.toHaveProperty('data');
  expect(sql).toEqual([]);
}

describe('TRUSTED_DOCUMENTS=require', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ trustedDocuments: 'require' });
  });
  afterAll(() => hub?.close());

  const caseloadServed = (response: GraphQLResponse) => {
    expect(response.status, JSON.stringify(response.errors)).toBe(200);
    expect(response.data.residents.map((r: { residentNumber: string }) => r.residentNumber)).toEqual(CASELOAD_VARIABLES.residentNumbers);
  };

  it('runs a manifest operation sent by id: `documentId` (POST and GET) or Apollo’s persisted-query hash', async () => {
    const byDocumentId = await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: CASELOAD_ID, variables: CASELOAD_VARIABLES }));
    caseloadServed(byDocumentId.response);
    expect(byDocumentId.sql.length).toBeGreaterThan(0);
    caseloadServed(await postAs(hub, 'caseworker', { extensions: apq(CASELOAD_ID), variables: CASELOAD_VARIABLES }));

    const search = new URLSearchParams({ documentId: CaseworkerIdentityDocument.__meta__!.hash });
    const get = await fetch(`${hub.url}?${search}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${await hub.token('caseworker')}` } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as GraphQLResponse).data.me.code).toBe('caseworker');
  });

  it('runs a manifest operation sent as its full text (the manifest’s text, which the id is the hash of)', async () => {
    expect(documentIdOf(CASELOAD_TEXT)).toBe(CASELOAD_ID);
    caseloadServed(await postAs(hub, 'caseworker', { query: CASELOAD_TEXT, variables: CASELOAD_VARIABLES }));
    caseloadServed(await postAs(hub, 'caseworker', { documentId: CASELOAD_ID, query: CASELOAD_TEXT, variables: CASELOAD_VARIABLES }));
  });

  it('refuses an ad-hoc document, before parsing or validating it', async () => {
    expectRefused(await sqlOf(hub, () => hub.query('caseworker', AD_HOC)));
    expectRefused(await sqlOf(hub, () => hub.query('caseworker', '{ resident(')));
    expectRefused(await sqlOf(hub, () => hub.query('caseworker', '{ noSuchField }')));
    expectRefused(await sqlOf(hub, () => hub.query(null, '{ __schema { types { name } } }')));
  });

  it('refuses a manifest document with one field added, or only formatted differently', async () => {
    const modified = CASELOAD_TEXT.replace('address ', 'address dvProtection ');
    expect(modified).not.toBe(CASELOAD_TEXT);
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { query: modified, variables: CASELOAD_VARIABLES })));
    // A different text is a different document, even if only its whitespace differs.
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { query: CaseloadDocument.toString(), variables: CASELOAD_VARIABLES })));
  });

  it('refuses an id the manifest lacks, in either form', async () => {
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: UNKNOWN_ID, variables: CASELOAD_VARIABLES })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { extensions: apq(UNKNOWN_ID), variables: CASELOAD_VARIABLES })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: CASELOAD_ID.toUpperCase(), variables: CASELOAD_VARIABLES })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: 42 })));
  });

  it('refuses mixed attempts: a trusted id with other text, two ids that disagree, an ad-hoc document registered as an automatic persisted query', async () => {
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: CASELOAD_ID, query: AD_HOC })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { extensions: apq(CASELOAD_ID), query: AD_HOC })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: CASELOAD_ID, extensions: apq(CaseworkerIdentityDocument.__meta__!.hash), variables: CASELOAD_VARIABLES })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { query: AD_HOC, extensions: apq(documentIdOf(AD_HOC)) })));
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { extensions: apq(documentIdOf(AD_HOC)) })));
  });

  it('refuses a batch, even of trusted operations, before anything runs (batching is off: BAD_REQUEST)', async () => {
    const { response, sql } = await sqlOf(hub, () => postAs(hub, 'caseworker', [{ documentId: CASELOAD_ID, variables: CASELOAD_VARIABLES }, { query: AD_HOC }]));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(response).not.toHaveProperty('data');
    expect(sql).toEqual([]);
  });

  it('exempts no role: the privacy officer runs the auditor console’s operations, not ad-hoc ones', async () => {
    expectRefused(await sqlOf(hub, () => hub.query('privacy-officer', '{ accessLog(first: 5) { totalCount } }')));
    const auditorConsole = await postAs(hub, 'privacy-officer', { documentId: AccessLogSearchDocument.__meta__!.hash });
    expect(auditorConsole.status).toBe(200);
    expect(auditorConsole.errors).toBeUndefined();
    expect(auditorConsole.data.accessLog.totalCount).toEqual(expect.any(Number));
  });

  it('serves the caseworker dashboard example, whose client sends ids only', async () => {
    const bodies: Record<string, unknown>[] = [];
    const recording: typeof fetch = (input, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    };
    const lines: string[] = [];
    const code = await runCaseworkerDashboard({ HUB_URL: hub.url, TOKEN: await hub.token('caseworker') }, (line) => lines.push(line), recording);
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toContain('Caseload under SELF_RELIANCE_SUPPORT (2 residents)');
    expect(bodies.length).toBe(4);
    for (const body of bodies) expect(body).not.toHaveProperty('query');
  });
});

describe('TRUSTED_DOCUMENTS=allow', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ trustedDocuments: 'allow' });
  });
  afterAll(() => hub?.close());

  it('runs manifest operations by id and ad-hoc documents alike', async () => {
    const byId = await postAs(hub, 'caseworker', { documentId: CASELOAD_ID, variables: CASELOAD_VARIABLES });
    expect(byId.data.residents).toHaveLength(2);
    const adHoc = await hub.query('caseworker', AD_HOC);
    expect(adHoc.status).toBe(200);
    expect(adHoc.data).toHaveProperty('resident');
  });

  it('refuses a `documentId` the manifest lacks, and leaves an unknown persisted-query hash to Apollo’s APQ', async () => {
    expectRefused(await sqlOf(hub, () => postAs(hub, 'caseworker', { documentId: UNKNOWN_ID })));
    const apqMiss = await postAs(hub, 'caseworker', { extensions: apq(UNKNOWN_ID) });
    expect(apqMiss.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ trustedDocuments: 'off' });
  });
  afterAll(() => hub?.close());

  it('runs ad-hoc documents, and does not know ids', async () => {
    const adHoc = await hub.query('caseworker', AD_HOC);
    expect(adHoc.status).toBe(200);
    expect(adHoc.data).toHaveProperty('resident');
    const byId = await postAs(hub, 'caseworker', { documentId: CASELOAD_ID, variables: CASELOAD_VARIABLES });
    expect(byId.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('the setting', () => {
  it('is `allow` unless set (the console and the generated clients send ids), or `require` when NODE_ENV=production; anything else is an error', () => {
    expect(loadConfig({}).trustedDocuments).toBe('allow');
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'off' }).trustedDocuments).toBe('off');
    expect(loadConfig({ NODE_ENV: 'production' }).trustedDocuments).toBe('require');
    expect(loadConfig({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'allow' }).trustedDocuments).toBe('allow');
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'require' }).trustedDocuments).toBe('require');
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'on' })).toThrow(/TRUSTED_DOCUMENTS must be one of off, allow, require/);
  });
});
