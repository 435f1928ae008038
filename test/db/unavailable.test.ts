import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const wrapped = (previous: Error) => Object.assign(new Error(`driver: ${previous.message}`), { previous });

describe('a database that did not answer', () => {
  it.each([
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['the server shutting down (57P01), wrapped by the ORM', wrapped(withCode('terminating connection due to administrator command', '57P01'))],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (class 08)', withCode('connection failure', '08006')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a connection lost, as a cause', new Error('query failed', { cause: new Error('Connection ended unexpectedly') })],
  ])('is recognised: %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a syntax error (42601)', withCode('syntax error at or near "SELEC"', '42601')],
    ['a unique violation (23505), wrapped', wrapped(withCode('duplicate key value violates unique constraint', '23505'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'code')")],
    ['not an error at all', 'ECONNREFUSED'],
  ])('is not confused with a failed statement or a bug: %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
