/**
 * The one text sanitiser of the XML-based writers (DOCX: docx-proposal.ts; XLSX: excel/
 * render-sheets.ts, which also draws the bulk-import workbooks). XML 1.0 allows only tab, line
 * feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; one other character in
 * a customer or item name (NUL, ESC, a lone surrogate, U+FFFE/U+FFFF) makes the whole part
 * unreadable and Word or Excel refuses the file. Those characters, and the C1 controls XML 1.0
 * discourages, become U+FFFD (visible, so the gap is seen and not silently dropped).
 */
export const REPLACEMENT = '\uFFFD';

/** A code unit XML 1.0 allows, judged alone (surrogates are checked in pairs below). */
function allowedUnit(c: number): boolean {
  if (c === 0x09 || c === 0x0a || c === 0x0d) return true;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
  return c !== 0xfffe && c !== 0xffff;
}

export function xmlSafeText(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
        continue;
      }
    }
    if ((c >= 0xd800 && c <= 0xdfff) || !allowedUnit(c)) {
      out += REPLACEMENT;
      changed = true;
    } else out += text.charAt(i);
  }
  return changed ? out : text;
}

/** Every string inside plain objects and arrays made XML-safe; other values kept as they are. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeDeep(v)])) as T;
  }
  return value;
}
