import { SignJWT, jwtVerify, errors } from 'jose';
import { randomUUID } from 'node:crypto';
import { ErrorCode, hubError } from '../errors';

export interface TokenSettings {
  key: Uint8Array;
  issuer: string;
  audience: string;
}

export interface VerifiedToken {
  actorCode: string;
  tokenId?: string;
}

const ALGORITHM = 'HS256';

export async function issueToken(settings: TokenSettings, actorCode: string, lifetime = '8h'): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
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

/** Verifies signature, algorithm, issuer, audience, expiry and not-before; a token without `exp` is refused. */
export async function verifyToken(settings: TokenSettings, token: string): Promise<VerifiedToken> {
  try {
    const { payload } = await jwtVerify(token, settings.key, {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['exp', 'sub'],
    });
    return { actorCode: payload.sub!, tokenId: payload.jti };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('The token has expired.', 'トークンの有効期限が切れています。');
    if (error instanceof errors.JWTClaimValidationFailed)
      throw unauthenticated(`The token's "${error.claim}" claim is not valid here.`, `トークンの「${error.claim}」が不正です。`);
    throw unauthenticated('The token is not valid.', 'トークンが不正です。');
  }
}
