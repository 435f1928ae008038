import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestScope } from '../server/request-scope';

/** Request header that asks for the decisions behind a response. */
export const DECISIONS_HEADER = 'x-tsunagu-decisions';

/**
 * When the request carries `x-tsunagu-decisions: include`, the response's `extensions.decisions`
 * lists every decision taken — for each resident and category, allowed or not, the basis, its
 * record and the article — so a dashboard can show why each value is (or is not) there.
 */
export function decisionsPlugin(): ApolloServerPlugin<RequestScope> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get(DECISIONS_HEADER) !== 'include') return;
      return {
        async willSendResponse({ contextValue, response }) {
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
        },
      };
    },
  };
}
