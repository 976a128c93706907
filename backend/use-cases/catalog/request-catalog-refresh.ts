import type { CatalogRefreshRun, CatalogRefreshStatus } from '../../../core';
import { ConflictError } from '../../http/errors';
import type { RefreshConfig } from '../../pricing/configured-source';
import type { AuditContext } from '../../ports/audit-log';
import type { AuditWriter } from '../../ports/audit-writer';
import type { CatalogRefreshLog, CatalogRefreshStarter } from '../../ports/catalog-refresh';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import { auditRecord } from '../shared/audit-record';
import { newRefreshRun } from './run-catalog-refresh';

export interface RefreshRequestDeps {
  readonly refreshLog: CatalogRefreshLog;
  readonly refreshStarter: CatalogRefreshStarter;
  readonly refreshConfig: RefreshConfig;
  readonly auditWriter: AuditWriter;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * A run still `running` after this long has stopped without recording its outcome (the function's
 * timeout is 15 minutes): a new run may start.
 */
export const RUN_GIVES_UP_MS = 16 * 60_000;

/** `GET /admin/catalog/refresh`: the latest run and what a new one would read. */
export async function catalogRefreshStatus(
  deps: RefreshRequestDeps,
): Promise<CatalogRefreshStatus> {
  const { where, services, regions } = deps.refreshConfig;
  return { latest: await deps.refreshLog.latest(), source: where, services, regions };
}

/**
 * `POST /admin/catalog/refresh`: records a `running` run by this administrator, audits the request
 * and starts the same job as the weekly schedule. One run at a time: 409 while one is running.
 */
export async function requestCatalogRefresh(
  deps: RefreshRequestDeps,
  ctx: AuditContext,
): Promise<CatalogRefreshRun> {
  const latest = await deps.refreshLog.latest();
  const now = deps.clock.now().getTime();
  if (latest?.outcome === 'running' && now - Date.parse(latest.startedAt) < RUN_GIVES_UP_MS) {
    throw new ConflictError(
      `A catalog refresh started at ${latest.startedAt} by ${latest.requestedBy} is still running; wait for its result.`,
    );
  }
  const run = newRefreshRun(
    { config: deps.refreshConfig, clock: deps.clock, ids: deps.ids },
    'admin',
    ctx.caller.email || ctx.caller.userId,
  );
  await deps.refreshLog.save(run);
  await deps.auditWriter.append(
    auditRecord(
      ctx,
      deps,
      'catalog.refresh-request',
      { type: 'catalog', id: run.runId },
      {
        source: [null, run.source],
      },
    ),
  );
  await deps.refreshStarter.start(run);
  return run;
}
