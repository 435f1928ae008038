import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_STAFF, UNITS } from '../../organisation/catalogue';
import { issueToken, type TokenSettings } from '../../identity/token';
import { consoleBundleDir, readBundleFile } from './static-files';

export interface ConsoleRouteOptions {
  tokens: TokenSettings;
  /** Issue demo actors' tokens to anyone who asks (the demo municipality only). */
  demoSignIn: boolean;
  /** Leave `GET /` (HTML) to Apollo's landing page (the Sandbox) instead of the bundled GraphiQL. */
  apolloSandbox: boolean;
  bundleDir?: string;
}

/** Only the console's own files, and the hub itself for its GraphQL requests: nothing from a CDN. */
const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The web console at /console (built by `npm run build` into dist/console), the GraphiQL explorer
 * at `/` for browsers, and — with the demo municipality only — the demo-actor picker's sign-in.
 * Answers true when it handled the request; everything else goes to GraphQL.
 */
export function consoleRoutes(options: ConsoleRouteOptions) {
  const bundleDir = options.bundleDir ?? consoleBundleDir();
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const { pathname } = new URL(req.url ?? '/', 'http://hub');
    const method = req.method ?? 'GET';
    if (pathname === '/console/demo-actors' && method === 'GET') {
      if (!options.demoSignIn) return notFound(res);
      json(res, 200, { actors: DEMO_STAFF.filter((s) => s.active !== false).map((s) => ({ code: s.code, name: s.name, role: s.role, unitName: UNITS.find((u) => u.code === s.unit)?.name ?? s.unit })) });
      return true;
    }
    if (pathname === '/console/demo-token' && method === 'POST') {
      if (!options.demoSignIn) return notFound(res);
      // Only the console's own page asks for demo tokens: another site's page is refused.
      if (!sameOrigin(req)) {
        req.resume();
        json(res, 403, { error: { en: 'Demo tokens are issued to the console’s own page only.', ja: 'デモ用トークンはコンソール自身のページにのみ発行します。' } });
        return true;
      }
      const actor = new URL(req.url ?? '/', 'http://hub').searchParams.get('actor');
      const staff = DEMO_STAFF.find((s) => s.code === actor && s.active !== false);
      req.resume();
      if (!staff) json(res, 400, { error: { en: 'No such demo actor.', ja: 'そのデモ利用者はいません。' } });
      else json(res, 200, { token: await issueToken(options.tokens, staff.code) });
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (pathname === '/console' || pathname.startsWith('/console/')) {
      const relative = pathname.slice('/console/'.length);
      const asFile = relative.includes('.') ? await readBundleFile(bundleDir, relative) : undefined;
      if (relative.includes('.') && !asFile) return notFound(res);
      await page(res, bundleDir, asFile ? relative : 'index.html');
      return true;
    }
    if (pathname === '/' && !options.apolloSandbox && (req.headers.accept ?? '').includes('text/html')) {
      await page(res, bundleDir, 'graphiql.html');
      return true;
    }
    return false;
  };
}

async function page(res: ServerResponse, bundleDir: string, relative: string) {
  const file = await readBundleFile(bundleDir, relative);
  if (!file) {
    res.statusCode = 503;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('The console is not built: run `npm run build` (コンソールが未ビルドです。npm run build を実行してください)');
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.end(file.body);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse): true {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('Not found');
  return true;
}

/** A request without an Origin (not from a browser page) or from the hub's own origin. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
