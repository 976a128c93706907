import type { APIGatewayProxyEvent } from 'aws-lambda';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../http/dependency-errors';
import { ServiceUnavailableError, TooManyRequestsError } from '../http/errors';
import type { Middleware } from '../http/pipeline';
import { isMutation } from '../http/pipeline';
import { logger } from '../observability/logger';
import type { RateLimiter } from '../ports/rate-limiter';

/**
 * 1,000 requests/minute per user (429 with Retry-After), counted in DynamoDB so every container
 * shares the count. When the counter cannot be reached a mutation is refused with 503 (fail
 * closed: nothing is written unmetered) and a read goes through, logged (DECISIONS.md).
 */
export function rateLimit(limiter: RateLimiter): Middleware {
  return async (req, next) => {
    const key = rateKey(req.event);
    if (!key) return next(req);
    let decision;
    try {
      decision = await limiter.hit(key, req.now);
    } catch (err) {
      if (isMutation(req)) {
        throw new ServiceUnavailableError(
          `The request limiter is not answering, so changes are paused; retry in ${DEPENDENCY_RETRY_AFTER_SECONDS} s.`,
          DEPENDENCY_RETRY_AFTER_SECONDS,
          err,
        );
      }
      logger.error('rate limiter unavailable; read let through', {
        requestId: req.requestId,
        err: err as Error,
      });
      return next(req);
    }
    if (!decision.allowed) {
      throw new TooManyRequestsError(
        `More than the allowed requests per minute; retry after ${decision.retryAfterSeconds} s.`,
        decision.retryAfterSeconds,
      );
    }
    return next(req);
  };
}

/** Per signed-in user; anonymous (public) requests per source IP. */
function rateKey(event: APIGatewayProxyEvent): string | null {
  const claims = event.requestContext?.authorizer?.claims as
    Record<string, string | undefined> | undefined;
  if (claims?.sub) return `user:${claims.sub}`;
  const ip = event.requestContext?.identity?.sourceIp;
  return ip ? `ip:${ip}` : null;
}
