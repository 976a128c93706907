/**
 * pdfkit's built-in Helvetica uses WinAnsi encoding: a character outside it prints as garbage.
 * Built-in fonts keep the PDF small and fast (nothing embedded), so text that fits WinAnsi — after
 * mapping the few typographic characters Intl and our text use — is drawn in Helvetica; anything
 * else goes to the embedded Noto fonts (pdf-fonts.ts).
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0', // narrow no-break space (fr-FR grouping) -> no-break space
  '\u2009': ' ',
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u0394': 'Delta ',
};

export function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    ch === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.includes(ch)
  );
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isWinAnsi(ch)) out += ch;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}

/** True when `text` survives the built-in fonts unchanged (after the harmless space mappings). */
export function printsInWinAnsi(text: string): boolean {
  return [...text].every(
    (ch) => isWinAnsi(ch) || ch === '\u202f' || ch === '\u2009' || ch === '\u2212',
  );
}

/** True when the built-in fonts can draw `text` after toWinAnsi's mappings (no `?` needed). */
export function fitsWinAnsi(text: string): boolean {
  return [...text].every((ch) => isWinAnsi(ch) || REPLACEMENTS[ch] !== undefined);
}
