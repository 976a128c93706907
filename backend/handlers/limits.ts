import type { FunctionName } from '../../core';
import type { AwsAdapters } from '../adapters/aws/container';
import type { Middleware } from '../http/pipeline';
import type { LambdaHandler, RouteTable } from '../http/router';
import { createApiHandler } from '../http/router';
import { bodyLimit, defaultBodyLimit } from '../middleware/body-limit';
import { identity } from '../middleware/identity';
import { jsonContentType } from '../middleware/json-content-type';
import { rateLimit } from '../middleware/rate-limit';
import { responseMetrics } from '../middleware/response-metrics';
import { CachedUserStatus } from '../middleware/user-status';

/**
 * Every API function's handler: its routes behind the same middlewares, outermost first —
 * response metrics, body size (413), JSON content type (415), per-user rate (429), then role and
 * status from the users table (cached per container; 403 when disabled), then the function's own
 * (`inner`: the admin function's IP allow-list).
 */
export function limited(
  fn: FunctionName,
  routes: RouteTable,
  aws: AwsAdapters,
  inner: readonly Middleware[] = [],
): LambdaHandler {
  return createApiHandler(fn, routes, {
    middlewares: [
      responseMetrics(fn),
      bodyLimit(defaultBodyLimit),
      jsonContentType(),
      rateLimit(aws.rateLimiter),
      identity(new CachedUserStatus(aws.users)),
      ...inner,
    ],
  });
}
