import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../http/dependency-errors';
import { ForbiddenError, ServiceUnavailableError } from '../http/errors';
import type { Middleware } from '../http/pipeline';
import { isMutation } from '../http/pipeline';
import { logger } from '../observability/logger';
import type { UserStatusCheck } from './user-status';

/**
 * The users table, not the token, decides a signed-in caller's role and whether the account may
 * act: a demoted Admin's still-valid ID token carries `custom:role=Admin` for up to an hour, and a
 * disabled user's token stays valid likewise. The stored role replaces the claim (cached per
 * container for at most a minute, dropped at once in the process that changes it); a disabled
 * account gets 403. A user with no profile yet keeps the token's role (set by an admin in
 * Cognito; clients cannot write it) until GET /users/me creates the profile from it.
 *
 * When the users table cannot be read: mutations and admin routes get 503 (fail closed); other
 * reads go on with the least privilege (Sales), logged (DECISIONS.md).
 */
export function identity(status: UserStatusCheck): Middleware {
  return async (req, next) => {
    const caller = req.caller;
    if (!caller) return next(req);
    let stored;
    try {
      stored = await status.lookup(caller.userId);
    } catch (err) {
      if (isMutation(req) || req.route.adminOnly) {
        throw new ServiceUnavailableError(
          `Your account's role and status cannot be checked right now; retry in ${DEPENDENCY_RETRY_AFTER_SECONDS} s.`,
          DEPENDENCY_RETRY_AFTER_SECONDS,
          err,
        );
      }
      logger.error('user status unavailable; read served with the Sales role', {
        requestId: req.requestId,
        err: err as Error,
      });
      return next({ ...req, caller: { ...caller, role: 'Sales' } });
    }
    if (stored?.disabled) {
      throw new ForbiddenError(
        'This account is disabled; ask an administrator of your organisation to enable it.',
      );
    }
    return next({ ...req, caller: { ...caller, role: stored ? stored.role : caller.role } });
  };
}
