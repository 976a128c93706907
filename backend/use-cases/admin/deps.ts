import type { CatalogOutlineSource } from '../../ports/catalog-outline';
import type { CatalogStore } from '../../ports/catalog-store';
import type { EmbeddedCoverageSource } from '../../ports/embedded-coverage';
import type { CatalogRefreshLog, CatalogRefreshStarter } from '../../ports/catalog-refresh';
import type { RefreshConfig } from '../../pricing/configured-source';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { ApiTraffic } from '../../ports/api-traffic';
import type { AuditTargetNames } from '../../ports/audit-targets';
import type { AuditLogReader } from '../../ports/audit-query';
import type { AuditWriter } from '../../ports/audit-writer';
import type { BlobStore } from '../../ports/blob-store';
import type { DocumentStore } from '../../ports/document-store';
import type { EstimationStore } from '../../ports/estimation-store';
import type { IdentityAdmin } from '../../ports/identity-admin';
import type { SettingsStore } from '../../ports/settings-store';
import type { UsageCounters } from '../../ports/usage-counters';
import type { UserStore } from '../../ports/user-store';

export interface AdminDeps {
  readonly users: UserStore;
  readonly identity: IdentityAdmin;
  readonly estimations: EstimationStore;
  readonly documents: DocumentStore;
  readonly auditReader: AuditLogReader;
  /** Names of audit targets (users, estimations, documents), read in batch per page. */
  readonly targetNames: AuditTargetNames;
  /** Audit entries of changes made in Cognito alone (invitations, users without a profile). */
  readonly auditWriter: AuditWriter;
  readonly settings: SettingsStore;
  /** The templates bucket: branding logos. */
  readonly blobs: BlobStore;
  /** The calculations counter (hourly, in the rate-limits table). */
  readonly counters: UsageCounters;
  /** Requests and 5xx answers per hour, for the error rate (API Gateway's metrics in AWS). */
  readonly traffic: ApiTraffic;
  /**
   * The catalog the API prices with, as an outline (no shard body): its version for the metrics,
   * its shards and their stored summaries for the catalog page's coverage.
   */
  readonly catalog: CatalogOutlineSource;
  /** The embedded catalog's precomputed shard summaries (catalog page). */
  readonly embeddedCoverage: EmbeddedCoverageSource;
  /** A published shard's body, read only when its stored summary is missing or stale. */
  readonly catalogStore: Pick<CatalogStore, 'get'>;
  /** The latest catalog refresh run, how to start one, and what it reads. */
  readonly refreshLog: CatalogRefreshLog;
  readonly refreshStarter: CatalogRefreshStarter;
  readonly refreshConfig: RefreshConfig;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}
