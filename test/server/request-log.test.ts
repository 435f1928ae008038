import { ApolloServer } from '@apollo/server';
import { afterAll, describe, expect, it } from 'vitest';
import { type RequestLogLine, startHttpServer } from '../../src/server/http-server';

const lines: RequestLogLine[] = [];
const server = new ApolloServer({ typeDefs: 'type Query { hello(name: String): String }', resolvers: { Query: { hello: (_: unknown, args: { name?: string }) => `hi ${args.name}` } } });
afterAll(() => server.stop());

describe('the request log', () => {
  it('writes one structured line per request, without the query string or the body', async () => {
    const { url } = await startHttpServer(server, { listen: { port: 0 }, context: async () => ({}), requestLog: (line) => lines.push(line) });
    const posted = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ hello(name: "山田太郎") }' }) });
    expect(posted.status).toBe(200);
    const got = await fetch(`${url}?query=${encodeURIComponent('{ hello(name: "山田花子") }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(got.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: 'POST', path: '/', status: 200 });
    expect(lines[1]).toMatchObject({ method: 'GET', path: '/', status: 200 });
    for (const line of lines) {
      expect(line.durationMs).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(line.time))).toBe(false);
      expect(JSON.stringify(line)).not.toMatch(/山田|hello/);
    }
  });
});
