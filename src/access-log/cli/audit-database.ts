import type { HubConfig } from '../../config/environment';
import { useEmbeddedPostgres } from '../../db/embedded-postgres';

export interface AuditDatabase {
  url: string;
  /** Done with it: an embedded server this command started is stopped, one the hub runs is left alone. */
  release(): Promise<void>;
}

/**
 * Where the CLI finds the log: AUDIT_DATABASE_URL, else DATABASE_URL, else the data directory's
 * embedded PostgreSQL — the hub's while it runs, else started for the command (so that an auditor
 * can verify the log with the hub stopped).
 */
export async function openAuditDatabase(config: HubConfig): Promise<AuditDatabase> {
  const url = config.domainDatabaseUrls.audit ?? config.databaseUrl;
  if (url) return { url, release: async () => undefined };
  return useEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, create: false });
}
