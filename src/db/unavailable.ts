/**
 * Whether an error means that a database did not answer — it is restarting, refuses connections,
 * or cut the connection — rather than that a statement was wrong. Such an error is temporary and
 * says nothing about the request, so clients get DATABASE_UNAVAILABLE (retry) instead of an
 * internal error. The drivers wrap errors (MikroORM `previous`, `cause`), so the whole chain is read.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const { code, name, message } = current as Error & { code?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || SERVER_GOING_AWAY.has(code))) return true;
    if (name === 'KnexTimeoutError' || LOST_CONNECTION.some((text) => message.includes(text))) return true;
    current = (current as { previous?: unknown }).previous ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Node's socket errors on the way to the server. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATE class 08 (connection exception) is matched by prefix; these are the server shutting
 * down or not yet accepting (57P01–57P03) and out of connection slots (53300).
 */
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres reports a connection lost mid-query with these messages and no code. */
const LOST_CONNECTION = ['Connection terminated', 'Connection ended unexpectedly', 'Client has encountered a connection error', 'timeout exceeded when trying to connect'];
