import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../src/identity/token';
import { consoleRoutes } from '../../src/server/console/console-routes';
import { buildConsole } from '../support/browser';

const tokens = { key: new TextEncoder().encode('test-secret-test-secret-test-secret-0123456789'), issuer: 'tsunagu', audience: 'tsunagu-hub' };

async function serve(options: { demoSignIn: boolean; apolloSandbox: boolean }): Promise<{ server: Server; url: string }> {
  const pages = consoleRoutes({ tokens, ...options });
  const server = createServer(async (req, res) => {
    if (!(await pages(req, res))) {
      res.statusCode = 299; // "GraphQL would answer this"
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A GET with the path exactly as written (fetch would normalise the dots away). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ host: '127.0.0.1', port: new URL(base).port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

let demo: { server: Server; url: string };
let production: { server: Server; url: string };

beforeAll(async () => {
  buildConsole();
  [demo, production] = await Promise.all([serve({ demoSignIn: true, apolloSandbox: false }), serve({ demoSignIn: false, apolloSandbox: true })]);
});
afterAll(() => {
  demo?.server.close();
  production?.server.close();
});

describe('the console’s routes', () => {
  it('serve the app at /console and any page under it, with a policy that allows nothing from elsewhere', async () => {
    for (const path of ['/console', '/console/', '/console/log', '/console/resident/1000000001']) {
      const response = await fetch(demo.url + path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
    expect((await fetch(`${demo.url}/console/assets/missing.js`)).status).toBe(404);
    for (const path of ['/console/../../package.json', '/console/assets/../../../package.json', '/console/..%2f..%2fpackage.json']) {
      const { status, body } = await rawGet(demo.url, path);
      expect(body, path).not.toContain('"name": "tsunagu"');
      expect(status, path).not.toBe(200);
    }
  });

  it('answer a browser at / with the bundled GraphiQL, and leave everything else to GraphQL', async () => {
    const page = await fetch(`${demo.url}/`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Tsunagu GraphiQL');
    expect((await fetch(`${demo.url}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(299);
    expect((await fetch(`${demo.url}/`, { headers: { accept: 'application/json' } })).status).toBe(299);
    // APOLLO_SANDBOX=on: Apollo's landing page answers the browser instead.
    expect((await fetch(`${production.url}/`, { headers: { accept: 'text/html' } })).status).toBe(299);
  });

  it('issue a demo actor’s token only when the demo sign-in is on, and never for a disabled or unknown actor', async () => {
    const issued = await fetch(`${demo.url}/console/demo-token?actor=privacy-officer`, { method: 'POST' });
    expect(issued.status).toBe(200);
    expect((await verifyToken({ hub: tokens, hubTokensAccepted: true, lifetime: { maxLifetimeSeconds: 8 * 3600, clockSkewSeconds: 60 } }, ((await issued.json()) as { token: string }).token)).actorCode).toBe('privacy-officer');
    expect((await fetch(`${demo.url}/console/demo-token?actor=former-housing-officer`, { method: 'POST' })).status).toBe(400);
    expect((await fetch(`${demo.url}/console/demo-token?actor=nobody`, { method: 'POST' })).status).toBe(400);
    // Another site's page cannot collect demo tokens; the console's own page can.
    expect((await fetch(`${demo.url}/console/demo-token?actor=privacy-officer`, { method: 'POST', headers: { origin: 'https://elsewhere.example' } })).status).toBe(403);
    expect((await fetch(`${demo.url}/console/demo-token?actor=privacy-officer`, { method: 'POST', headers: { origin: demo.url } })).status).toBe(200);
    const actors = (await (await fetch(`${demo.url}/console/demo-actors`)).json()) as { actors: { code: string }[] };
    expect(actors.actors.map((a) => a.code)).toContain('caseworker');
    expect(actors.actors.map((a) => a.code)).not.toContain('former-housing-officer');

    expect((await fetch(`${production.url}/console/demo-token?actor=privacy-officer`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${production.url}/console/demo-actors`)).status).toBe(404);
  });
});
