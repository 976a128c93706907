/** Text and attribute values of OOXML parts: the five XML entities and character references. */

export const NEEDS_DECODING = /[&\t\n\r]/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Entity and character references expanded; CR LF and lone CR become LF (XML 1.0 §2.11). */
export function decodeXmlText(raw: string, fail: (why: string) => never): string {
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!s.includes('&')) return s;
  if (/&(?![^;&\s]{0,12};)/.test(s)) fail('a bare "&" in text');
  return s.replace(/&([^;&\s]{0,12});/g, (whole, ref: string) => {
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const code =
      ref[0] === '#'
        ? ref[1] === 'x' || ref[1] === 'X'
          ? parseInt(ref.slice(2), 16)
          : parseInt(ref.slice(1), 10)
        : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff)
      fail(`the undefined entity ${whole}`);
    return String.fromCodePoint(code);
  });
}
