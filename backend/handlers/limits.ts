import type { FunctionName } from '../../core';
import type { AwsAdapters } from '../adapters/aws/container';
import type { LambdaHandler } from '../http/router';
import { CachedUserStatus } from '../middleware/user-status';
import { defaultBodyLimit, withLimits } from '../middleware/with-limits';

/**
 * Every API function gets the same limits: body size, per-user rate, disabled accounts refused
 * (users table, cached per container), 5xx counting.
 */
export function limited(fn: FunctionName, handler: LambdaHandler, aws: AwsAdapters): LambdaHandler {
  return withLimits(fn, handler, {
    limiter: aws.rateLimiter,
    counters: aws.counters,
    maxBodyBytes: defaultBodyLimit,
    userStatus: new CachedUserStatus(aws.users),
  });
}
