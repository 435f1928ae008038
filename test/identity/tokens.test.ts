import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Client } from 'pg';
import { startTestHub, TEST_JWT_SECRET, type TestHub } from '../support/test-hub';
import { loadConfig } from '../../src/config/environment';
import { verifyToken } from '../../src/identity/token';

const ME = '{ me { code role unitCode regime declarablePurposes } }';
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const key = (secret = TEST_JWT_SECRET) => new TextEncoder().encode(secret);

function token(options: { sub?: string; iss?: string; aud?: string; exp?: number | string; nbf?: number; secret?: string } = {}) {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(options.sub ?? 'housing-officer');
  jwt.setIssuer(options.iss ?? 'tsunagu').setAudience(options.aud ?? 'tsunagu-hub').setIssuedAt();
  if (options.exp !== undefined) jwt.setExpirationTime(options.exp);
  else jwt.setExpirationTime('1h');
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(key(options.secret));
}

async function asBearer(value: string) {
  return hub.post({ query: ME }, { authorization: `Bearer ${value}` });
}

describe('identity', () => {
  it('knows a valid token’s actor, unit and regime', async () => {
    const response = await hub.query('caseworker', ME);
    expect(response.errors).toBeUndefined();
    expect(response.data.me).toEqual({
      code: 'caseworker',
      role: 'SELF_RELIANCE_CASEWORKER',
      unitCode: 'welfare.self-reliance',
      // Run by the council of social welfare under contract: the city's records, public-organ regime.
      regime: 'PUBLIC_ORGAN',
      // The contract entrusts the other programmes of the Act too (seed 002:262-263: 80% of contracted agencies are run by 社協).
      declarablePurposes: [
        'SELF_RELIANCE_SUPPORT', 'HOUSING_SECURITY_BENEFIT', 'PROTECTION_OF_LIFE_BODY_PROPERTY',
        'HOUSEHOLD_FINANCE_SUPPORT', 'EMPLOYMENT_PREPARATION_SUPPORT', 'TEMPORARY_LIVING_SUPPORT', 'OUTREACH',
      ],
    });
  });

  it('asks for a token when there is none', async () => {
    const response = await hub.query(null, ME);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  const refused: [string, () => Promise<string>, string][] = [
    ['a token signed with another key', () => token({ secret: 'another-secret-another-secret-another-secret' }), 'UNAUTHENTICATED'],
    ['a token from another issuer', () => token({ iss: 'someone-else' }), 'UNAUTHENTICATED'],
    ['a token for another audience', () => token({ aud: 'another-api' }), 'UNAUTHENTICATED'],
    ['an expired token', () => token({ exp: Math.floor(Date.now() / 1000) - 60 }), 'UNAUTHENTICATED'],
    ['a token not yet valid', () => token({ nbf: Math.floor(Date.now() / 1000) + 3600 }), 'UNAUTHENTICATED'],
    ['an unsigned token (alg: none)', async () => new UnsecuredJWT({}).setSubject('housing-officer').setIssuer('tsunagu').setAudience('tsunagu-hub').setExpirationTime('1h').encode(), 'UNAUTHENTICATED'],
    ['a token for an unknown actor', () => token({ sub: 'nobody' }), 'UNKNOWN_ACTOR'],
    ['a token for a disabled actor', () => token({ sub: 'former-housing-officer' }), 'ACTOR_DISABLED'],
    ['garbage', async () => 'not-a-token', 'UNAUTHENTICATED'],
  ];

  it.each(refused)('refuses %s with 401', async (_name, make, code) => {
    const response = await asBearer(await make());
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions?.code).toBe(code);
  });

  it('refuses a token without an expiry', async () => {
    const jwt = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('housing-officer').setIssuer('tsunagu').setAudience('tsunagu-hub').sign(key());
    const response = await asBearer(jwt);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a valid token replayed after its actor was disabled', async () => {
    const issued = await hub.token('gas-staff');
    expect((await asBearer(issued)).data.me.code).toBe('gas-staff');
    const client = new Client({ connectionString: hub.config.databaseUrl });
    await client.connect();
    await client.query("UPDATE organisation.staff SET active = false WHERE code = 'gas-staff'");
    await client.end();
    const replayed = await asBearer(issued);
    expect(replayed.status).toBe(401);
    expect(replayed.errors?.[0].extensions?.code).toBe('ACTOR_DISABLED');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await hub.post({ query: ME }, { authorization: 'Basic aG91c2luZzpwdw==' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

/** A token signed with the hub's key whose claims are exactly `claims` (iss and aud filled in unless given). */
function withClaims(claims: Record<string, unknown>) {
  return new SignJWT({ iss: 'tsunagu', aud: 'tsunagu-hub', ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(key());
}
const now = () => Math.floor(Date.now() / 1000);

describe('every claim has the type the hub expects', () => {
  const staffStatements = () => hub.statements.filter((s) => s.includes('organisation"."staff')).length;

  it.each([
    ['a numeric sub', 42],
    ['an object sub (a query filter)', { $in: ['housing-officer', 'privacy-officer'] }],
    ['an array sub', ['privacy-officer']],
    ['an empty sub', ''],
    ['a sub with characters no staff code has', 'housing-officer\u0000'],
  ])('refuses %s with 401 before any staff record is looked up', async (_name, sub) => {
    const before = staffStatements();
    const response = await asBearer(await withClaims({ sub, iat: now(), exp: now() + 600 }));
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    const error = response.errors![0];
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('The token\'s "sub" claim must be a string naming a staff member.');
    expect(error.extensions?.messageJa).toBe('トークンの「sub」は職員を示す文字列でなければなりません。');
    expect(staffStatements()).toBe(before);
  });

  it('refuses a token without iat', async () => {
    const response = await asBearer(await withClaims({ sub: 'housing-officer', exp: now() + 600 }));
    expect(response.status).toBe(401);
    expect(response.errors?.[0].message).toMatch(/"iat"/);
    expect(response.errors?.[0].extensions?.messageJa).toMatch(/iat/);
  });

  it.each([
    ['a string iat', { iat: String(now()), exp: now() + 600 }],
    ['a string exp', { iat: now(), exp: String(now() + 600) }],
    ['an iat in the future', { iat: now() + 3600, exp: now() + 7200 }],
    ['a numeric jti', { iat: now(), exp: now() + 600, jti: 7 }],
  ])('refuses %s', async (_name, claims) => {
    const response = await asBearer(await withClaims({ sub: 'housing-officer', ...claims }));
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].extensions?.messageJa).toBeTruthy();
  });

  it('refuses a token that lives longer than a working day (8 h by default)', async () => {
    const issued = now() - 60;
    const tooLong = await asBearer(await withClaims({ sub: 'housing-officer', iat: issued, exp: issued + 8 * 3600 + 1 }));
    expect(tooLong.status).toBe(401);
    expect(tooLong.errors?.[0].message).toBe('The token lives longer than the hub accepts (28800 s between "iat" and "exp").');
    expect(tooLong.errors?.[0].extensions?.messageJa).toMatch(/28800 秒/);
    const workingDay = await asBearer(await withClaims({ sub: 'housing-officer', iat: issued, exp: issued + 8 * 3600 }));
    expect(workingDay.data?.me.code).toBe('housing-officer');
  });
});

describe('the lifetime and clock skew are configurable', () => {
  const settings = (maxLifetimeSeconds: number, clockSkewSeconds: number) => ({
    hub: { key: key(), issuer: 'tsunagu', audience: 'tsunagu-hub' },
    hubTokensAccepted: true,
    lifetime: { maxLifetimeSeconds, clockSkewSeconds },
  });

  it('caps the lifetime at JWT_MAX_LIFETIME_SECONDS', async () => {
    const token = await withClaims({ sub: 'housing-officer', iat: now(), exp: now() + 3600 });
    await expect(verifyToken(settings(3600, 0), token)).resolves.toMatchObject({ actorCode: 'housing-officer' });
    await expect(verifyToken(settings(1800, 0), token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('accepts a token issued slightly in the future only within JWT_CLOCK_SKEW_SECONDS', async () => {
    const token = await withClaims({ sub: 'housing-officer', iat: now() + 30, exp: now() + 600 });
    await expect(verifyToken(settings(3600, 60), token)).resolves.toMatchObject({ actorCode: 'housing-officer' });
    await expect(verifyToken(settings(3600, 0), token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('reads both from the environment', async () => {
    expect(loadConfig({}).tokenLifetime).toEqual({ maxLifetimeSeconds: 28800, clockSkewSeconds: 60 });
    expect(loadConfig({ JWT_MAX_LIFETIME_SECONDS: '3600', JWT_CLOCK_SKEW_SECONDS: '5' }).tokenLifetime).toEqual({ maxLifetimeSeconds: 3600, clockSkewSeconds: 5 });
  });
});
