import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { MalformedPathError, findRoute, normalIpAddress } from '../../core';
import type { FunctionName } from '../../core';
import type { LambdaHandler } from '../http/router';
import { CORS_HEADERS, withApiSecurityHeaders } from '../http/response';
import { ClientInputError, guarded, requestUrl } from './error-boundary';
import { API_GATEWAY_MAX_REQUEST_BYTES } from '../../core';
import { gatewayBodyRefused, lambdaEventTooLarge, lambdaResultTooLarge } from './payload-limits';
import type { TokenVerifier } from './token-verifier';
import { localApiTraffic } from '../adapters/memory/in-process-api-traffic';

/** Bodies above API Gateway's 10 MB are refused before reaching a handler, as in AWS. */
export const MAX_BODY_BYTES = API_GATEWAY_MAX_REQUEST_BYTES;

export interface ApiAdapterOptions {
  readonly verifier: TokenVerifier;
  readonly loadHandler: (fn: FunctionName) => Promise<LambdaHandler>;
  readonly stage?: string;
}

/**
 * The local stand-in for API Gateway: verifies the bearer token as the Cognito authorizer would,
 * turns the request into an API Gateway REST proxy event (verified claims in
 * `requestContext.authorizer.claims`) and invokes the same Lambda handler that runs in AWS.
 * Behind one error boundary: no request can stop the process.
 */
export function createApiAdapter(options: ApiAdapterOptions): Server {
  const server = createServer(
    guarded('local API adapter', (req, res) => handle(req, res, options)),
  );
  // Locally every function shares this process: while a large estate is priced or its document
  // rendered, the event loop is busy for seconds, and Node's 5 s keep-alive timer would then close
  // sockets clients are already reusing (ECONNRESET). Idle sockets live as long as behind a load
  // balancer instead.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: ApiAdapterOptions,
): Promise<void> {
  const url = requestUrl(req);
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') return send(res, { statusCode: 204, headers: {}, body: '' });
  let found: ReturnType<typeof findRoute>;
  try {
    found = findRoute(method, url.pathname);
  } catch (err) {
    if (err instanceof MalformedPathError) throw new ClientInputError(err.message);
    throw err;
  }
  if (!found) return send(res, jsonResult(404, 'NotFound', `No route ${method} ${url.pathname}.`));
  const body = await readBody(req);
  if (body === null) return send(res, gatewayBodyRefused());
  let claims: Record<string, string> | null = null;
  if (found.route.auth === 'cognito') {
    const token = bearer(req.headers.authorization);
    if (!token)
      return send(
        res,
        jsonResult(
          401,
          'Unauthorized',
          'Sign in first: the Authorization header carries no token.',
        ),
      );
    try {
      claims = await options.verifier.verify(token);
    } catch (err) {
      return send(
        res,
        jsonResult(401, 'Unauthorized', `The token was rejected: ${(err as Error).message}`),
      );
    }
  }
  const event = toEvent(req, url, method, body, found, claims, options.stage ?? 'local');
  const refused = lambdaEventTooLarge(event);
  if (refused) return send(res, refused);
  const handler = await options.loadHandler(found.route.fn);
  const result = await handler(event);
  send(res, lambdaResultTooLarge(result) ?? result);
}

function toEvent(
  req: IncomingMessage,
  url: URL,
  method: string,
  body: Buffer,
  found: NonNullable<ReturnType<typeof findRoute>>,
  claims: Record<string, string> | null,
  stage: string,
): APIGatewayProxyEvent {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
  const query: Record<string, string> = {};
  url.searchParams.forEach((v, k) => (query[k] = v));
  const contentType = headers['content-type'] ?? '';
  const isText = body.length === 0 || /json|text|xml|x-www-form-urlencoded/.test(contentType);
  const requestId = randomUUID();
  return {
    resource: found.route.path,
    path: url.pathname,
    httpMethod: method,
    headers,
    multiValueHeaders: {},
    queryStringParameters: Object.keys(query).length ? query : null,
    multiValueQueryStringParameters: null,
    pathParameters: Object.keys(found.params).length ? found.params : null,
    stageVariables: null,
    body: body.length === 0 ? null : isText ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: !isText,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      authorizer: claims ? { claims } : null,
      protocol: 'HTTP/1.1',
      httpMethod: method,
      identity: {
        // As API Gateway reports it: an IPv4 client of this dual-stack server is dotted IPv4.
        sourceIp: normalIpAddress(req.socket.remoteAddress ?? '127.0.0.1'),
      } as APIGatewayProxyEvent['requestContext']['identity'],
      path: `/${stage}${url.pathname}`,
      stage,
      requestId,
      requestTimeEpoch: Date.now(),
      resourceId: 'local',
      resourcePath: found.route.path,
    },
  };
}

function bearer(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return (match ? match[1] : header.trim()) || null;
}

/** Null when the body is over the limit; the rest is still read (and dropped) so the client gets the answer. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
    else if (size > 10 * MAX_BODY_BYTES) break; // stop draining an endless body; the socket closes
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks);
}

function jsonResult(statusCode: number, error: string, message: string): APIGatewayProxyResult {
  return {
    statusCode,
    headers: {},
    body: JSON.stringify({ error, message, details: null, requestId: 'local-adapter' }),
  };
}

/** Every answer, as API Gateway counts it (`Count`, `5XXError`) for the admin error rate. */
function send(res: ServerResponse, result: APIGatewayProxyResult): void {
  localApiTraffic.record(result.statusCode, new Date());
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    ...CORS_HEADERS,
  };
  const secured = withApiSecurityHeaders(result, null);
  for (const [k, v] of Object.entries(secured.headers ?? {})) headers[k] = String(v);
  res.writeHead(result.statusCode, headers);
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}
