import type { AuditAction } from '../../core';
import { addressInRanges } from '../../core';
import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../http/dependency-errors';
import { ForbiddenError, ServiceUnavailableError } from '../http/errors';
import type { Middleware, PipelineRequest } from '../http/pipeline';
import { sourceIp } from '../http/source-ip';
import { logger } from '../observability/logger';
import type { AuditWriter } from '../ports/audit-writer';
import type { Clock } from '../ports/clock';
import type { IdGenerator } from '../ports/ids';
import type { SettingsStore } from '../ports/settings-store';
import { auditRecord } from '../use-cases/shared/audit-record';
import { withDefaults } from '../use-cases/settings/get-settings';

export interface AllowListDeps {
  /** A cached store (CachedSettingsStore): this check adds no read per request. */
  readonly settings: SettingsStore;
  readonly auditWriter: AuditWriter;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** The audit action of a refused request. */
export const ADMIN_IP_REFUSED = 'admin.ip-refused' satisfies AuditAction;

/**
 * The system settings' admin IP allow-list, for every `/admin/*` route (DECISIONS 75): an empty
 * list lets every address through; otherwise a caller whose source address is in none of the
 * ranges gets 403 naming the address, and the refusal is audited. Settings that cannot be read
 * refuse admin routes with 503 (fail closed), as the identity check does.
 */
export function adminIpAllowList(deps: AllowListDeps): Middleware {
  return async (req, next) => {
    if (!req.route.path.startsWith('/admin/')) return next(req);
    let ranges: readonly string[];
    try {
      ranges = withDefaults(await deps.settings.get()).adminIpAllowList;
    } catch (err) {
      throw new ServiceUnavailableError(
        `The admin IP allow-list cannot be read right now; retry in ${DEPENDENCY_RETRY_AFTER_SECONDS} s.`,
        DEPENDENCY_RETRY_AFTER_SECONDS,
        err,
      );
    }
    if (ranges.length === 0) return next(req);
    const ip = sourceIp(req.event);
    if (ip !== null && addressInRanges(ip, ranges)) return next(req);
    await auditRefusal(deps, req, ip);
    throw new ForbiddenError(
      ip === null
        ? 'Admin functions are limited to allowed addresses, and this request carries no source address.'
        : `Admin functions are limited to allowed addresses; ${ip} is not in the admin IP allow-list. Ask an administrator on an allowed network to add it in Settings.`,
      { details: { sourceIp: ip } },
    );
  };
}

/** One audit entry per refusal; an entry that cannot be written is logged, the refusal stands. */
async function auditRefusal(
  deps: AllowListDeps,
  req: PipelineRequest,
  ip: string | null,
): Promise<void> {
  const caller = req.caller ?? { userId: 'anonymous', email: '', role: 'Sales' as const };
  const record = auditRecord(
    { caller, requestId: req.requestId },
    deps,
    ADMIN_IP_REFUSED,
    { type: 'route', id: `${req.route.method} ${req.route.path}` },
    { sourceIp: ip ?? '(none)', path: req.event.path },
  );
  try {
    await deps.auditWriter.append(record);
  } catch (err) {
    logger.error('audit entry of an allow-list refusal not written', {
      requestId: req.requestId,
      sourceIp: ip,
      err: err as Error,
    });
  }
}
