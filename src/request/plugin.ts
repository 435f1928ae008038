import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { accessLogUnavailable } from '../access-log/log-errors';
import { DECISIONS_HEADER, REQUEST_ID_HEADER } from './headers';
import type { RequestScope } from './scope';

export interface RequestPluginOptions {
  /** Benchmark floor only: false leaves the access log out (see HubOptions.enforcementForBenchmarkOnly). */
  logged: boolean;
}

/**
 * The one plugin of a request's lifecycle. Its request id goes into a response header when the
 * request starts (so a refused or withheld answer carries it too); before the response leaves, in
 * this order: the refused fields' errors and their explanations, the decisions when asked for, the
 * access-log append — and if that fails, the response is replaced by one error and HTTP 503, so no
 * data (nor an error describing it) leaves unlogged (DESIGN.md §4, fail closed). When the HTTP
 * layer holds the response (`heldByTransport`), the append is only started here: Apollo serialises
 * the response meanwhile, and the HTTP layer waits for the commit before writing a byte of it, or
 * writes the same 503 instead (src/server/hub.ts). Any other caller gets the response only after the commit.
 */
export function requestPlugin(options: RequestPluginOptions): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart({ contextValue: scope, request, response }) {
      response.http.headers.set(REQUEST_ID_HEADER, scope.requestId);
      const withDecisions = request.http?.headers.get(DECISIONS_HEADER) === 'include';
      let sent = false;
      return {
        async didResolveOperation(context) {
          scope.trail.operation = operationName(context);
        },
        async willSendResponse(context) {
          if (sent) return;
          sent = true;
          addDenials(context);
          if (withDecisions) addDecisions(context);
          if (!options.logged) return;
          scope.trail.operation ??= operationName(context);
          if (scope.trail.heldByTransport) {
            scope.trail.startAppend();
            return;
          }
          try {
            await scope.trail.append();
          } catch (error) {
            reportWithheld(error);
            failClosed(context);
          }
        },
      };
    },
  };
}

type Context = GraphQLRequestContextWillSendResponse<RequestScope>;

/** The refused fields' errors, and `extensions.accessDenials`: each explanation once (denials.ts). */
function addDenials({ contextValue, response }: Context): void {
  const denials = contextValue.access?.denials;
  if (!denials || denials.size === 0 || response.body.kind !== 'single') return;
  const result = response.body.singleResult;
  result.errors = [...(result.errors ?? []), ...denials.errors()];
  result.extensions = { ...result.extensions, accessDenials: denials.all() };
}

/**
 * `extensions.decisions`: for each resident and category, allowed or not, the basis, its record and
 * the article — so a dashboard can show why each value is (or is not) there.
 */
function addDecisions({ contextValue, response }: Context): void {
  const access = contextValue.access;
  if (!access || response.body.kind !== 'single') return;
  const decisions = [...access.decisions()].map(({ subject, decision, fields }) => ({
    subject,
    category: decision.category.code,
    holder: decision.holder,
    allowed: decision.allowed,
    ...(decision.allowed ? { basis: decision.basis, basisRecordId: decision.basisRecordId ?? null, citation: decision.citation } : {}),
    fields: [...fields],
  }));
  const result = response.body.singleResult;
  result.extensions = { ...result.extensions, purpose: access.purpose, decisions };
}

function failClosed({ response }: Context): void {
  response.body = { kind: 'single', singleResult: withheldResult() };
  response.http.status = 503;
}

/** What a response withheld for want of its log records says instead: one error, nothing else. */
export function withheldResult(): { errors: { message: string; extensions: Record<string, unknown> }[] } {
  const error = accessLogUnavailable();
  return { errors: [{ message: error.message, extensions: error.extensions }] };
}

export function reportWithheld(error: unknown): void {
  console.error(`access log: write failed, response withheld: ${(error as Error).message}`);
}

/** The operation's name, or its root fields when it has none (e.g. `{ resident }`). */
function operationName(context: GraphQLRequestContext<RequestScope>): string | null {
  const operation = context.operation as OperationDefinitionNode | undefined;
  if (!operation) return context.request.operationName ?? null;
  if (operation.name) return operation.name.value;
  const roots = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return `${operation.operation} { ${roots.join(' ')} }`;
}
