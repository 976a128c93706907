import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ROUTES } from '../../../core';
import { json } from '../../../backend/http/response';
import type { Middleware } from '../../../backend/http/pipeline';
import type { RouteTable } from '../../../backend/http/router';
import { createApiHandler } from '../../../backend/http/router';

/** Requests and an estimations function for the middleware tests. */
export const at = new Date('2026-11-26T09:00:45.000Z');

export const event = (over: Partial<APIGatewayProxyEvent> = {}): APIGatewayProxyEvent =>
  ({
    httpMethod: 'GET',
    path: '/estimations',
    body: null,
    headers: {},
    requestContext: {
      requestId: 'r1',
      apiId: 'local',
      authorizer: { claims: { sub: 'alice' } },
      identity: { sourceIp: '127.0.0.1' },
    },
    ...over,
  }) as unknown as APIGatewayProxyEvent;

/** Every estimations route answering with `answer`, behind the given middlewares. */
export function estimations(
  middlewares: readonly Middleware[],
  answer: () => Promise<ReturnType<typeof json>> = async () => json(200, {}),
) {
  const table: Record<string, RouteTable[string]> = {};
  for (const r of ROUTES.filter((x) => x.fn === 'estimations'))
    table[`${r.method} ${r.path}`] = async () => answer();
  return createApiHandler('estimations', table, { middlewares, now: () => at });
}
