import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from './request-scope';

/** Response header naming the request; its access-log entries carry the same id (`requestId`). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Puts the request's id in a response header, so that an answer — served, refused or withheld —
 * can be matched to its log entries and to the server log. Set when the request starts, so even a
 * request refused before execution carries it.
 */
export function requestIdHeaderPlugin(): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart({ contextValue, response }) {
      response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
    },
  };
}
