import { describe, expect, it } from 'vitest';
import { HeaderMap } from '@apollo/server';
import { requestPlugin, withheldResult } from '../../src/request/plugin';

/** A request's context as Apollo hands it to the plugin, with a trail whose append fails. */
function failingRequest(heldByTransport: boolean) {
  const trail = { heldByTransport, operation: null as string | null, started: false, append: () => Promise.reject(new Error('log down')), startAppend: () => void (trail.started = true) };
  const scope = { requestId: 'r-1', trail, access: undefined };
  const response = { http: { headers: new HeaderMap(), status: undefined as number | undefined }, body: { kind: 'single', singleResult: { data: { familyName: '山田' } } } };
  return { trail, scope, response, context: { contextValue: scope, request: { http: { headers: new HeaderMap() } }, response } };
}

async function sendResponse(context: ReturnType<typeof failingRequest>['context']) {
  const listeners = await requestPlugin({ logged: true }).requestDidStart!(context as never);
  await listeners!.willSendResponse!(context as never);
}

describe('the request plugin, when the access log cannot be written', () => {
  it('replaces the response by one error and 503 for a caller that does not hold the response itself', async () => {
    const request = failingRequest(false);
    await sendResponse(request.context);
    expect(request.response.http.status).toBe(503);
    expect(request.response.body).toEqual({ kind: 'single', singleResult: withheldResult() });
    expect(JSON.stringify(request.response)).not.toContain('山田');
  });

  it('only starts the append when the HTTP layer holds the response (it waits for the commit: fail-closed.test.ts)', async () => {
    const request = failingRequest(true);
    await sendResponse(request.context);
    expect(request.trail.started).toBe(true);
    expect(request.response.http.status).toBeUndefined();
  });
});
