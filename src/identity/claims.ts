import type { JWTPayload } from 'jose';

/** What a token must say, checked after its signature, issuer, audience and times. */
export interface LifetimeRules {
  /** Longest `exp − iat` accepted (a working day by default). */
  maxLifetimeSeconds: number;
  /** How far apart the hub's clock and the issuer's may be. */
  clockSkewSeconds: number;
}

/** A staff code as the organisation catalogue writes it: a short string of letters, digits and . _ @ - */
const STAFF_CODE = /^[A-Za-z0-9._@-]{1,128}$/;

/** Why a payload is refused, or null when its claims have the types the hub expects. */
export function claimProblem(payload: JWTPayload, staffClaim: string, rules: LifetimeRules): { claim: string; en: string; ja: string } | null {
  const staff = payload[staffClaim];
  if (typeof staff !== 'string' || !STAFF_CODE.test(staff)) {
    return { claim: staffClaim, en: `The token's "${staffClaim}" claim must be a string naming a staff member.`, ja: `トークンの「${staffClaim}」は職員を示す文字列でなければなりません。` };
  }
  if (typeof payload.iat !== 'number' || !Number.isFinite(payload.iat)) {
    return { claim: 'iat', en: 'The token must say when it was issued ("iat", a number).', ja: 'トークンには発行時刻（「iat」、数値）が必要です。' };
  }
  if (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp)) {
    return { claim: 'exp', en: 'The token must say when it expires ("exp", a number).', ja: 'トークンには有効期限（「exp」、数値）が必要です。' };
  }
  if (payload.exp - payload.iat > rules.maxLifetimeSeconds) {
    return {
      claim: 'exp',
      en: `The token lives longer than the hub accepts (${rules.maxLifetimeSeconds} s between "iat" and "exp").`,
      ja: `トークンの有効期間がハブの上限（「iat」から「exp」まで ${rules.maxLifetimeSeconds} 秒）を超えています。`,
    };
  }
  if (payload.jti !== undefined && typeof payload.jti !== 'string') {
    return { claim: 'jti', en: 'The token\'s "jti" claim must be a string.', ja: 'トークンの「jti」は文字列でなければなりません。' };
  }
  return null;
}
