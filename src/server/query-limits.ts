import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ErrorCode, hubError } from '../errors';
import { COST_WEIGHTS, operationCost } from './query-cost';

/**
 * Limits on what one document may ask, checked before any resolver runs or any record is loaded.
 * Tuned to the hub's own documents: the deepest legitimate path (resident → household → member →
 * utility account → arrears → field) has depth 6; the costliest shipped list operation is the
 * caseload (schema/operations), 196 per resident (src/server/query-cost.ts), so the default budget
 * serves a caseload of about 150 residents and refuses a bare list of more than about 900 — no one
 * request writes thousands of access-log records. Introspection is exempt from the depth limit and
 * the cost (the landing page needs it). A refused document gets QUERY_LIMIT_EXCEEDED naming the
 * limit (the armor limits' messages are translated in library-errors.ts).
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 30_000,
} as const;

export function queryLimits(maxCost: number = QUERY_LIMITS.maxCost) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Token counting belongs to the parser (Apollo's parseOptions below): a plugin that re-parses
    // would turn a syntax error into a 500.
    maxTokens: { enabled: false },
    // The cost counts list sizes, which needs the variables: costLimitPlugin below, not armor's rule.
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") would let a caller map fields it is not shown; the error
    // formatter (src/server/library-errors.ts) removes those armor leaves, e.g. for enum values.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, plugins: [...armor.plugins, costLimitPlugin(maxCost)], parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}

/** Refuses an operation whose cost, list sizes counted with the variables sent, is over the budget — after validation, before execution. */
export function costLimitPlugin<T extends BaseContext>(maxCost: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, COST_WEIGHTS);
          if (cost <= maxCost) return;
          throw hubError(
            ErrorCode.QUERY_LIMIT_EXCEEDED,
            {
              en: `The query costs ${cost}, more than the ${maxCost} one request may cost (lists count by their size: residentNumbers, first, limit). Split it into smaller requests.`,
              ja: `この照会のコストは${cost}で、一つの要求の上限${maxCost}を超えています（一覧は件数（residentNumbers、first、limit）で数えます）。要求を分けてください。`,
            },
            { limit: 'cost', max: maxCost, found: cost },
            400,
          );
        },
      };
    },
  };
}
