import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import type { RequestScope } from '../request/scope';
import { responseErrors } from './response-errors';
import { tracer } from './tracing';

/** One span per GraphQL request, with what it decided in counts (the access log holds the rest). */
export function tracingPlugin(): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart() {
      const span = tracer.startSpan('graphql.request');
      return {
        async didResolveOperation({ operation }) {
          span.setAttribute('graphql.operation.type', operation?.operation ?? 'none');
        },
        async willSendResponse({ contextValue: scope, response }) {
          const { count, firstCode } = responseErrors(response);
          let allowed = 0;
          let denied = 0;
          for (const [decision, residents] of scope.access?.decisionTally() ?? []) {
            if (decision.allowed) allowed += residents;
            else denied += residents;
          }
          span.setAttributes({
            'tsunagu.purpose': scope.access?.purpose ?? 'none',
            'tsunagu.decisions.allowed': allowed,
            'tsunagu.decisions.denied': denied,
            'tsunagu.errors': count,
          });
          if (count > 0 && firstCode !== 'ACCESS_DENIED') span.setStatus({ code: SpanStatusCode.ERROR });
          // Ended once the log's commit is known (as in metrics-plugin.ts): a held response may still be withheld.
          void scope.trail.committed().then(
            () => span.end(),
            () => {
              span.setStatus({ code: SpanStatusCode.ERROR, message: 'ACCESS_LOG_UNAVAILABLE' });
              span.end();
            },
          );
        },
      };
    },
  };
}
