/**
 * The one text sanitiser of the XML-based writers (DOCX: docx-proposal.ts; XLSX: excel/
 * render-sheets.ts, which also draws the bulk-import workbooks). XML 1.0 allows only tab, line
 * feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; one other character in
 * a customer or item name (NUL, ESC, a lone surrogate, U+FFFE/U+FFFF) makes the whole part
 * unreadable and Word or Excel refuses the file. Those characters, and the C1 controls XML 1.0
 * discourages, become U+FFFD (visible, so the gap is seen and not silently dropped).
 */
export const REPLACEMENT = '\uFFFD';

// Lone surrogates are matched as such because the pattern has no `u` flag: a valid pair is two
// code units that the alternation below lets through together.
const NOT_XML_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, REPLACEMENT);
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
