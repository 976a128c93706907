import type { ApiErrorBody } from '../../core';

/** Errors of the HTTP client, each with a message that tells the user what to do next. */
export class ApiClientError extends Error {
  override readonly name: string = 'ApiClientError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The API answered with an error status. Built from its `{error, message, details, requestId}`
 * body when it has one; `fallback` is the message when it has none (a proxy's page, an empty 413).
 */
export class ApiResponseError extends ApiClientError {
  override readonly name = 'ApiResponseError';
  /** The body's `error` code (`conflict`, `ValidationFailed`…), or `http_<status>`. */
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | null;
  /** Field problems from a validation error (`details.issues`), each with its JSON path. */
  readonly issues: readonly { path: string; message: string }[];

  constructor(
    readonly status: number,
    body: Partial<ApiErrorBody> | null,
    fallback: string,
  ) {
    super(body?.message || fallback);
    this.code = body?.error ?? `http_${status}`;
    this.details = body?.details ?? null;
    this.requestId = body?.requestId ?? null;
    const issues = (body?.details as { issues?: unknown } | null | undefined)?.issues;
    this.issues = Array.isArray(issues) ? (issues as { path: string; message: string }[]) : [];
  }
}

/** No answer at all: offline, DNS, CORS or the API is down. */
export class ApiUnreachableError extends ApiClientError {
  override readonly name = 'ApiUnreachableError';
  constructor(url: string, cause: unknown) {
    super(
      `The pricing service at ${new URL(url).origin} did not answer. Check your network connection, ` +
        'or try again in a minute if the service is being restarted.',
      { cause },
    );
  }
}

/** The caller is not signed in (or the session expired and could not be refreshed). */
export class NotSignedInError extends ApiClientError {
  override readonly name = 'NotSignedInError';
}

/** The user pressed Cancel. */
export class CancelledError extends ApiClientError {
  override readonly name = 'CancelledError';
  constructor(step: string) {
    super(`${step} was cancelled.`);
  }
}

/** Text for a message bar: what happened and, where known, the fields to fix and the request id. */
export function describeError(error: unknown): string {
  if (error instanceof ApiResponseError) {
    const issues = error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    const ref = error.requestId ? ` (request ${error.requestId})` : '';
    return `${error.message}${issues ? ` — ${issues}` : ''}${ref}`;
  }
  return error instanceof Error ? error.message : String(error);
}
