import { LAMBDA_MAX_REQUEST_BYTES } from '../../core';
import { PayloadTooLargeError } from '../http/errors';
import type { Middleware } from '../http/pipeline';

/**
 * Lambda's own limit: no larger body can reach a function in AWS (the local adapter enforces it
 * on the whole event too). Large inputs travel as uploads named by id (POST /excel/upload-url).
 */
export const DEFAULT_MAX_BODY_BYTES = LAMBDA_MAX_REQUEST_BYTES;
/** The inline Excel upload is bound by the same limit: a file above ~4.4 MB (base64) goes presigned. */
export const UPLOAD_MAX_BODY_BYTES = LAMBDA_MAX_REQUEST_BYTES;

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
