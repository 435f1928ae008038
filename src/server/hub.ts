import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AccessLog } from '../access-log/access-log';
import { type AccessLogSettings, loadAccessLogSettings } from '../access-log/settings';
import type { HubConfig } from '../config/environment';
import type { Databases } from '../db/databases';
import { loadActor, type SignedIn } from '../identity/actor';
import { FactsCache } from '../policy/facts-cache';
import { reportWithheld, withheldResult } from '../request/plugin';
import { PolicyCache } from '../policy/settings/policy-cache';
import { HubMetrics } from '../observability/metrics';
import { metricsPlugin } from '../observability/metrics-plugin';
import { tracingPlugin } from '../observability/tracing-plugin';
import { signingKey } from '../identity/signing-key';
import { type TokenVerification, tokenVerification, verifyToken } from '../identity/token';
import { isDatabaseUnavailable } from '../db/unavailable';
import { DirectoryCache } from '../organisation/directory-cache';
import { maskInternalErrors } from './error-masking';
import { translateLibraryErrors } from './library-errors';
import { type HttpServerOptions, startHttpServer } from './http-server';
import { ErrorCode, hubError } from '../errors';
import { createLoaders } from './loaders';
import { RequestScope } from '../request/scope';
import { FloorScope } from '../request/floor-scope';
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
  /** The hub's access log (the benchmark reads its group-commit figures). */
  accessLog: AccessLog;
  /** GraphQL requests being handled now, those whose client has gone away included (not /health, /metrics or pages). */
  graphqlRequestsInProgress(): number;
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
  /**
   * Benchmark floor only (bench/): implies no guard and no log, and the resolvers declare no purpose,
   * load no facts and decide nothing (src/request/floor-scope.ts). Never read from configuration.
   */
  floorForBenchmarkOnly?: boolean;
  /** One structured line per answered request (main.ts: TSUNAGU_REQUEST_LOG=json). */
  requestLog?: HttpServerOptions<RequestScope>['requestLog'];
}

/** Starts the GraphQL endpoint over the opened databases. */
export async function startHub(config: HubConfig, databases: Databases, options: HubOptions): Promise<RunningHub> {
  const directories = await DirectoryCache.open(databases.em('core'));
  const tokens = tokenVerification(config, signingKey(config));
  const accessLog = await AccessLog.open(databases, directories, options.accessLog ?? loadAccessLogSettings(config));
  const limits = queryLimits(config.maxQueryCost);
  const lookups = new LookupQuota(config.lookupsPerMinute);
  const policies = new PolicyCache();
  const facts = new FactsCache();
  const metrics = config.metrics ? new HubMetrics(accessLog.group.figures) : undefined;
  if (metrics) accessLog.observer = metrics.accessLogObserver();
  const enforced = options.enforcementForBenchmarkOnly !== false && !options.floorForBenchmarkOnly;
  const Scope = options.floorForBenchmarkOnly ? FloorScope : RequestScope;
  const schema = buildHubSchema({ guarded: enforced });
  const inHubShape = translateLibraryErrors(schema);
  const masked = maskInternalErrors();
  const server = new ApolloServer<RequestScope>({
    schema,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // main.ts stops on SIGINT/SIGTERM itself: Apollo's own handler re-raises the signal after the
    // HTTP server stops, killing the process before its database connections and server are closed.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    plugins: [
      // Nothing uses cache hints, and the plugin would wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin({ logged: enforced }),
      ...(metrics ? [metricsPlugin(metrics)] : []),
      ...(config.tracing ? [tracingPlugin()] : []),
      ...(config.trustedDocuments === 'off' ? [] : [trustedDocumentsPlugin(config.trustedDocuments)]),
      ...limits.plugins,
      // Apollo's Sandbox loads from a CDN: only when asked for (APOLLO_SANDBOX=on), telemetry off.
      config.apolloSandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: false }, includeCookies: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
    formatError: (formatted, error) => masked(inHubShape(formatted), error),
    // No "Did you mean …?" in validation errors (Apollo's option); library-errors.ts removes the rest.
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
  });

  const { url, graphqlRequestsInProgress } = await startHttpServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    requestLog: options.requestLog,
    health: () => checkHealth(databases, accessLog.pool, accessLog.writes),
    metrics: metrics && (() => metrics.exposition()),
    pages: consoleRoutes({ tokens: tokens.hub, demoSignIn: config.demoSignIn && config.hubTokens, apolloSandbox: config.apolloSandbox }),
    context: async ({ req }) => {
      const signedIn = await authenticate(req, tokens, databases, directories);
      const coreEm = databases.em('core');
      const policy = signedIn ? () => policies.at(coreEm, signedIn.policyVersion) : undefined;
      const cachedFacts = signedIn ? () => facts.at(signedIn.factsVersion, signedIn.actor) : undefined;
      const scope = new Scope(randomUUID(), signedIn?.actor ?? null, signedIn?.directory ?? directories.current, createLoaders(databases), coreEm, accessLog, lookups, policy, cachedFacts);
      scope.trail.heldByTransport = true;
      return scope;
    },
    // Fail closed (src/request/plugin.ts): nothing of the response is written before its records are committed.
    beforeWrite: async (scope) => {
      try {
        await scope.trail.committed();
        return undefined;
      } catch (error) {
        reportWithheld(error);
        return { status: 503, body: `${JSON.stringify(withheldResult())}\n` };
      }
    },
  });
  // The group commit holds an append for the requests in progress while the process is busy.
  accessLog.group.inProgress = graphqlRequestsInProgress;
  return {
    url,
    accessLog,
    graphqlRequestsInProgress,
    stop: async () => {
      await server.stop();
      await accessLog.close();
    },
  };
}

/** No token: the request may only introspect; every data field then asks for one. A bad token is refused. */
async function authenticate(req: IncomingMessage, tokens: TokenVerification, databases: Databases, directories: DirectoryCache): Promise<SignedIn | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
  if (!match) {
    throw hubError(ErrorCode.UNAUTHENTICATED, { en: 'The Authorization header must be "Bearer <token>".', ja: 'Authorization ヘッダーは「Bearer <トークン>」の形式です。' }, {}, 401);
  }
  const verified = await verifyToken(tokens, match[1]);
  try {
    return await loadActor(databases.em('core'), directories, verified.actorCode);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(`actor lookup: database unavailable: ${(error as Error).message}`);
    throw hubError(ErrorCode.DATABASE_UNAVAILABLE, { en: 'A database the hub needs did not answer while identifying the caller. Try again in a few seconds.', ja: '利用者の確認中にデータベースが応答しませんでした。数秒後に再試行してください。' }, {}, 503);
  }
}
