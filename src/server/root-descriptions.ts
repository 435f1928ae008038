import type { GraphQLSchema } from 'graphql';

/** type-graphql gives the root types no description; the landing page and generated clients show these. */
const ROOT_DESCRIPTIONS = {
  query:
    'Reads. Every root field that reads personal data takes a required `purpose` (利用目的); each value is decided on its own, a denied one is null with an ACCESS_DENIED error, and every decision is written to the access log before the response leaves.',
  mutation:
    'Changes: consents, support meetings and referrals, emergencies, utility reports, the policy, reviews. Each is checked, then written to the access log before it is answered.',
} as const;

export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description ??= ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description ??= ROOT_DESCRIPTIONS.mutation;
  return schema;
}
