import type { Requirements } from '../requirements/requirements';
import type { StoredResult } from './dto';

/** Request and response bodies of the `/excel/*` routes (upload, validate, process). */

export interface UploadResponse {
  readonly uploadId: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly expiresAt: string;
}

/** `POST /excel/upload-url`: declare the file, then PUT it to the URL (files up to 10 MB). */
export interface UploadUrlRequest {
  readonly fileName: string;
  /** Exact size in bytes: the URL accepts a body of this size only. */
  readonly sizeBytes: number;
  /**
   * `workbook` (default): an .xlsx for /excel/validate and /excel/process. `requirements`: a
   * requirements JSON document (gzip-compressed or not) that calculations and saves can name as
   * `requirementsRef: { uploadId }` instead of inlining it.
   */
  readonly kind?: 'workbook' | 'requirements';
}

export interface UploadUrlResponse {
  readonly uploadId: string;
  /** Presigned S3 URL: send the file's bytes with `method` and exactly `headers`. */
  readonly url: string;
  readonly method: 'PUT';
  readonly headers: Readonly<Record<string, string>>;
  /** When the URL stops accepting the upload (minutes). */
  readonly expiresAt: string;
  readonly maxBytes: number;
  readonly sizeBytes: number;
  /** When the uploaded file itself expires (24 hours, as for `/excel/upload`). */
  readonly uploadExpiresAt: string;
}

export interface CellIssue {
  /** `Compute!E12` */
  readonly cell: string;
  readonly sheet: string;
  readonly rule: string;
  readonly message: string;
}

export interface ValidateResponse {
  readonly format: string;
  readonly valid: boolean;
  /** The first MAX_LISTED_ISSUES errors (every one, for any real workbook); `errorCount` counts all. */
  readonly errors: readonly CellIssue[];
  readonly warnings: readonly CellIssue[];
  readonly rows: number;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Every issue counted by severity and rule, with the first cells as examples. */
  readonly issueGroups: readonly IssueGroup[];
}

export interface IssueGroup {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly count: number;
  /** The first messages of this rule, in full. */
  readonly examples: readonly string[];
}

/** Cell issues listed one by one per response; beyond it they are counted in `issueGroups`. */
export const MAX_LISTED_ISSUES = 5000;

export interface ProcessResponse extends ValidateResponse {
  /** Null when invalid, or when too large to inline: then `stored` holds them. */
  readonly requirements: Requirements | null;
  /** The requirements stored for 24 h: download them, or pass `{ resultId }` as `requirementsRef`. */
  readonly stored?: StoredResult;
}
