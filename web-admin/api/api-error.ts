import type { ApiErrorBody } from '../../core';

/** An API error with the server's message and field issues, ready to show in a message bar. */
export class AdminApiError extends Error {
  readonly status: number;
  readonly errorType: string;
  readonly requestId: string | null;
  readonly issues: readonly { path: string; message: string }[];

  constructor(status: number, body: Partial<ApiErrorBody> | null, fallback: string) {
    super(body?.message || fallback);
    this.name = 'AdminApiError';
    this.status = status;
    this.errorType = body?.error ?? `HTTP ${status}`;
    this.requestId = body?.requestId ?? null;
    const details = body?.details as { issues?: { path: string; message: string }[] } | undefined;
    this.issues = Array.isArray(details?.issues) ? details.issues : [];
  }
}

/** Text for a message bar: what happened and, where known, the fields to fix. */
export function describeError(error: unknown): string {
  if (error instanceof AdminApiError) {
    const issues = error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    const ref = error.requestId ? ` (request ${error.requestId})` : '';
    return `${error.message}${issues ? ` — ${issues}` : ''}${ref}`;
  }
  return error instanceof Error ? error.message : String(error);
}
