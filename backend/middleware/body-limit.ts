import { PayloadTooLargeError } from '../http/errors';
import type { Middleware } from '../http/pipeline';

/** 4 MiB: a 2,000-line estimate with its result fits inside (Lambda takes 6 MB synchronously). */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576 * 4;
/** The Excel upload carries ≤ 10 MB as base64 (4/3 larger) inside a small JSON envelope. */
export const UPLOAD_MAX_BODY_BYTES = Math.ceil((10 * 1_048_576 * 4) / 3) + 16_384;

export function defaultBodyLimit(method: string, path: string): number {
  return method === 'POST' && path === '/excel/upload'
    ? UPLOAD_MAX_BODY_BYTES
    : DEFAULT_MAX_BODY_BYTES;
}

/**
 * 413 for a body over the route's limit (`maxBodyBytes(method, routePath)`), as the API Gateway
 * usage plan would answer in AWS, so it holds on the local stack too. Base64 text counts as sent.
 */
export function bodyLimit(maxBodyBytes: (method: string, routePath: string) => number): Middleware {
  return async (req, next) => {
    const limit = maxBodyBytes(req.route.method, req.route.path);
    const size = req.event.body ? Buffer.byteLength(req.event.body, 'utf8') : 0;
    if (size > limit) {
      throw new PayloadTooLargeError(
        `The request body is ${size} bytes; this route accepts at most ${limit} bytes.`,
        { details: { sizeBytes: size, maxBytes: limit } },
      );
    }
    return next(req);
  };
}
