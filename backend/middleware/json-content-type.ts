import { UnsupportedMediaTypeError } from '../http/errors';
import type { Middleware } from '../http/pipeline';

/** `application/json` or any `+json` type, with parameters such as `; charset=utf-8`. */
const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;.*)?$/i;

/**
 * 415 for a request body that is not declared JSON: every route with a body takes JSON (uploads
 * travel base64 inside it), so text/plain, XML, form data or octet-stream are refused before any
 * parsing, naming the type received and the one expected.
 */
export function jsonContentType(): Middleware {
  return async (req, next) => {
    const { body, headers } = req.event;
    if (body === null || body === undefined || body === '') return next(req);
    const type = Object.entries(headers ?? {}).find(
      ([k]) => k.toLowerCase() === 'content-type',
    )?.[1];
    if (!type || !JSON_TYPE.test(type.trim())) {
      throw new UnsupportedMediaTypeError(
        `The request body must be sent as application/json; it came as ${type ? `"${type.slice(0, 100)}"` : 'no Content-Type'}.`,
        { details: { received: type ?? null, expected: 'application/json' } },
      );
    }
    return next(req);
  };
}
