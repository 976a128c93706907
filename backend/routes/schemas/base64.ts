import { z } from 'zod';

/**
 * Base64 text (A–Z, a–z, 0–9, +, /, up to two `=` of padding), checked by a loop rather than a
 * regular expression: a regex over a 14 MB upload can exhaust V8's backtracking stack when it runs
 * deep in an async call chain ("Maximum call stack size exceeded" — seen in CI).
 */
export function isBase64(text: string): boolean {
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return false;
  }
  return true;
}

/** A zod string that must be base64, with the message users see. */
export const base64String = (emptyMessage: string) =>
  z
    .string()
    .min(1, emptyMessage)
    .refine(isBase64, 'must be base64 (A–Z, a–z, 0–9, +, /, = padding)');
