import type { FunctionName } from '../../core';
import { errorResponse } from '../http/error-response';
import type { Middleware } from '../http/pipeline';
import { recordResponse } from '../observability/metrics';

/**
 * Outermost: every response (the middlewares' refusals included) is recorded in the function's
 * EMF metrics, and an exception becomes its error response. Nothing is written to a table per
 * request: the admin error rate reads API Gateway's own metrics (DECISIONS.md 76).
 */
export function responseMetrics(fn: FunctionName): Middleware {
  return async (req, next) => {
    let result;
    try {
      result = await next(req);
    } catch (err) {
      result = errorResponse(err, req.requestId);
    }
    recordResponse(fn, result.statusCode);
    return result;
  };
}
