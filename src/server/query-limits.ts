import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one document may ask, checked while validating it — before any resolver runs or
 * any record is loaded. Tuned to the hub's own documents: the deepest legitimate path (resident →
 * household → member → utility account → arrears → field) has depth 6; a dashboard's caseload query
 * has a few dozen fields, and the costliest shipped operation (schema/operations) costs about 100.
 * Introspection is exempt from the depth limit (the landing page needs it).
 * A refused document gets GRAPHQL_VALIDATION_FAILED with a message naming the limit.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 1000,
} as const;

export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Token counting belongs to the parser (Apollo's parseOptions below): a plugin that re-parses
    // would turn a syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    // Suggestions ("Did you mean …?") would let a caller map fields it is not shown.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
