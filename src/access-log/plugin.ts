import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestScope } from '../server/request-scope';
import type { AccessLog } from './access-log';
import { attachAuditTrail } from './audit-trail';
import { accessLogUnavailable } from './log-errors';

/**
 * Writes each request's entries in one batch in `willSendResponse`, which Apollo awaits before it
 * serialises the body. If the write fails, the body is replaced by a single error and HTTP 503:
 * no `data` (and no partial errors that could describe it) leaves the hub.
 */
export function accessLogPlugin(log: AccessLog): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart({ contextValue }) {
      const trail = attachAuditTrail(contextValue, log);
      let written = false;
      return {
        async didResolveOperation(requestContext) {
          trail.operation = operationName(requestContext);
        },
        async willSendResponse(requestContext) {
          if (written) return;
          written = true;
          try {
            trail.operation ??= operationName(requestContext);
            const drafts = trail.drafts();
            if (drafts.length > 0) await log.append(drafts);
          } catch (error) {
            console.error(`access log: write failed, response withheld: ${(error as Error).message}`);
            failClosed(requestContext);
          }
        },
      };
    },
  };
}

function failClosed(requestContext: GraphQLRequestContext<RequestScope>): void {
  const error = accessLogUnavailable();
  requestContext.response.body = {
    kind: 'single',
    singleResult: { errors: [{ message: error.message, extensions: error.extensions }] },
  };
  requestContext.response.http.status = 503;
}

/** The operation's name, or its root fields when it has none (e.g. `{ resident }`). */
function operationName(requestContext: GraphQLRequestContext<RequestScope>): string | null {
  const operation = requestContext.operation as OperationDefinitionNode | undefined;
  if (!operation) return requestContext.request.operationName ?? null;
  if (operation.name) return operation.name.value;
  const roots = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return `${operation.operation} { ${roots.join(' ')} }`;
}
