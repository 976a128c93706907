import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { AuditLogReader } from '../../ports/audit-query';
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
  readonly settings: SettingsStore;
  /** The templates bucket: branding logos. */
  readonly blobs: BlobStore;
  readonly counters: UsageCounters;
  readonly catalogVersion: () => Promise<string>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}
