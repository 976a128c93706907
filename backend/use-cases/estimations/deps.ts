import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { BlobStore } from '../../ports/blob-store';
import type { EstimationStore } from '../../ports/estimation-store';
import type { RequirementsValidator } from '../shared/requirements-ref';

export interface EstimationsDeps {
  readonly estimations: EstimationStore;
  /** The uploads bucket: requirements uploads and stored results a save names by id. */
  readonly blobs: BlobStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Checks an uploaded requirements document (the route's schema). */
  readonly validateRequirements: RequirementsValidator;
}
