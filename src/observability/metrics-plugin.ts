import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';
import type { RequestScope } from '../request/scope';
import type { HubMetrics } from './metrics';
import { responseErrors } from './response-errors';

/** Codes that may label a metric: the catalogue's and Apollo's own; anything else counts as OTHER. */
const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR']);

/** Counts each answered request and its access decisions (README "Metrics"). */
export function metricsPlugin(metrics: HubMetrics): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operationType = 'none';
      return {
        async didResolveOperation({ operation }) {
          operationType = operation?.operation ?? 'none';
        },
        async willSendResponse({ contextValue: scope, response }) {
          const { count, firstCode } = responseErrors(response);
          const outcome = count === 0 ? 'ok' : firstCode && KNOWN_CODES.has(firstCode) ? firstCode : 'OTHER';
          // Counted once the log's commit is known: a response the HTTP layer holds for it
          // (src/request/plugin.ts, registered before this plugin) may still be withheld.
          void scope.trail.committed().then(
            () => outcome,
            () => ErrorCode.ACCESS_LOG_UNAVAILABLE,
          ).then((final) => {
            metrics.requests.inc({ operation_type: operationType, outcome: final });
            metrics.requestSeconds.observe({ operation_type: operationType }, (performance.now() - started) / 1000);
          });
          for (const [decision, residents] of scope.access?.decisionTally() ?? []) {
            metrics.decisions.inc({ decision: decision.allowed ? 'ALLOWED' : 'DENIED', basis: decision.allowed ? decision.basis : 'NONE', category: decision.category.code }, residents);
          }
        },
      };
    },
  };
}
