import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../db/unavailable';
import { ErrorCode } from '../errors';

const INTERNAL = 'INTERNAL_SERVER_ERROR';

/**
 * Apollo's `formatError` for the hub. An error the hub did not raise on purpose (Apollo gives it the
 * code INTERNAL_SERVER_ERROR) would otherwise show its own message to the client — a failed SQL
 * statement with the resident numbers in it, a file path. The client gets a bilingual message and
 * an incident id instead; the original goes to the server log under the same id. A database that
 * did not answer is said as such (DATABASE_UNAVAILABLE: retry), not as an internal error.
 */
export function maskInternalErrors(log: (line: string) => void = (line) => console.error(line)) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== INTERNAL) return formatted;
    const incident = randomUUID();
    const original = unwrapResolverError(error);
    log(`[incident ${incident}] ${formatted.path ? `at ${formatted.path.join('.')}: ` : ''}${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    const where = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
    if (isDatabaseUnavailable(original)) {
      return {
        message: `A database the hub needs did not answer (incident ${incident}). Try again in a few seconds.`,
        ...where,
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, incident, messageJa: `ハブが使うデータベースが応答しませんでした（インシデント ${incident}）。数秒後に再試行してください。` },
      };
    }
    return {
      message: `Internal error in the hub (incident ${incident}). Try again later; if it persists, give the incident id to the system administrator.`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: INTERNAL,
        incident,
        messageJa: `ハブ内部でエラーが発生しました（インシデント ${incident}）。時間をおいて再試行し、続く場合はこの ID をシステム管理者に伝えてください。`,
      },
    };
  };
}
