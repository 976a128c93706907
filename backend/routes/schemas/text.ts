import { z } from 'zod';

/**
 * Code points refused in names and other free text: C0 controls except tab and line feed, DEL,
 * C1 controls, and the bidirectional embedding/override/isolate marks (U+202A–U+202E,
 * U+2066–U+2069) that make `invoice\u202Efdp.exe` read as `invoiceexe.pdf`. Checked by code
 * point, so no control character sits in a regular expression.
 */
function refused(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a) return false;
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** The first refused character and its position (1-based), or null. */
export function firstControlCharacter(text: string): { codePoint: string; at: number } | null {
  let at = 0;
  for (const ch of text) {
    at++;
    const cp = ch.codePointAt(0) ?? 0;
    if (refused(cp)) {
      return { codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, at };
    }
  }
  return null;
}

/**
 * A trimmed text field of at most `max` characters (at least `min`) without control characters:
 * a 400 names the field, the code point and where it is.
 */
export function plainText(max: number, min = 0) {
  let s = z.string().trim();
  if (min > 0)
    s = s.min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
  return s.max(max, `must be at most ${max} characters`).superRefine((value, ctx) => {
    const bad = firstControlCharacter(value);
    if (bad) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must not contain control characters (${bad.codePoint} at character ${bad.at}); only tab and line feed are allowed`,
      });
    }
  });
}
