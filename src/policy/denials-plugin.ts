import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from '../server/request-scope';

/**
 * Adds the refused fields' errors to a response, and `extensions.accessDenials`: each explanation
 * once, keyed by the id that the errors name (`extensions.denial`). See denial.ts.
 */
export function denialsPlugin(): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const denials = contextValue.access?.denials;
          if (!denials || denials.size === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...denials.errors()];
          result.extensions = { ...result.extensions, accessDenials: denials.all() };
        },
      };
    },
  };
}
