import type { ZodType, ZodTypeDef } from 'zod';
import { BadRequestError, ValidationError } from './errors';

/** Parse a JSON request body; a body that is not JSON is a 400 naming the problem. */
export function parseJsonBody(body: string | null, isBase64Encoded = false): unknown {
  if (body === null || body === '') return undefined;
  const text = isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BadRequestError(`The request body is not valid JSON: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/** Validate against a route's schema; every issue is reported with its JSON path (`items[2].storageGb`). */
export function validate<T>(
  schema: ZodType<T, ZodTypeDef, unknown>,
  value: unknown,
  what = 'request body',
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const all = result.error.issues;
  const issues = all.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: jsonPath(issue.path),
    message: issue.message,
  }));
  const shown = issues.slice(0, MAX_MESSAGE_ISSUES).map((i) => `${i.path}: ${i.message}`);
  const more = all.length - shown.length;
  throw new ValidationError(
    `The ${what} is invalid: ${shown.join('; ')}${more > 0 ? `; and ${more.toLocaleString('en-US')} more (${all.length.toLocaleString('en-US')} issues in all)` : ''}`,
    issues,
    all.length,
  );
}

/**
 * A 50,000-line body with a mistake on every line must still get a short answer: the message
 * names the first issues and the count; `details.issues` lists at most this many, with the total.
 */
export const MAX_REPORTED_ISSUES = 1000;
const MAX_MESSAGE_ISSUES = 20;

export function jsonPath(path: readonly (string | number)[]): string {
  let out = '$';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `.${part}`;
  return out;
}
