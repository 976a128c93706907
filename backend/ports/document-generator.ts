import type { DocumentFormat, Estimation, SystemSettings } from '../../core';

export interface GeneratedDocument {
  readonly body: Uint8Array;
  readonly contentType: string;
  /** Suggested download name, e.g. `acme-proposal.pdf`. */
  readonly fileName: string;
  /** What the file had to leave out (e.g. items the AWS bulk-import workbook cannot carry). */
  readonly warnings?: readonly string[];
}

/** Renders an estimation in one format (the generators live in backend/documents). */
export interface DocumentGenerator {
  generate(
    format: DocumentFormat,
    estimation: Estimation,
    settings: SystemSettings,
    locale: string | null,
  ): Promise<GeneratedDocument>;
}

/** Bad input (no result to print, a format not produced): retrying cannot help, so the job fails at once. */
export class PermanentDocumentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentDocumentError';
  }
}
