import type { FunctionName } from '../../core';
import { errorResponse } from '../http/error-response';
import type { Middleware } from '../http/pipeline';
import { logger } from '../observability/logger';
import { recordResponse } from '../observability/metrics';
import type { UsageCounters } from '../ports/usage-counters';

/**
 * Outermost: every response (the middlewares' refusals included) is recorded in the error-rate
 * metrics, and 5xx responses are counted for the admin metrics.
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
    if (result.statusCode >= 500) {
      await counters.increment('errors', req.now).catch((err: unknown) => {
        logger.error('usage counter unavailable', { requestId: req.requestId, err: err as Error });
      });
    }
    return result;
  };
}
