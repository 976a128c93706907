import type { FunctionName } from '../../core';
import { errorResponse } from '../http/error-response';
import type { Middleware } from '../http/pipeline';
import { logger } from '../observability/logger';
import { recordResponse } from '../observability/metrics';
import type { UsageCounters } from '../ports/usage-counters';

/**
 * Outermost: every response (the middlewares' refusals included) is recorded in the error-rate
 * metrics and counted (`requests`) for the admin metrics, 5xx responses also as `errors`: the
 * admin's error rate is errors ÷ requests. One counter update per request (two for a 5xx) on the
 * rate-limits table; a counter that cannot be written is logged, never fails the response.
 */
export function responseMetrics(fn: FunctionName, counters: UsageCounters): Middleware {
  return async (req, next) => {
    let result;
    try {
      result = await next(req);
    } catch (err) {
      result = errorResponse(err, req.requestId);
    }
    recordResponse(fn, result.statusCode);
    const names =
      result.statusCode >= 500 ? (['requests', 'errors'] as const) : (['requests'] as const);
    await Promise.all(
      names.map((name) =>
        counters.increment(name, req.now).catch((err: unknown) => {
          logger.error('usage counter unavailable', {
            requestId: req.requestId,
            err: err as Error,
          });
        }),
      ),
    );
    return result;
  };
}
