import { GraphQLError } from 'graphql';
import { ErrorCode } from '../server/errors';
import type { Denied } from './decision';

/**
 * The error a denied field resolves to. Its extensions say which category, who holds it, why each
 * basis failed and what would make the access lawful; it never carries the value or says whether
 * a record exists.
 */
export function denialError(decision: Denied): GraphQLError {
  const { category } = decision;
  return new GraphQLError(`Access to ${category.code} denied: ${decision.failures.map((f) => f.reason.en).join(' ')}`, {
    extensions: {
      code: ErrorCode.ACCESS_DENIED,
      category: category.code,
      holder: decision.holder,
      failures: decision.failures,
      remedy: decision.remedy,
      messageJa: `「${category.ja}」へのアクセスは認められません。${decision.failures.map((f) => f.reason.ja).join('')}`,
    },
  });
}
