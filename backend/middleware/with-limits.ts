import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { FunctionName } from '../../core';
import { LAMBDA_MAX_REQUEST_BYTES } from '../../core';
import { ForbiddenError, PayloadTooLargeError, TooManyRequestsError } from '../http/errors';
import type { LambdaHandler } from '../http/router';
import { errorResponse } from '../http/router';
import { logger } from '../observability/logger';
import { recordResponse } from '../observability/metrics';
import type { RateLimiter } from '../ports/rate-limiter';
import type { UsageCounters } from '../ports/usage-counters';
import type { UserStatusCheck } from './user-status';

export interface LimitOptions {
  readonly limiter: RateLimiter;
  readonly counters: UsageCounters;
  /** Largest accepted body in bytes as received (base64 text counts as sent). */
  readonly maxBodyBytes: (method: string, path: string) => number;
  readonly now?: () => Date;
  /**
   * Refuses signed-in users an admin disabled: their ID token stays valid until it expires, so the
   * gateway's authorizer alone would let them in for up to an hour.
   */
  readonly userStatus?: UserStatusCheck;
}

/**
 * Lambda's own limit: no larger body can reach a function in AWS (the local adapter enforces it
 * on the whole event too). Large inputs travel as uploads named by id (POST /excel/upload-url).
 */
export const DEFAULT_MAX_BODY_BYTES = LAMBDA_MAX_REQUEST_BYTES;
/** The inline Excel upload is bound by the same limit: a file above ~4.4 MB (base64) goes presigned. */
export const UPLOAD_MAX_BODY_BYTES = LAMBDA_MAX_REQUEST_BYTES;

export function defaultBodyLimit(method: string, path: string): number {
  return method === 'POST' && path === '/excel/upload'
    ? UPLOAD_MAX_BODY_BYTES
    : DEFAULT_MAX_BODY_BYTES;
}

/**
 * Wraps a function's handler with the request limits the API Gateway usage plan enforces in AWS,
 * so they hold on the local stack too: body size (413) and 1,000 requests/minute per user (429
 * with Retry-After, counted in DynamoDB so every container shares the count). Also counts 5xx
 * responses for the admin metrics and publishes the error-rate metrics.
 */
export function withLimits(
  fn: FunctionName,
  handler: LambdaHandler,
  options: LimitOptions,
): LambdaHandler {
  return async (event: APIGatewayProxyEvent, context?: Context): Promise<APIGatewayProxyResult> => {
    const requestId = event.requestContext?.requestId ?? context?.awsRequestId ?? 'local';
    const now = options.now?.() ?? new Date();
    if (event.httpMethod === 'OPTIONS') return handler(event, context);
    const limit = options.maxBodyBytes(event.httpMethod, event.path);
    const size = event.body ? Buffer.byteLength(event.body, 'utf8') : 0;
    if (size > limit) {
      return finish(
        errorResponse(
          new PayloadTooLargeError(
            `The request body is ${size} bytes; this route accepts at most ${limit} bytes.`,
            {
              details: { sizeBytes: size, maxBytes: limit },
            },
          ),
          requestId,
        ),
      );
    }
    const key = rateKey(event);
    if (key) {
      try {
        const decision = await options.limiter.hit(key, now);
        if (!decision.allowed) {
          return finish(
            errorResponse(
              new TooManyRequestsError(
                `More than the allowed requests per minute; retry after ${decision.retryAfterSeconds} s.`,
                decision.retryAfterSeconds,
              ),
              requestId,
            ),
          );
        }
      } catch (err) {
        // Fail open: a counter outage must not take the API down; the gateway throttle still applies.
        logger.error('rate limiter unavailable', { requestId, err: err as Error });
      }
    }
    const userId = signedInUser(event);
    if (userId && options.userStatus) {
      let disabled = false;
      try {
        disabled = await options.userStatus.isDisabled(userId);
      } catch (err) {
        // Fail open like the rate limiter: a users-table outage must not lock everyone out; the
        // disabled user still cannot sign in again or refresh tokens (Cognito refuses them).
        logger.error('user status unavailable', { requestId, err: err as Error });
      }
      if (disabled) {
        return finish(
          errorResponse(
            new ForbiddenError(
              'This account is disabled; ask an administrator of your organisation to enable it.',
            ),
            requestId,
          ),
        );
      }
    }
    return finish(await handler(event, context));

    async function finish(result: APIGatewayProxyResult): Promise<APIGatewayProxyResult> {
      recordResponse(fn, result.statusCode);
      if (result.statusCode >= 500) {
        await options.counters.increment('errors', now).catch((err: unknown) => {
          logger.error('usage counter unavailable', { requestId, err: err as Error });
        });
      }
      return result;
    }
  };
}

function signedInUser(event: APIGatewayProxyEvent): string | null {
  const claims = event.requestContext?.authorizer?.claims as
    Record<string, string | undefined> | undefined;
  return claims?.sub || null;
}

/** Per signed-in user; anonymous (public) requests per source IP. */
function rateKey(event: APIGatewayProxyEvent): string | null {
  const sub = signedInUser(event);
  if (sub) return `user:${sub}`;
  const ip = event.requestContext?.identity?.sourceIp;
  return ip ? `ip:${ip}` : null;
}
