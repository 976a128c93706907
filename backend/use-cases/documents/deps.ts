import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { BlobStore } from '../../ports/blob-store';
import type { DocumentGenerator } from '../../ports/document-generator';
import type { DocumentStore } from '../../ports/document-store';
import type { EstimationStore } from '../../ports/estimation-store';
import type { JobDispatcher } from '../../ports/job-dispatcher';
import type { SettingsStore } from '../../ports/settings-store';

export interface DocumentsDeps {
  readonly documents: DocumentStore;
  readonly estimations: EstimationStore;
  readonly settings: SettingsStore;
  readonly blobs: BlobStore;
  readonly generator: DocumentGenerator;
  readonly dispatcher: JobDispatcher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** Presigned download links live five minutes: long enough to click, short enough not to be shared. */
export const DOWNLOAD_URL_SECONDS = 300;
/** Attempts per job before it is marked failed (transient errors only). */
export const MAX_ATTEMPTS = 3;
