import type { GraphQLResponse } from '@apollo/server';

/** A response's errors, and the code of the first that has one (what metrics and traces report of it). */
export function responseErrors(response: GraphQLResponse): { count: number; firstCode?: string } {
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
  const firstCode = errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string');
  return { count: errors.length, firstCode };
}
