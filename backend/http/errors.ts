import { CURSOR_EXPIRED } from '../../core';
/**
 * Typed HTTP errors. Use cases throw these (or domain errors mapped in `to-response.ts`);
 * one mapper turns them into `{error, message, details, requestId}` bodies.
 */
export abstract class HttpError extends Error {
  abstract readonly statusCode: number;
  abstract readonly errorType: string;
  readonly details: unknown;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    message: string,
    options: { details?: unknown; cause?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** One invalid field: `path` is a JSON path (`items[3].storageGb`) or a cell (`Compute!E12`). */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export class BadRequestError extends HttpError {
  readonly statusCode = 400;
  readonly errorType = 'BadRequest';
}
export class ValidationError extends HttpError {
  readonly statusCode = 400;
  readonly errorType = 'ValidationFailed';
  /** `issueCount` when `issues` lists only the first ones of a longer list. */
  constructor(message: string, issues: readonly FieldIssue[], issueCount = issues.length) {
    super(message, { details: { issues, issueCount } });
  }
}
/**
 * A cursor signed by this API for this listing before the listing changed how it pages: a 400
 * whose code (core's CURSOR_EXPIRED) tells the client to load the first page again.
 */
export class CursorExpiredError extends HttpError {
  readonly statusCode = 400;
  readonly errorType = CURSOR_EXPIRED;
  constructor(message: string, issues: readonly FieldIssue[]) {
    super(message, { details: { issues, issueCount: issues.length, restartFromFirstPage: true } });
  }
}
export class UnauthorizedError extends HttpError {
  readonly statusCode = 401;
  readonly errorType = 'Unauthorized';
}
export class ForbiddenError extends HttpError {
  readonly statusCode = 403;
  readonly errorType = 'Forbidden';
}
/** Also used for resources the caller may not see, so their existence does not leak. */
export class NotFoundError extends HttpError {
  readonly statusCode = 404;
  readonly errorType = 'NotFound';
}
export class MethodNotAllowedError extends HttpError {
  readonly statusCode = 405;
  readonly errorType = 'MethodNotAllowed';
}
export class ConflictError extends HttpError {
  readonly statusCode = 409;
  readonly errorType = 'Conflict';
}
export class PayloadTooLargeError extends HttpError {
  readonly statusCode = 413;
  readonly errorType = 'PayloadTooLarge';
}
export class UnsupportedMediaTypeError extends HttpError {
  readonly statusCode = 415;
  readonly errorType = 'UnsupportedMediaType';
}
export class TooManyRequestsError extends HttpError {
  readonly statusCode = 429;
  readonly errorType = 'TooManyRequests';
  constructor(message: string, retryAfterSeconds: number) {
    super(message, {
      headers: { 'Retry-After': String(retryAfterSeconds) },
      details: { retryAfterSeconds },
    });
  }
}
/** A dependency (DynamoDB, S3, Cognito) failed or timed out: retry after the given seconds. */
export class ServiceUnavailableError extends HttpError {
  readonly statusCode = 503;
  readonly errorType = 'ServiceUnavailable';
  constructor(message: string, retryAfterSeconds: number, cause?: unknown) {
    super(message, {
      cause,
      headers: { 'Retry-After': String(retryAfterSeconds) },
      details: { retryAfterSeconds },
    });
  }
}
