import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode } from '@opentelemetry/api';
import type { RequestScope } from '../request/scope';
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
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          let allowed = 0;
          let denied = 0;
          for (const { decision } of scope.access?.decisions() ?? []) decision.allowed ? allowed++ : denied++;
          span.setAttributes({
            'tsunagu.purpose': scope.access?.purpose ?? 'none',
            'tsunagu.decisions.allowed': allowed,
            'tsunagu.decisions.denied': denied,
            'tsunagu.errors': errors.length,
          });
          const code = errors.map((e) => e.extensions?.code).find((c) => typeof c === 'string');
          if (errors.length > 0 && code !== 'ACCESS_DENIED') span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        },
      };
    },
  };
}
