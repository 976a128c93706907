/**
 * A run of the catalog refresh (the weekly schedule or an administrator's "refresh now"): the
 * Price List import for the configured services and regions, the validation gate, and a
 * publication only when the gate passes. The admin API keeps the latest run.
 */
export type CatalogRefreshOutcome = 'running' | 'accepted' | 'refused' | 'failed';

export interface CatalogRefreshRun {
  readonly runId: string;
  readonly trigger: 'scheduled' | 'admin';
  /** Who asked: the administrator's email, or `system` for the schedule. */
  readonly requestedBy: string;
  /** Where the Price List files are read: a mirror folder or the endpoint's URL. */
  readonly source: string;
  readonly services: readonly string[];
  readonly regions: readonly string[];
  readonly startedAt: string;
  /** Null while running. */
  readonly finishedAt: string | null;
  /** accepted = the gate passed and the shards were published; refused = the gate's problems; failed = the import stopped. */
  readonly outcome: CatalogRefreshOutcome;
  /** The imported catalog's version (null when the import did not get that far). */
  readonly version: string | null;
  readonly shards: number;
  /** The gate's problems when refused; the error when failed; empty when accepted. */
  readonly problems: readonly string[];
  /** The gate's full report (text), empty when the gate did not run. */
  readonly report: string;
  /** Optional prices the imported catalog lacks (reported, never a reason to refuse). */
  readonly optionalGaps: readonly string[];
}

/** `GET /admin/catalog/refresh`: the latest run and what a new one would read. */
export interface CatalogRefreshStatus {
  readonly latest: CatalogRefreshRun | null;
  readonly source: string;
  readonly services: readonly string[];
  readonly regions: readonly string[];
}
