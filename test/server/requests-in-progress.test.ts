import { ApolloServer } from '@apollo/server';
import { afterAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../../src/server/http-server';

let release: () => void = () => undefined;
const held = () => new Promise<string>((resolve) => (release = () => resolve('done')));
const server = new ApolloServer({ typeDefs: 'type Query { slow: String }', resolvers: { Query: { slow: held } } });
afterAll(() => server.stop());

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return condition();
};

describe('requests in progress', () => {
  it('counts a request until its handling ends, even after its client has gone away', async () => {
    const { url, requestsInProgress } = await startHttpServer(server, { listen: { port: 0 }, context: async () => ({}) });
    expect(requestsInProgress()).toBe(0);

    const abandoned = new AbortController();
    const request = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }), signal: abandoned.signal });
    expect(await until(() => requestsInProgress() === 1)).toBe(true);
    abandoned.abort();
    await expect(request).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestsInProgress()).toBe(1); // the resolver is still running

    release();
    expect(await until(() => requestsInProgress() === 0)).toBe(true);
  });
});
