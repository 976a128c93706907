/**
 * Why a document could not be generated, in words an estimator can act on. The document worker
 * stores `message` on the failed job record, so it must say what to fix and where.
 */
export class DocumentInputError extends Error {
  /** JSON path of the offending field in the estimation or settings, e.g. `result` or `branding.primaryColor`. */
  readonly path: string;
  constructor(path: string, message: string, options: { cause?: unknown } = {}) {
    super(`${path}: ${message}`, { cause: options.cause });
    this.name = 'DocumentInputError';
    this.path = path;
  }
}

/** A format that this module does not produce (the caller routes it elsewhere). */
export class UnsupportedDocumentFormatError extends Error {
  readonly format: string;
  constructor(format: string, reason: string) {
    super(`Document format "${format}" is not available: ${reason}`);
    this.name = 'UnsupportedDocumentFormatError';
    this.format = format;
  }
}
