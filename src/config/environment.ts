import { resolve } from 'node:path';
import type { LifetimeRules } from '../identity/claims';
import type { IdentityProviderSettings } from '../identity/identity-provider';

/** The source domains and the access log (`audit`); each can live in its own database (`<DOMAIN>_DATABASE_URL`). */
export const DOMAINS = ['core', 'housing', 'tax', 'welfare', 'utility', 'audit'] as const;
export type Domain = (typeof DOMAINS)[number];

/** Which documents the hub runs: any (`off`), the manifest's by id as well (`allow`), only the manifest's (`require`). */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'require'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

export interface HubConfig {
  port: number;
  /** Connection URL of the shared database; unset means "start an embedded PostgreSQL". */
  databaseUrl?: string;
  /** Per-domain overrides of `databaseUrl`. */
  domainDatabaseUrls: Partial<Record<Domain, string>>;
  /** Where the embedded PostgreSQL keeps its data and the hub its local secrets. */
  dataDir: string;
  embeddedPostgresPort: number;
  jwt: {
    /** HS256 shared secret; unset means a secret generated once into `dataDir`. */
    secret?: string;
    issuer: string;
    audience: string;
  };
  /** Longest token lifetime accepted and the clock skew allowed (JWT_MAX_LIFETIME_SECONDS, JWT_CLOCK_SKEW_SECONDS). */
  tokenLifetime: LifetimeRules;
  /** The city's OIDC identity provider (OIDC_ISSUER …); unset: only the hub's own HS256 tokens. */
  identityProvider?: IdentityProviderSettings;
  /**
   * Whether the hub accepts its own HS256 tokens (TSUNAGU_HUB_TOKENS): on without an identity
   * provider, off with one unless turned on, so that whoever reads JWT_SECRET cannot sign in as any
   * staff member past the city's provider.
   */
  hubTokens: boolean;
  /** Residents generated on the first start when the database is empty (0 disables). */
  demoResidents: number;
  demoSeed: string;
  /** Trusted documents (src/generated/persisted-documents.json): `off` unless NODE_ENV=production, then `require`. */
  trustedDocuments: TrustedDocumentsMode;
  /** Largest cost one request may have, list sizes counted (src/server/query-cost.ts; TSUNAGU_MAX_QUERY_COST). */
  maxQueryCost: number;
  /** Lookups by identifiers (consultation lookup, counter search) one actor may make per minute. */
  lookupsPerMinute: number;
  /** The console's demo-actor picker (`POST /console/demo-token`): on with the demo municipality, unless NODE_ENV=production. */
  demoSignIn: boolean;
  /** Apollo's Sandbox (loaded from Apollo's CDN, telemetry off) at `/` instead of the bundled GraphiQL. */
  apolloSandbox: boolean;
  /** Prometheus metrics at `GET /metrics` (src/observability/metrics.ts). */
  metrics: boolean;
  /** OpenTelemetry spans (src/observability/tracing.ts): on when OTEL_EXPORTER_OTLP_ENDPOINT is set. */
  tracing: boolean;
}

function onOff(name: string, fallback: boolean, env: NodeJS.ProcessEnv): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'on' && raw !== 'off') throw new Error(`${name} must be on or off, got "${raw}"`);
  return raw === 'on';
}

function integer(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function trustedDocuments(env: NodeJS.ProcessEnv): TrustedDocumentsMode {
  const raw = env.TRUSTED_DOCUMENTS;
  if (raw === undefined || raw === '') return env.NODE_ENV === 'production' ? 'require' : 'allow';
  const mode = TRUSTED_DOCUMENTS_MODES.find((m) => m === raw);
  if (!mode) throw new Error(`TRUSTED_DOCUMENTS must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}, got "${raw}"`);
  return mode;
}

function identityProvider(env: NodeJS.ProcessEnv): IdentityProviderSettings | undefined {
  const issuer = env.OIDC_ISSUER;
  if (!issuer) return undefined;
  const jwksUrl = env.OIDC_JWKS_URL || undefined;
  const jwksFile = env.OIDC_JWKS_FILE ? resolve(env.OIDC_JWKS_FILE) : undefined;
  if (!jwksUrl === !jwksFile) throw new Error('OIDC_ISSUER needs exactly one of OIDC_JWKS_URL and OIDC_JWKS_FILE');
  if (!env.OIDC_AUDIENCE) throw new Error('OIDC_ISSUER needs OIDC_AUDIENCE (the audience the provider puts in access tokens for the hub)');
  return { issuer, audience: env.OIDC_AUDIENCE, jwksUrl, jwksFile, staffClaim: env.OIDC_STAFF_CLAIM || 'sub' };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const provider = identityProvider(env);
  const hubTokens = onOff('TSUNAGU_HUB_TOKENS', provider === undefined, env);
  if (!hubTokens && !provider) throw new Error('TSUNAGU_HUB_TOKENS=off needs an identity provider (OIDC_ISSUER): otherwise no token would be accepted');
  const domainDatabaseUrls: HubConfig['domainDatabaseUrls'] = {};
  for (const domain of DOMAINS) {
    const url = env[`${domain.toUpperCase()}_DATABASE_URL`];
    if (url) domainDatabaseUrls[domain] = url;
  }
  return {
    port: integer('PORT', 4000, env),
    databaseUrl: env.DATABASE_URL || undefined,
    domainDatabaseUrls,
    dataDir: resolve(env.TSUNAGU_DATA_DIR ?? '.tsunagu'),
    embeddedPostgresPort: integer('TSUNAGU_EMBEDDED_PG_PORT', 54320, env),
    jwt: {
      secret: env.JWT_SECRET || undefined,
      issuer: env.JWT_ISSUER ?? 'tsunagu',
      audience: env.JWT_AUDIENCE ?? 'tsunagu-hub',
    },
    tokenLifetime: {
      maxLifetimeSeconds: integer('JWT_MAX_LIFETIME_SECONDS', 8 * 3600, env),
      clockSkewSeconds: integer('JWT_CLOCK_SKEW_SECONDS', 60, env),
    },
    identityProvider: provider,
    hubTokens,
    demoResidents: integer('TSUNAGU_DEMO_RESIDENTS', 5000, env),
    demoSeed: env.TSUNAGU_DEMO_SEED ?? 'tsunagu',
    trustedDocuments: trustedDocuments(env),
    maxQueryCost: integer('TSUNAGU_MAX_QUERY_COST', 30_000, env),
    lookupsPerMinute: integer('TSUNAGU_LOOKUPS_PER_MINUTE', 30, env),
    demoSignIn: hubTokens && integer('TSUNAGU_DEMO_RESIDENTS', 5000, env) > 0 && onOff('TSUNAGU_DEMO_SIGN_IN', env.NODE_ENV !== 'production', env),
    apolloSandbox: onOff('APOLLO_SANDBOX', false, env),
    metrics: onOff('TSUNAGU_METRICS', false, env),
    tracing: onOff('TSUNAGU_TRACING', Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT), env),
  };
}
