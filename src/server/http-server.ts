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
  /** Answers `GET /metrics` (Prometheus text), when metrics are on. */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  /** Answers requests other than GraphQL's (the console's pages); true when it has answered. */
  pages?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /**
   * Called after the operation ran and before anything of its response is written: a response to
   * write instead (the hub's: when the access log could not be written), or undefined.
   */
  beforeWrite?: (context: TContext) => Promise<{ status: number; body: string } | undefined>;
  /** Called once per answered request with a structured line (no query string, body or token: they may hold personal data). */
  requestLog?: (line: RequestLogLine) => void;
}

export interface RequestLogLine {
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId?: string;
}

/** A request the server cannot read; answered as a GraphQL error, never as an HTML error page. */
class UnreadableRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly messageJa: string,
  ) {
    super(message);
  }
}

/**
 * Serves an Apollo Server over node:http, like Apollo's standalone server (CORS for any origin, JSON
 * bodies, draining on stop), except that a body it cannot read — not JSON, too large, not UTF-8 —
 * gets a GraphQL-shaped error with the code BAD_REQUEST instead of an HTML page with a stack trace.
 */
export async function startHttpServer<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: HttpServerOptions<TContext>,
): Promise<{ url: string; graphqlRequestsInProgress: () => number }> {
  const graphql: GraphQLRequests = { inProgress: 0 };
  const httpServer = createServer((req, res) => {
    if (options.requestLog) logWhenFinished(req, res, options.requestLog);
    serve(server, options, graphql, req, res)
      .catch((error: unknown) => {
        // The client hung up before its request was read: nothing to answer, and not the hub's fault.
        if (req.destroyed && (error as NodeJS.ErrnoException).code === 'ECONNRESET') return;
        console.error(error);
        if (!res.headersSent) reply(res, 500, 'INTERNAL_SERVER_ERROR', 'The hub could not answer this request.', 'ハブはこの要求に応答できませんでした。');
        else res.destroy();
      });
  });
  server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await server.start();
  await new Promise<void>((resolve) => httpServer.listen(options.listen, resolve));
  const { address, port } = httpServer.address() as AddressInfo;
  const host = address === '' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  return { url: `http://${host}:${port}/`, graphqlRequestsInProgress: () => graphql.inProgress };
}

/** GraphQL requests whose body has arrived and whose handling has not ended, those whose client has gone away meanwhile included. */
interface GraphQLRequests {
  inProgress: number;
}

function logWhenFinished(req: IncomingMessage, res: ServerResponse, log: (line: RequestLogLine) => void): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const requestId = res.getHeader(REQUEST_ID_HEADER);
    log({
      time: new Date().toISOString(),
      method: req.method ?? '',
      path: (req.url ?? '/').split('?')[0],
      status: res.statusCode,
      durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      ...(typeof requestId === 'string' ? { requestId } : {}),
    });
  });
}

async function serve<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: HttpServerOptions<TContext>,
  graphql: GraphQLRequests,
  req: IncomingMessage,
  res: ServerResponse,
) {
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
  if (options.metrics && req.method === 'GET' && new URL(req.url ?? '/', 'http://hub').pathname === '/metrics') {
    const { contentType, body } = await options.metrics();
    res.statusCode = 200;
    res.setHeader('content-type', contentType);
    res.end(body);
    return;
  }
  if (options.pages && (await options.pages(req, res))) return;
  let body: unknown;
  try {
    body = await readJsonBody(req, res, options.maxBodyBytes ?? 5 * 1024 * 1024);
  } catch (error) {
    if (!(error instanceof UnreadableRequest)) throw error;
    if (error.status === 413) closeUnread(req, res);
    reply(res, error.status, 'BAD_REQUEST', error.message, error.messageJa);
    return;
  }
  // Counted once its body is in: a client still sending one (slowly, or never finishing) is not a
  // request the group commit should wait for.
  graphql.inProgress++;
  try {
    await serveGraphQL(server, options, req, res, body);
  } finally {
    graphql.inProgress--;
  }
}

async function serveGraphQL<TContext extends BaseContext>(server: ApolloServer<TContext>, options: HttpServerOptions<TContext>, req: IncomingMessage, res: ServerResponse, body: unknown) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let context: TContext | undefined;
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: new URL(req.url ?? '/', 'http://hub').search, body },
    context: async () => (context = await options.context({ req, res })),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  const instead = context && options.beforeWrite ? await options.beforeWrite(context) : undefined;
  if (instead) {
    res.statusCode = instead.status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(instead.body);
    return;
  }
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The parsed body of an `application/json` request; undefined for any other request (Apollo then says what is wrong). */
async function readJsonBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<unknown> {
  const contentType = req.headers['content-type'];
  if (!contentType || contentType.split(';')[0].trim().toLowerCase() !== 'application/json') {
    leaveUnread(req, res);
    return undefined;
  }
  const charset = /;\s*charset\s*=\s*"?([^";]+)"?/i.exec(contentType)?.[1].toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    leaveUnread(req, res);
    throw new UnreadableRequest(415, `Unsupported charset "${charset}": send JSON in UTF-8.`, `文字コード「${charset}」には対応していません。JSON を UTF-8 で送ってください。`);
  }
  const text = await readText(req, maxBytes);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new UnreadableRequest(400, 'The request body is not valid JSON.', '要求の本文が正しい JSON ではありません。');
  }
}

/**
 * The body as UTF-8 text. A body over the limit is not read on: refused at once when its
 * Content-Length says so, else at the chunk that crosses the limit; the connection is then paused
 * (the client's upload stalls), answered 413 and closed.
 */
function readText(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new UnreadableRequest(413, `The request body is larger than ${maxBytes} bytes.`, `要求の本文が ${maxBytes} バイトを超えています。`);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      req.pause();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A body the hub will not use (not JSON) is not read either: the connection closes after the answer. */
function leaveUnread(req: IncomingMessage, res: ServerResponse) {
  const declared = req.headers['content-length'];
  if ((declared === undefined || declared === '0') && req.headers['transfer-encoding'] === undefined) {
    req.resume();
    return;
  }
  req.pause();
  closeUnread(req, res);
}

/** After answering a request whose body was left unread: close the connection, and cut it if the client does not. */
function closeUnread(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('connection', 'close');
  res.on('finish', () => {
    const socket = req.socket;
    const cut = setTimeout(() => socket.destroy(), 5_000);
    cut.unref();
    socket.once('close', () => clearTimeout(cut));
  });
}

function reply(res: ServerResponse, status: number, code: string, message: string, messageJa: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, messageJa } }] }));
}
