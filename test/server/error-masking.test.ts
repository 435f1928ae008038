import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskInternalErrors } from '../../src/server/error-masking';

/** What Apollo hands formatError for an error a resolver threw: code INTERNAL_SERVER_ERROR. */
function fromResolver(original: Error): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(original.message, { path: ['resident', 'taxArrears'], originalError: original });
  return [{ message: original.message, path: ['resident', 'taxArrears'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error];
}

describe('errors the hub did not raise on purpose', () => {
  const logged: string[] = [];
  const format = maskInternalErrors((line) => logged.push(line));

  it('hide their cause behind an incident id, logged with the cause', () => {
    const formatted = format(...fromResolver(new Error('relation "tax.arrears" does not exist: SELECT … WHERE resident_number = 1000000001')));
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', incident: expect.any(String) });
    expect(formatted.message).not.toContain('1000000001');
    expect(formatted.path).toEqual(['resident', 'taxArrears']);
    expect(logged.at(-1)).toContain(String(formatted.extensions!.incident));
    expect(logged.at(-1)).toContain('1000000001');
  });

  it('say DATABASE_UNAVAILABLE at the field when the connection was cut, so that the client retries', () => {
    const cut = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const formatted = format(...fromResolver(cut));
    expect(formatted.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', incident: expect.any(String), messageJa: expect.stringContaining('再試行') });
    expect(formatted.path).toEqual(['resident', 'taxArrears']);
    expect(formatted.message).not.toContain('administrator');
  });

  it('leave the hub’s own errors as they are', () => {
    const own: GraphQLFormattedError = { message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } };
    expect(format(own, new GraphQLError('Access denied'))).toBe(own);
  });
});
