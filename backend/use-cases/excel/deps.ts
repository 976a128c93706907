import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { AuditWriter } from '../../ports/audit-writer';
import type { BlobStore } from '../../ports/blob-store';
import type { SettingsStore } from '../../ports/settings-store';

export interface ExcelDeps {
  readonly blobs: BlobStore;
  readonly auditWriter: AuditWriter;
  readonly settings: SettingsStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** Seed §3.3: uploads up to 10 MB; uploads/temp/ objects expire after 24 hours. */
export const MAX_UPLOAD_FILE_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TTL_MS = 24 * 3_600_000;
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function uploadKey(uploadId: string): string {
  return `uploads/temp/${uploadId}.xlsx`;
}
