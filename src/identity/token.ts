import { SignJWT, jwtVerify, decodeProtectedHeader, errors, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { ErrorCode, hubError } from '../errors';
import { claimProblem, type LifetimeRules } from './claims';
import type { HubConfig } from '../config/environment';
import { IDENTITY_PROVIDER_ALGORITHMS, IdentityProviderUnavailable, identityProviderKeys, type IdentityProviderSettings } from './identity-provider';

/** The hub's own HS256 tokens (demo and tests; `npm run token`). */
export interface TokenSettings {
  key: Uint8Array;
  issuer: string;
  audience: string;
}

/** Everything a bearer token is checked against. */
export interface TokenVerification {
  hub: TokenSettings;
  /** False when only the identity provider's tokens are accepted (TSUNAGU_HUB_TOKENS=off). */
  hubTokensAccepted: boolean;
  lifetime: LifetimeRules;
  /** The city's identity provider, when configured: RS256/ES256 tokens verified with its keys. */
  identityProvider?: { settings: IdentityProviderSettings; keys: JWTVerifyGetKey };
}

export interface VerifiedToken {
  actorCode: string;
  tokenId?: string;
}

const HUB_ALGORITHM = 'HS256';

export async function issueToken(settings: TokenSettings, actorCode: string, lifetime = '8h'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: HUB_ALGORITHM, typ: 'JWT' })
    .setSubject(actorCode)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .setJti(randomUUID())
    .sign(settings.key);
}

function unauthenticated(en: string, ja: string) {
  return hubError(ErrorCode.UNAUTHENTICATED, { en, ja }, {}, 401);
}

/**
 * Verifies signature, algorithm, issuer, audience, expiry and not-before, then every claim's type:
 * the staff claim a string naming a staff member (never an object or array that could reach a
 * database filter), `iat` and `exp` present, and a lifetime no longer than configured. HS256 tokens
 * are the hub's own; RS256/ES256 tokens are the identity provider's, when one is configured.
 */
export async function verifyToken(verification: TokenVerification, token: string): Promise<VerifiedToken> {
  let algorithm: unknown;
  try {
    algorithm = decodeProtectedHeader(token).alg;
  } catch {
    throw unauthenticated('The token is not valid.', 'トークンが不正です。');
  }
  const provider = verification.identityProvider;
  const byProvider = typeof algorithm === 'string' && IDENTITY_PROVIDER_ALGORITHMS.includes(algorithm) && provider !== undefined;
  if (!byProvider && !verification.hubTokensAccepted)
    throw unauthenticated(
      "The token is not the city's identity provider's (RS256/ES256): this hub accepts no other.",
      '市の認証基盤（IdP）が署名したトークン（RS256/ES256）ではありません。このハブはそれ以外を受け付けません。',
    );
  const staffClaim = byProvider ? provider.settings.staffClaim : 'sub';
  let payload: JWTPayload;
  try {
    const options = { clockTolerance: verification.lifetime.clockSkewSeconds, maxTokenAge: verification.lifetime.maxLifetimeSeconds, requiredClaims: ['exp', 'iat', staffClaim] };
    payload = byProvider
      ? (await jwtVerify(token, provider.keys, { ...options, algorithms: IDENTITY_PROVIDER_ALGORITHMS, issuer: provider.settings.issuer, audience: provider.settings.audience })).payload
      : (await jwtVerify(token, verification.hub.key, { ...options, algorithms: [HUB_ALGORITHM], issuer: verification.hub.issuer, audience: verification.hub.audience })).payload;
  } catch (error) {
    if (error instanceof IdentityProviderUnavailable) {
      throw hubError(
        ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
        { en: "The identity provider's signing keys could not be fetched, so the token could not be checked. Try again in a few seconds.", ja: '認証基盤（IdP）の署名鍵を取得できず、トークンを検証できませんでした。数秒後に再試行してください。' },
        {},
        503,
      );
    }
    if (error instanceof errors.JWTExpired) throw unauthenticated('The token has expired.', 'トークンの有効期限が切れています。');
    if (error instanceof errors.JWTClaimValidationFailed)
      throw unauthenticated(`The token's "${error.claim}" claim is missing or not valid here.`, `トークンの「${error.claim}」がないか不正です。`);
    throw unauthenticated('The token is not valid.', 'トークンが不正です。');
  }
  const problem = claimProblem(payload, staffClaim, verification.lifetime);
  if (problem) throw unauthenticated(problem.en, problem.ja);
  return { actorCode: payload[staffClaim] as string, tokenId: payload.jti };
}

/** What the hub checks tokens against, from its configuration. */
export function tokenVerification(config: HubConfig, hubKey: Uint8Array): TokenVerification {
  const provider = config.identityProvider;
  return {
    hub: { key: hubKey, issuer: config.jwt.issuer, audience: config.jwt.audience },
    hubTokensAccepted: config.hubTokens,
    lifetime: config.tokenLifetime,
    ...(provider ? { identityProvider: { settings: provider, keys: identityProviderKeys(provider) } } : {}),
  };
}
