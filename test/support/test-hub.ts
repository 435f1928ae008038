import { inject } from 'vitest';
import { loadConfig, type HubConfig } from '../../src/config/environment';
import { Databases } from '../../src/db/databases';
import { signingKey } from '../../src/identity/signing-key';
import { issueToken } from '../../src/identity/token';
import { startHub } from '../../src/server/hub';
import { cloneTemplate } from './template-database';

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestHub {
  url: string;
  config: HubConfig;
  databases: Databases;
  /** SQL statements the hub has run so far. */
  statements: string[];
  token(actor: string): Promise<string>;
  /** POSTs a GraphQL operation, as the given actor when one is named. */
  query<T = any>(actor: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  post(body: unknown, headers?: Record<string, string>): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** A running hub on its own clone of the test municipality, listening on a free loopback port; `settings` override the configuration. */
export async function startTestHub(settings: Partial<Pick<HubConfig, 'trustedDocuments' | 'lookupsPerMinute' | 'tokenLifetime' | 'identityProvider' | 'hubTokens' | 'maxQueryCost' | 'metrics' | 'tracing'>> = {}): Promise<TestHub> {
  const databaseUrl = await cloneTemplate(inject('postgresServerUrl'));
  const config: HubConfig = { ...loadConfig({}), databaseUrl, jwt: { secret: TEST_JWT_SECRET, issuer: 'tsunagu', audience: 'tsunagu-hub' }, ...settings };
  const statements: string[] = [];
  const databases = await Databases.open(config, { onQuery: (sql) => statements.push(sql) });
  const hub = await startHub(config, databases, { port: 0 });
  const tokenSettings = { key: signingKey(config), issuer: config.jwt.issuer, audience: config.jwt.audience };

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> => {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  return {
    url: hub.url,
    config,
    databases,
    statements,
    token: (actor) => issueToken(tokenSettings, actor),
    async query(actor, query, variables) {
      const headers: Record<string, string> = actor ? { authorization: `Bearer ${await issueToken(tokenSettings, actor)}` } : {};
      return post({ query, variables }, headers);
    },
    post,
    async close() {
      await hub.stop();
      await databases.close();
    },
  };
}
