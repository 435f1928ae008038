import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** The city's identity provider (OIDC): whose access tokens the hub accepts, and where their keys are. */
export interface IdentityProviderSettings {
  issuer: string;
  audience: string;
  /** The provider's JWKS endpoint (`jwks_uri` of its discovery document)… */
  jwksUrl?: string;
  /** …or a JWKS file, for a closed network that cannot reach the provider. */
  jwksFile?: string;
  /** The claim that carries the staff code (the hub's staff record key). */
  staffClaim: string;
}

/** Signature algorithms of the provider's access tokens. */
export const IDENTITY_PROVIDER_ALGORITHMS = ['RS256', 'ES256'];

/** The provider's keys could not be fetched: the token is not judged, the caller may retry. */
export class IdentityProviderUnavailable extends Error {}

/** Errors that say something about the token itself, not about the provider's availability. */
function isVerdictOnToken(error: unknown) {
  return error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys || error instanceof errors.JOSENotSupported;
}

/** The key that verifies a provider token: from the local JWKS file, or fetched (and cached) from the JWKS URL. */
export function identityProviderKeys(settings: IdentityProviderSettings): JWTVerifyGetKey {
  if (settings.jwksFile) {
    const jwks = JSON.parse(readFileSync(settings.jwksFile, 'utf8')) as JSONWebKeySet;
    if (!Array.isArray(jwks.keys)) throw new Error(`OIDC_JWKS_FILE ${settings.jwksFile} is not a JWKS (no "keys" array)`);
    return createLocalJWKSet(jwks);
  }
  if (!settings.jwksUrl) throw new Error('OIDC_ISSUER needs OIDC_JWKS_URL or OIDC_JWKS_FILE');
  const remote = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (isVerdictOnToken(error)) throw error;
      console.error(`identity provider: keys from ${settings.jwksUrl} unavailable: ${(error as Error).message}`);
      throw new IdentityProviderUnavailable((error as Error).message);
    }
  };
}
