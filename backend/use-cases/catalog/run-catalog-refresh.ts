import type { CatalogRefreshRun } from '../../../core';
import { catalogNeeds } from '../../../core';
import type { RefreshConfig } from '../../pricing/configured-source';
import type { CatalogRefreshLog } from '../../ports/catalog-refresh';
import type { RefreshDeps } from './refresh-catalog';
import { refreshCatalog } from './refresh-catalog';

export interface RunRefreshDeps extends Omit<RefreshDeps, 'source'> {
  readonly log: CatalogRefreshLog;
  readonly config: RefreshConfig;
  /** The prices the gate enforces; by default the engine's (core's catalogNeeds()). */
  readonly needs?: typeof catalogNeeds;
}

/** A new run record, `running`, for the configured source. */
export function newRefreshRun(
  deps: Pick<RunRefreshDeps, 'config' | 'clock' | 'ids'>,
  trigger: CatalogRefreshRun['trigger'],
  requestedBy: string,
): CatalogRefreshRun {
  return {
    runId: deps.ids.next(),
    trigger,
    requestedBy,
    source: deps.config.where,
    services: deps.config.services,
    regions: deps.config.regions,
    startedAt: deps.clock.now().toISOString(),
    finishedAt: null,
    outcome: 'running',
    version: null,
    shards: 0,
    problems: [],
    report: '',
    optionalGaps: [],
  };
}

/**
 * The refresh job for one run (scheduled or "refresh now"): import, gate, publish when the gate
 * passes (refreshCatalog), then record the outcome in the log. An import that stops (unreadable
 * source, no network) is recorded as `failed` with its message and audited; it never throws.
 */
export async function runCatalogRefresh(
  deps: RunRefreshDeps,
  run: CatalogRefreshRun,
): Promise<CatalogRefreshRun> {
  await deps.log.save(run);
  const { services, regions } = run;
  let done: CatalogRefreshRun;
  try {
    const result = await refreshCatalog(
      { ...deps, source: deps.config.source },
      {
        services,
        regions,
        needs: (deps.needs ?? catalogNeeds)({ services, regions }),
        runId: run.runId,
      },
    );
    done = {
      ...run,
      finishedAt: deps.clock.now().toISOString(),
      outcome: result.published ? 'accepted' : 'refused',
      version: result.version,
      shards: result.shards,
      problems: gateProblemLines(result.report.text),
      report: result.report.text,
      optionalGaps: result.optionalGaps,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    done = {
      ...run,
      finishedAt: deps.clock.now().toISOString(),
      outcome: 'failed',
      problems: [message],
    };
    await deps.auditWriter.append({
      logId: deps.ids.next(),
      userId: 'system',
      userEmail: '',
      action: 'catalog.refresh-failed',
      targetType: 'catalog',
      targetId: run.runId,
      timestamp: done.finishedAt as string,
      requestId: run.runId,
      changes: { error: [null, message.slice(0, 500)] },
    });
  }
  await deps.log.save(done);
  return done;
}

/** The gate report's problem lines (`- missing price for …`), as people read them in the report. */
export function gateProblemLines(report: string): string[] {
  return report
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^- /, ''));
}
