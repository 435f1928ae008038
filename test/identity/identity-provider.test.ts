import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { loadConfig } from '../../src/config/environment';
import { identityProviderKeys, type IdentityProviderSettings } from '../../src/identity/identity-provider';
import { verifyToken } from '../../src/identity/token';
import { startTestHub, type TestHub } from '../support/test-hub';
import { freePort } from '../../src/db/free-port';

const ISSUER = 'https://idp.city.example/realms/staff';
const AUDIENCE = 'tsunagu-hub-api';
const ME = '{ me { code role unitCode } }';

interface SigningKey {
  alg: 'RS256' | 'ES256';
  kid: string;
  privateKey: KeyLike;
  jwk: JWK;
}

async function signingKey(alg: 'RS256' | 'ES256', kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { alg, kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

let rsa: SigningKey;
let ec: SigningKey;
let stranger: SigningKey;
let jwksServer: Server;
let jwksRequests = 0;
let hub: TestHub;
let settings: IdentityProviderSettings;

/** An access token as the city's identity provider issues it: an opaque `sub`, the staff code in `staff_code`. */
function providerToken(key: SigningKey, claims: Record<string, unknown> = { staff_code: 'caseworker' }, options: { iss?: string; aud?: string; lifetime?: number } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: '5b1f6c1e-opaque-idp-subject', ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'at+jwt' })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.lifetime ?? 300))
    .sign(key.privateKey);
}

const asBearer = (h: TestHub, token: string) => h.post({ query: ME }, { authorization: `Bearer ${token}` });

beforeAll(async () => {
  [rsa, ec, stranger] = await Promise.all([signingKey('RS256', 'city-rsa-2026'), signingKey('ES256', 'city-ec-2026'), signingKey('RS256', 'city-rsa-2026')]);
  jwksServer = createServer((req, res) => {
    jwksRequests++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [rsa.jwk, ec.jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/realms/staff/protocol/openid-connect/certs`;
  settings = { issuer: ISSUER, audience: AUDIENCE, jwksUrl, staffClaim: 'staff_code' };
  hub = await startTestHub({ identityProvider: settings, hubTokens: true });
});
afterAll(async () => {
  await hub?.close();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

describe("the city's identity provider (OIDC access tokens)", () => {
  it('accepts an RS256 token and maps its staff claim to the staff record', async () => {
    const response = await asBearer(hub, await providerToken(rsa));
    expect(response.status).toBe(200);
    expect(response.data.me).toEqual({ code: 'caseworker', role: 'SELF_RELIANCE_CASEWORKER', unitCode: 'welfare.self-reliance' });
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('accepts an ES256 token', async () => {
    const response = await asBearer(hub, await providerToken(ec, { staff_code: 'housing-officer' }));
    expect(response.data.me.code).toBe('housing-officer');
  });

  it("still accepts the hub's own HS256 tokens when turned on (TSUNAGU_HUB_TOKENS=on)", async () => {
    expect((await hub.query('tax-officer', ME)).data.me.code).toBe('tax-officer');
  });

  const refused: [string, () => Promise<string>, string, RegExp?][] = [
    ['a token signed by a key the provider does not publish (same kid)', () => providerToken(stranger), 'UNAUTHENTICATED'],
    ['a token from another issuer', () => providerToken(rsa, undefined, { iss: 'https://idp.elsewhere.example' }), 'UNAUTHENTICATED', /"iss"/],
    ['a token for another audience', () => providerToken(rsa, undefined, { aud: 'another-api' }), 'UNAUTHENTICATED', /"aud"/],
    ['a token without the staff claim', () => providerToken(rsa, {}), 'UNAUTHENTICATED', /staff_code/],
    ['a numeric staff claim', () => providerToken(rsa, { staff_code: 12345 }), 'UNAUTHENTICATED', /"staff_code" claim must be a string/],
    ['an array staff claim', () => providerToken(rsa, { staff_code: ['privacy-officer'] }), 'UNAUTHENTICATED', /"staff_code" claim must be a string/],
    ['a token living longer than a working day', () => providerToken(rsa, undefined, { lifetime: 9 * 3600 }), 'UNAUTHENTICATED', /lives longer/],
    ['a staff claim naming nobody', () => providerToken(rsa, { staff_code: 'nobody' }), 'UNKNOWN_ACTOR'],
    ['a staff claim naming a disabled member', () => providerToken(rsa, { staff_code: 'former-housing-officer' }), 'ACTOR_DISABLED'],
  ];

  it.each(refused)('refuses %s with 401', async (_name, make, code, message) => {
    const response = await asBearer(hub, await make());
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(response.errors?.[0].extensions?.messageJa).toBeTruthy();
    if (message) expect(response.errors?.[0].message).toMatch(message);
  });

  it("maps the staff claim, never the provider's opaque `sub`", async () => {
    const response = await asBearer(hub, await providerToken(rsa, { sub: 'privacy-officer', staff_code: 'caseworker' }));
    expect(response.data.me.code).toBe('caseworker');
  });
});

describe("with the provider configured, the hub's own tokens are off unless turned on (TSUNAGU_HUB_TOKENS)", () => {
  let providerOnly: TestHub;
  beforeAll(async () => {
    providerOnly = await startTestHub({ identityProvider: settings, hubTokens: false });
  });
  afterAll(() => providerOnly?.close());

  it("refuses a valid HS256 token signed with the hub's key, saying only the provider's are accepted, and runs nothing", async () => {
    const response = await providerOnly.query('privacy-officer', ME);
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].message).toMatch(/identity provider/);
    expect(response.errors?.[0].extensions?.messageJa).toMatch(/認証基盤/);
  });

  it("still accepts the provider's tokens", async () => {
    expect((await asBearer(providerOnly, await providerToken(rsa))).data.me.code).toBe('caseworker');
  });

  it('offers no demo sign-in', async () => {
    expect((await fetch(`${providerOnly.url}console/demo-actors`)).status).toBe(404);
    expect((await fetch(`${providerOnly.url}console/demo-token?actor=privacy-officer`, { method: 'POST' })).status).toBe(404);
  });

  it('is the default with OIDC_ISSUER, turned on only by TSUNAGU_HUB_TOKENS=on, and never off without a provider', () => {
    const oidc = { OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: 'https://idp.city.example/certs' };
    expect(loadConfig(oidc)).toMatchObject({ hubTokens: false, demoSignIn: false });
    expect(loadConfig({ ...oidc, TSUNAGU_HUB_TOKENS: 'on' })).toMatchObject({ hubTokens: true, demoSignIn: true });
    expect(loadConfig({})).toMatchObject({ hubTokens: true, demoSignIn: true });
    expect(() => loadConfig({ TSUNAGU_HUB_TOKENS: 'off' })).toThrow(/needs an identity provider/);
    expect(() => loadConfig({ ...oidc, TSUNAGU_HUB_TOKENS: 'yes' })).toThrow(/on or off/);
  });
});

describe('an identity provider that does not answer', () => {
  let down: TestHub;
  beforeAll(async () => {
    const closedPort = await freePort();
    down = await startTestHub({ identityProvider: { ...settings, jwksUrl: `http://127.0.0.1:${closedPort}/certs` }, hubTokens: true });
  });
  afterAll(() => down?.close());

  it('answers 503 IDENTITY_PROVIDER_UNAVAILABLE, in both languages, and runs nothing', async () => {
    const response = await asBearer(down, await providerToken(rsa));
    expect(response.status).toBe(503);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
    expect(response.errors?.[0].message).toMatch(/signing keys could not be fetched/);
    expect(response.errors?.[0].extensions?.messageJa).toMatch(/署名鍵を取得できず/);
  });

  it("keeps serving the hub's own tokens meanwhile", async () => {
    expect((await down.query('caseworker', ME)).data.me.code).toBe('caseworker');
  });
});

describe('keys from a local JWKS file (closed networks)', () => {
  it('verifies provider tokens with the keys in OIDC_JWKS_FILE', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tsunagu-jwks-')), 'jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [rsa.jwk] }));
    const fileSettings = { issuer: ISSUER, audience: AUDIENCE, jwksFile: file, staffClaim: 'staff_code' };
    const verification = {
      hub: { key: new TextEncoder().encode('unused-unused-unused-unused-unused-0'), issuer: 'tsunagu', audience: 'tsunagu-hub' },
      hubTokensAccepted: true,
      lifetime: { maxLifetimeSeconds: 28800, clockSkewSeconds: 60 },
      identityProvider: { settings: fileSettings, keys: identityProviderKeys(fileSettings) },
    };
    await expect(verifyToken(verification, await providerToken(rsa))).resolves.toMatchObject({ actorCode: 'caseworker' });
    // The file holds only the RSA key: an ES256 token is refused as unverifiable, not as an outage.
    await expect(verifyToken(verification, await providerToken(ec))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('reads the provider from the environment, and refuses an incomplete configuration', () => {
    expect(loadConfig({}).identityProvider).toBeUndefined();
    expect(loadConfig({ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: 'https://idp.city.example/certs', OIDC_STAFF_CLAIM: 'staff_code' }).identityProvider).toEqual({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: 'https://idp.city.example/certs',
      jwksFile: undefined,
      staffClaim: 'staff_code',
    });
    expect(() => loadConfig({ OIDC_ISSUER: ISSUER, OIDC_AUDIENCE: AUDIENCE })).toThrow(/OIDC_JWKS_URL or OIDC_JWKS_FILE|exactly one/);
    expect(() => loadConfig({ OIDC_ISSUER: ISSUER, OIDC_JWKS_URL: 'https://idp.city.example/certs' })).toThrow(/OIDC_AUDIENCE/);
  });
});
