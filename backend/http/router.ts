import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { MalformedPathError, ROUTES, findRoute } from '../../core';
import type { FunctionName, RouteSpec } from '../../core';
import type { Caller } from './caller';
import { callerFromEvent } from './caller';
import { errorResponse } from './error-response';
import { BadRequestError, ForbiddenError, NotFoundError } from './errors';
import type { Middleware, PipelineRequest } from './pipeline';
import { compose } from './pipeline';
import { noContent, withApiSecurityHeaders } from './response';

export { errorResponse } from './error-response';

export interface ApiRequest {
  readonly event: APIGatewayProxyEvent;
  readonly route: RouteSpec;
  /** Null only on public routes. */
  readonly caller: Caller | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly requestId: string;
}

/** An authenticated request: what every non-public route handler receives. */
export interface AuthedRequest extends ApiRequest {
  readonly caller: Caller;
}

export type RouteHandler = (req: AuthedRequest) => Promise<APIGatewayProxyResult>;
export type PublicRouteHandler = (req: ApiRequest) => Promise<APIGatewayProxyResult>;

/** A handler of a public route (no caller): wrap it with `publicRoute(...)`. */
export interface PublicRoute {
  readonly public: PublicRouteHandler;
}

export function publicRoute(handler: PublicRouteHandler): PublicRoute {
  return { public: handler };
}

/** Handlers keyed `METHOD /path` exactly as in core's ROUTES. */
export type RouteTable = Readonly<Record<string, RouteHandler | PublicRoute>>;

export type LambdaHandler = (
  event: APIGatewayProxyEvent,
  context?: Context,
) => Promise<APIGatewayProxyResult>;

export interface ApiHandlerOptions {
  /** Around every matched request, outermost first (handlers/limits.ts lists the API's). */
  readonly middlewares?: readonly Middleware[];
  readonly now?: () => Date;
}

/**
 * Build one Lambda function's handler from its routes. Checks that the table covers exactly the
 * routes core assigns to this function; per request it resolves the route once, runs the
 * middlewares, enforces admin-only on the caller they leave (the users table's role), and maps
 * every error to a JSON body in one place.
 */
export function createApiHandler(
  fn: FunctionName,
  table: RouteTable,
  options: ApiHandlerOptions = {},
): LambdaHandler {
  checkTable(fn, table);
  const run = compose(options.middlewares ?? [], dispatch(table));
  return async (event, context) => {
    const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? 'local';
    let result: APIGatewayProxyResult;
    try {
      result =
        event.httpMethod === 'OPTIONS'
          ? noContent()
          : await run(matched(fn, event, context, requestId, options.now?.() ?? new Date()));
    } catch (err) {
      result = errorResponse(err, requestId);
    }
    return withApiSecurityHeaders(
      { ...result, headers: { ...result.headers, 'X-Request-Id': requestId } },
      event,
    );
  };
}

function checkTable(fn: FunctionName, table: RouteTable): void {
  const expected = ROUTES.filter((r) => r.fn === fn).map((r) => `${r.method} ${r.path}`);
  const missing = expected.filter((k) => !(k in table));
  const extra = Object.keys(table).filter((k) => !expected.includes(k));
  if (missing.length || extra.length) {
    throw new Error(
      `Function ${fn}: routes missing [${missing.join(', ')}], unknown [${extra.join(', ')}]`,
    );
  }
  for (const route of ROUTES.filter((r) => r.fn === fn)) {
    const isPublic = typeof table[`${route.method} ${route.path}`] !== 'function';
    if (isPublic !== (route.auth === 'public')) {
      throw new Error(
        `Function ${fn}: ${route.method} ${route.path} is ${route.auth}; wrap public handlers with publicRoute().`,
      );
    }
  }
}

/** The one route lookup of a request: 404 for no route, 400 for a malformed path. */
function matched(
  fn: FunctionName,
  event: APIGatewayProxyEvent,
  context: Context | undefined,
  requestId: string,
  now: Date,
): PipelineRequest {
  let found: ReturnType<typeof findRoute>;
  try {
    found = findRoute(event.httpMethod, event.path);
  } catch (err) {
    if (err instanceof MalformedPathError) throw new BadRequestError(err.message, { cause: err });
    throw err;
  }
  if (!found || found.route.fn !== fn) {
    throw new NotFoundError(`No route ${event.httpMethod} ${event.path}.`);
  }
  const query = Object.fromEntries(
    Object.entries(event.queryStringParameters ?? {}).filter(
      (e): e is [string, string] => e[1] !== undefined,
    ),
  );
  return {
    event,
    context,
    route: found.route,
    params: found.params,
    query,
    requestId,
    now,
    // The token's identity; the identity middleware replaces the role with the users table's.
    caller: found.route.auth === 'public' ? null : callerFromEvent(event),
  };
}

function dispatch(table: RouteTable) {
  return async (req: PipelineRequest): Promise<APIGatewayProxyResult> => {
    const handler = table[`${req.route.method} ${req.route.path}`];
    if (handler === undefined) throw new NotFoundError(`No route ${req.route.path}.`);
    if (typeof handler !== 'function') return handler.public(req);
    const { caller } = req;
    if (!caller) throw new ForbiddenError('This route needs a signed-in caller.');
    if (req.route.adminOnly && caller.role !== 'Admin') {
      throw new ForbiddenError('This action needs the Admin role.');
    }
    return handler({ ...req, caller });
  };
}
