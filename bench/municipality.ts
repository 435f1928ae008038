import { type AccessLogSettings, loadAccessLogSettings } from '../src/access-log/settings';
import { loadConfig, type HubConfig } from '../src/config/environment';
import { Databases } from '../src/db/databases';
import { signingKey } from '../src/identity/signing-key';
import { issueToken } from '../src/identity/token';
import { prepareDatabase } from '../src/server/prepare-database';
import type { ThrowawayPostgres } from './throwaway-postgres';

/** The configuration of the hubs the benchmark and the soak start on their throwaway PostgreSQL. */
export function benchConfig(postgres: ThrowawayPostgres, residents: number): HubConfig {
  return {
    ...loadConfig({}),
    databaseUrl: postgres.url,
    dataDir: postgres.dataDir,
    jwt: { secret: 'tsunagu-benchmark-secret-0123456789-abcdefghij', issuer: 'tsunagu', audience: 'tsunagu-hub' },
    demoResidents: residents,
    // The benchmark measures enforcement on caseloads of up to 5,000 residents, beyond the query
    // cost a hub serves by default (src/server/query-limits.ts); it raises the budget for that.
    maxQueryCost: 10_000_000,
  };
}

/**
 * Creates the access-log signing key (once, before the hubs read it), migrates and loads the
 * synthetic municipality; `withDatabases` runs while the databases are still open.
 */
export async function loadMunicipality<T = void>(
  config: HubConfig,
  withDatabases?: (databases: Databases) => Promise<T>,
): Promise<{ accessLogSettings: AccessLogSettings; loadSeconds: number; result: T }> {
  const accessLogSettings = loadAccessLogSettings(config, {});
  const started = performance.now();
  console.log(`Loading ${config.demoResidents.toLocaleString('en')} residents …`);
  const databases = await Databases.open(config);
  try {
    await prepareDatabase(databases, config, { progress: true });
    const result = (withDatabases ? await withDatabases(databases) : undefined) as T;
    return { accessLogSettings, loadSeconds: (performance.now() - started) / 1000, result };
  } finally {
    await databases.close();
  }
}

/** Issues bearer tokens for demo actors, signed with the hubs' key. */
export function tokenIssuer(config: HubConfig): (actor: string) => Promise<string> {
  const settings = { key: signingKey(config), issuer: config.jwt.issuer, audience: config.jwt.audience };
  return (actor) => issueToken(settings, actor);
}

/** `count` distinct resident numbers spread over the municipality, the same in every run. */
export function sampleResidents(residents: number, count: number): string[] {
  const numbers = new Set<string>();
  let state = 12345;
  while (numbers.size < Math.min(count, residents)) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    numbers.add('1' + String(1 + (state % residents)).padStart(9, '0'));
  }
  return [...numbers];
}
