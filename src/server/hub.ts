import { ApolloServer } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AccessLog } from '../access-log/access-log';
import { type AccessLogSettings, loadAccessLogSettings } from '../access-log/settings';
import type { HubConfig } from '../config/environment';
import type { Databases } from '../db/databases';
import { loadActor, type Actor } from '../identity/actor';
import { signingKey } from '../identity/signing-key';
import { type TokenSettings, verifyToken } from '../identity/token';
import { isDatabaseUnavailable } from '../db/unavailable';
import { Directory } from '../organisation/directory';
import { maskInternalErrors } from './error-masking';
import { startHttpServer } from './http-server';
import { ErrorCode, hubError } from '../errors';
import { createLoaders } from './loaders';
import { RequestScope } from '../request/scope';
import { buildHubSchema } from './schema';
import { queryLimits } from './query-limits';
import { trustedDocumentsPlugin } from './trusted-documents';
import { checkHealth } from './health';
import { requestPlugin } from '../request/plugin';
import { LookupQuota } from '../request/lookup-quota';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { consoleRoutes } from './console/console-routes';

export interface RunningHub {
  url: string;
  stop(): Promise<void>;
}

export interface HubOptions {
  port: number;
  host?: string;
  /** Overrides the access-log settings read from the environment (tests). */
  accessLog?: AccessLogSettings;
  /**
   * Benchmark floor only (bench/): false builds the schema without the field guard and leaves the
   * access-log plugin out, so that the same resolvers run unenforced and unlogged. Never read from
   * configuration or the environment; `npm start` and the tests always enforce.
   */
  enforcementForBenchmarkOnly?: boolean;
}

/** Starts the GraphQL endpoint over the opened databases. */
export async function startHub(config: HubConfig, databases: Databases, options: HubOptions): Promise<RunningHub> {
  const directory = await Directory.load(databases.em('core'));
  const tokens: TokenSettings = { key: signingKey(config), issuer: config.jwt.issuer, audience: config.jwt.audience };
  const accessLog = await AccessLog.open(databases, directory, options.accessLog ?? loadAccessLogSettings(config));
  const limits = queryLimits();
  const lookups = new LookupQuota(config.lookupsPerMinute);
  const server = new ApolloServer<RequestScope>({
    schema: buildHubSchema({ guarded: options.enforcementForBenchmarkOnly !== false }),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    plugins: [
      requestPlugin({ logged: options.enforcementForBenchmarkOnly !== false }),
      ...(config.trustedDocuments === 'off' ? [] : [trustedDocumentsPlugin(config.trustedDocuments)]),
      ...limits.plugins,
      // Apollo's Sandbox loads from a CDN: only when asked for (APOLLO_SANDBOX=on), telemetry off.
      config.apolloSandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: false }, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: maskInternalErrors(),
    includeStacktraceInErrorResponses: false,
  });

  const { url } = await startHttpServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    health: () => checkHealth(databases, accessLog.pool, accessLog.writes),
    pages: consoleRoutes({ tokens, demoSignIn: config.demoSignIn, apolloSandbox: config.apolloSandbox }),
    context: async ({ req }) => {
      const actor = await authenticate(req, tokens, databases, directory);
      return new RequestScope(randomUUID(), actor, directory, createLoaders(databases), databases.em('core'), accessLog, lookups);
    },
  });
  return {
    url,
    stop: async () => {
      await server.stop();
      await accessLog.close();
    },
  };
}

/** No token: the request may only introspect; every data field then asks for one. A bad token is refused. */
async function authenticate(req: IncomingMessage, tokens: TokenSettings, databases: Databases, directory: Directory): Promise<Actor | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
  if (!match) {
    throw hubError(ErrorCode.UNAUTHENTICATED, { en: 'The Authorization header must be "Bearer <token>".', ja: 'Authorization ヘッダーは「Bearer <トークン>」の形式です。' }, {}, 401);
  }
  const verified = await verifyToken(tokens, match[1]);
  try {
    return await loadActor(databases.em('core'), directory, verified.actorCode);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(`actor lookup: database unavailable: ${(error as Error).message}`);
    throw hubError(ErrorCode.DATABASE_UNAVAILABLE, { en: 'A database the hub needs did not answer while identifying the caller. Try again in a few seconds.', ja: '利用者の確認中にデータベースが応答しませんでした。数秒後に再試行してください。' }, {}, 503);
  }
}
