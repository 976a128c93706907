import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ROUTES } from '../../core';
import type { FunctionName, RouteSpec } from '../../core';
import { ResourceInputError, RulesInputError, findRoute } from '../../core';
import type { Caller } from './caller';
import { callerFromEvent } from './caller';
import { ForbiddenError, HttpError, NotFoundError, ValidationError } from './errors';
import { json, noContent } from './response';
import { logger } from '../observability/logger';

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

/**
 * Build one Lambda function's handler from its routes. Checks that the table covers exactly the
 * routes core assigns to this function, resolves the route, enforces auth and admin-only, and maps
 * every error to a JSON body in one place.
 */
export function createApiHandler(fn: FunctionName, table: RouteTable): LambdaHandler {
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
  return async (event, context) => {
    const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? 'local';
    try {
      if (event.httpMethod === 'OPTIONS') return noContent();
      const found = findRoute(event.httpMethod, event.path);
      if (!found || found.route.fn !== fn) {
        throw new NotFoundError(`No route ${event.httpMethod} ${event.path}.`);
      }
      const { route, params } = found;
      const handler = table[`${route.method} ${route.path}`];
      const query = Object.fromEntries(
        Object.entries(event.queryStringParameters ?? {}).filter(
          (e): e is [string, string] => e[1] !== undefined,
        ),
      );
      if (handler === undefined)
        throw new NotFoundError(`No route ${event.httpMethod} ${event.path}.`);
      if (typeof handler !== 'function') {
        const result = await handler.public({
          event,
          route,
          caller: null,
          params,
          query,
          requestId,
        });
        return { ...result, headers: { ...result.headers, 'X-Request-Id': requestId } };
      }
      const caller = callerFromEvent(event);
      if (route.adminOnly && caller.role !== 'Admin') {
        throw new ForbiddenError('This action needs the Admin role.');
      }
      const result = await handler({ event, route, caller, params, query, requestId });
      return { ...result, headers: { ...result.headers, 'X-Request-Id': requestId } };
    } catch (err) {
      return errorResponse(err, requestId);
    }
  };
}

/** The one error mapper: typed errors keep their status; anything else is a 500 without internals. */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyResult {
  const err = fromEngineError(error);
  if (err instanceof HttpError) {
    if (err.statusCode >= 500) logger.error('request failed', { requestId, err });
    else logger.info('request rejected', { requestId, status: err.statusCode, error: err.message });
    return json(
      err.statusCode,
      { error: err.errorType, message: err.message, details: err.details ?? null, requestId },
      { ...err.headers, 'X-Request-Id': requestId },
    );
  }
  logger.error('unhandled error', { requestId, err: err as Error });
  return json(
    500,
    {
      error: 'InternalError',
      message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
      details: null,
      requestId,
    },
    { 'X-Request-Id': requestId },
  );
}

/**
 * The engine's input errors are the caller's mistakes (a requirement or setting it cannot price):
 * a 400 naming the JSON path, never a 500.
 */
function fromEngineError(err: unknown): unknown {
  if (err instanceof ResourceInputError) {
    return new ValidationError(err.message, [
      { path: `$.requirements.items[id=${err.itemId}].${err.field}`, message: err.message },
    ]);
  }
  if (err instanceof RulesInputError) {
    return new ValidationError(err.message, [
      { path: `$.requirements.settings.${err.field}`, message: err.message },
    ]);
  }
  return err;
}
