import type { HubConfig } from '../../config/environment';

/**
 * Where the CLI finds the log: AUDIT_DATABASE_URL, else DATABASE_URL, else the embedded PostgreSQL
 * that `npm start` runs (which must then be running).
 */
export function auditDatabaseUrl(config: HubConfig): string {
  return config.domainDatabaseUrls.audit ?? config.databaseUrl ?? `postgresql://postgres:postgres@127.0.0.1:${config.embeddedPostgresPort}/tsunagu`;
}
