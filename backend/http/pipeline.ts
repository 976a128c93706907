import type { APIGatewayProxyResult, Context } from 'aws-lambda';
import type { ApiRequest } from './router';

/** A matched request on its way through the middlewares (the route is resolved once, up front). */
export interface PipelineRequest extends ApiRequest {
  readonly context?: Context;
  /** The request's clock reading, shared by every middleware (rate windows, metrics). */
  readonly now: Date;
}

export type Next = (req: PipelineRequest) => Promise<APIGatewayProxyResult>;

/**
 * One concern around the route handler (body size, content type, rate, identity, metrics). It
 * may answer itself, throw a typed HttpError (mapped to JSON by the router), or call `next`,
 * possibly with an enriched request (the identity middleware replaces the caller's role).
 */
export type Middleware = (req: PipelineRequest, next: Next) => Promise<APIGatewayProxyResult>;

/** `[a, b, c]` around `last` = a(b(c(last))): the first middleware sees the request first. */
export function compose(middlewares: readonly Middleware[], last: Next): Next {
  return middlewares.reduceRight<Next>((next, mw) => (req) => mw(req, next), last);
}

/** POST, PUT and DELETE change state; the guards fail closed for them (DECISIONS.md). */
export function isMutation(req: Pick<ApiRequest, 'route'>): boolean {
  return req.route.method !== 'GET';
}
