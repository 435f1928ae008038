import { GraphQLError } from 'graphql';

/**
 * Every error code the API returns. Stable: dashboards switch on them. Each carries a message in
 * English and Japanese.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  UNKNOWN_ACTOR: 'UNKNOWN_ACTOR',
  ACTOR_DISABLED: 'ACTOR_DISABLED',
  PURPOSE_NOT_PERMITTED: 'PURPOSE_NOT_PERMITTED',
  PURPOSE_CONFLICT: 'PURPOSE_CONFLICT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  RESIDENT_NOT_FOUND: 'RESIDENT_NOT_FOUND',
  RECORD_LISTING_FORBIDDEN: 'RECORD_LISTING_FORBIDDEN',
  ACCESS_DENIED: 'ACCESS_DENIED',
  UNCATEGORISED_FIELD: 'UNCATEGORISED_FIELD',
  ACCESS_LOG_UNAVAILABLE: 'ACCESS_LOG_UNAVAILABLE',
  AUDIT_ROLE_REQUIRED: 'AUDIT_ROLE_REQUIRED',
  REVIEW_ITEM_NOT_FOUND: 'REVIEW_ITEM_NOT_FOUND',
  ROLE_NOT_PERMITTED: 'ROLE_NOT_PERMITTED',
  NOT_RECORD_CONTROLLER: 'NOT_RECORD_CONTROLLER',
  RECORD_NOT_FOUND: 'RECORD_NOT_FOUND',
  REFERRER_HOLDS_NOTHING: 'REFERRER_HOLDS_NOTHING',
  DOCUMENT_NOT_TRUSTED: 'DOCUMENT_NOT_TRUSTED',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  POLICY_FIXED_BY_LAW: 'POLICY_FIXED_BY_LAW',
  RATE_LIMITED: 'RATE_LIMITED',
  IDENTITY_PROVIDER_UNAVAILABLE: 'IDENTITY_PROVIDER_UNAVAILABLE',
  QUERY_LIMIT_EXCEEDED: 'QUERY_LIMIT_EXCEEDED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface Bilingual {
  en: string;
  ja: string;
}

export function hubError(code: ErrorCode, message: Bilingual, extra: Record<string, unknown> = {}, httpStatus?: number): GraphQLError {
  return new GraphQLError(message.en, {
    extensions: { code, messageJa: message.ja, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}
