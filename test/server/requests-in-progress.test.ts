import { ApolloServer } from '@apollo/server';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHttpServer } from '../../src/server/http-server';

let release: () => void = () => undefined;
const held = () => new Promise<string>((resolve) => (release = () => resolve('done')));
const server = new ApolloServer({ typeDefs: 'type Query { slow: String }', resolvers: { Query: { slow: held } } });
let url: string;
let graphqlRequestsInProgress: () => number;
beforeAll(async () => ({ url, graphqlRequestsInProgress } = await startHttpServer(server, { listen: { port: 0 }, context: async () => ({}) })));
afterAll(() => server.stop());

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return condition();
};

describe('requests in progress', () => {
  it('counts a request until its handling ends, even after its client has gone away', async () => {
    expect(graphqlRequestsInProgress()).toBe(0);

    const abandoned = new AbortController();
    const request = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ slow }' }), signal: abandoned.signal });
    expect(await until(() => graphqlRequestsInProgress() === 1)).toBe(true);
    abandoned.abort();
    await expect(request).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(graphqlRequestsInProgress()).toBe(1); // the resolver is still running

    release();
    expect(await until(() => graphqlRequestsInProgress() === 0)).toBe(true);
  });

  it('counts a request once its body is in: a client still sending one cannot hold the group commit waiting', async () => {
    const body = JSON.stringify({ query: '{ slow }' });
    const client = connect(Number(new URL(url).port), '127.0.0.1');
    try {
      client.write(`POST / HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(graphqlRequestsInProgress()).toBe(0);

      client.write(body.slice(10));
      expect(await until(() => graphqlRequestsInProgress() === 1)).toBe(true);
      release();
      expect(await until(() => graphqlRequestsInProgress() === 0)).toBe(true);
    } finally {
      client.destroy();
    }
  });

  it('ends a request whose client hangs up before sending its body, quietly: the client went away, the hub did nothing wrong', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const client = connect(Number(new URL(url).port), '127.0.0.1');
      client.write('POST / HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
      await new Promise((resolve) => setTimeout(resolve, 50));
      client.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(graphqlRequestsInProgress()).toBe(0);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('counts GraphQL requests only: a slow /health, /metrics or page is not one the group commit should wait for', async () => {
    let answer: () => void = () => undefined;
    const slow = <T>(value: T) => new Promise<T>((resolve) => (answer = () => resolve(value)));
    const other = new ApolloServer({ typeDefs: 'type Query { ok: String }' });
    const { url: otherUrl, graphqlRequestsInProgress: counted } = await startHttpServer(other, {
      listen: { port: 0 },
      context: async () => ({}),
      health: () => slow({ status: 'ok' }),
      metrics: () => slow({ contentType: 'text/plain', body: '' }),
      pages: async (req, res) => {
        if (req.url !== '/console') return false;
        await slow(undefined);
        res.end('page');
        return true;
      },
    });
    try {
      for (const path of ['health', 'metrics', 'console']) {
        const request = fetch(new URL(path, otherUrl));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(counted(), path).toBe(0);
        answer();
        expect((await request).status, path).toBe(200);
      }
      const graphqlRequest = await fetch(otherUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }' }) });
      expect(graphqlRequest.status).toBe(200);
      expect(counted()).toBe(0);
    } finally {
      await other.stop();
    }
  });
});
