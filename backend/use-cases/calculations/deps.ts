import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { BlobStore } from '../../ports/blob-store';
import type { EstimationStore } from '../../ports/estimation-store';
import type { SettingsStore } from '../../ports/settings-store';
import type { UsageCounters } from '../../ports/usage-counters';
import type { RequirementsValidator } from '../shared/requirements-ref';
import type { CatalogCache } from './catalog-cache';

export interface CalculationsDeps {
  readonly catalog: CatalogCache;
  readonly settings: SettingsStore;
  readonly counters: UsageCounters;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Requirements uploads and stored results (the uploads bucket). */
  readonly blobs: BlobStore;
  /** Saved estimations, for `requirementsRef: { estimationId }`. */
  readonly estimations: EstimationStore;
  readonly validateRequirements: RequirementsValidator;
}
