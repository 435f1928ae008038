import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { REQUEST_ID_HEADER } from '../request/headers';

export interface HttpServerOptions<TContext extends BaseContext> {
  listen: { port: number; host?: string };
  context: (args: { req: IncomingMessage; res: ServerResponse }) => Promise<TContext>;
  /** Largest request body accepted, in bytes (default 5 MB; a 5,000-resident caseload is about 70 kB). */
  maxBodyBytes?: number;
  /** Answers `GET /health` (200 when ok, 503 otherwise). */
  health?: () => Promise<{ status: string }>;
  /** Answers requests other than GraphQL's (the console's pages); true when it has answered. */
  pages?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

/** A request the server cannot read; answered as a GraphQL error, never as an HTML error page. */
class UnreadableRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Serves an Apollo Server over node:http, like Apollo's standalone server (CORS for any origin, JSON
 * bodies, draining on stop), except that a body it cannot read — not JSON, too large, not UTF-8 —
 * gets a GraphQL-shaped error with the code BAD_REQUEST instead of an HTML page with a stack trace.
 */
export async function startHttpServer<TContext extends BaseContext>(server: ApolloServer<TContext>, options: HttpServerOptions<TContext>): Promise<{ url: string }> {
  const httpServer = createServer((req, res) => {
    serve(server, options, req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) reply(res, 500, 'INTERNAL_SERVER_ERROR', 'The hub could not answer this request.');
      else res.destroy();
    });
  });
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await server.start();
  await new Promise<void>((resolve) => httpServer.listen(options.listen, resolve));
  const { address, port } = httpServer.address() as AddressInfo;
  const host = address === '' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return { url: `http://${host}:${port}/` };
}

async function serve<TContext extends BaseContext>(server: ApolloServer<TContext>, options: HttpServerOptions<TContext>, req: IncomingMessage, res: ServerResponse) {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', REQUEST_ID_HEADER);
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    const requested = req.headers['access-control-request-headers'];
    if (requested) res.setHeader('access-control-allow-headers', requested);
    res.setHeader('vary', 'Access-Control-Request-Headers');
    res.setHeader('content-length', '0');
    res.statusCode = 204;
    res.end();
    return;
  }
  if (options.health && req.method === 'GET' && new URL(req.url ?? '/', 'http://hub').pathname === '/health') {
    const report = await options.health();
    res.statusCode = report.status === 'ok' ? 200 : 503;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(report));
    return;
  }
  if (options.pages && (await options.pages(req, res))) return;
  let body: unknown;
  try {
    body = await readJsonBody(req, options.maxBodyBytes ?? 5 * 1024 * 1024);
  } catch (error) {
    if (!(error instanceof UnreadableRequest)) throw error;
    reply(res, error.status, 'BAD_REQUEST', error.message);
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: new URL(req.url ?? '/', 'http://hub').search, body },
    context: () => options.context({ req, res }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The parsed body of an `application/json` request; undefined for any other request (Apollo then says what is wrong). */
async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (!contentType || contentType.split(';')[0].trim().toLowerCase() !== 'application/json') {
    req.resume();
    return undefined;
  }
  const charset = /;\s*charset\s*=\s*"?([^";]+)"?/i.exec(contentType)?.[1].toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    req.resume();
    throw new UnreadableRequest(415, `Unsupported charset "${charset}": send JSON in UTF-8.`);
  }
  const text = await readText(req, maxBytes);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new UnreadableRequest(400, 'The request body is not valid JSON.');
  }
}

/** The body as UTF-8 text; a body over the limit is read to its end and dropped, so the answer still reaches the client. */
function readText(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBytes) reject(new UnreadableRequest(413, `The request body is larger than ${maxBytes} bytes.`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, code: string, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
