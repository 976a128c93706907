/**
 * How a README's `output` block is compared with what its commands print: npm's `> script`
 * banner is left out, trailing spaces and blank lines are ignored, and `…` in an expected line
 * stands for any text (ids, dates, paths that differ per run).
 */

/** npm run's banner: a blank line, "> pkg@version script", "> command", a blank line. */
const NPM_BANNER = /(^|\n)\n> [^\n]*@[^\n]* [^\n]*\n> [^\n]*\n\n/g;

export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(NPM_BANNER, '$1')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '');
}

function lineMatches(expected: string, actual: string): boolean {
  if (!expected.includes('…')) return expected === actual;
  const pattern = expected
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(actual);
}

/** The first differing line (1-based) with both texts, or null when the output matches. */
export function outputMismatch(
  expected: string,
  actual: string,
): { line: number; expected: string; actual: string } | null {
  const want = normaliseOutput(expected).split('\n');
  const got = normaliseOutput(actual).split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i];
    const g = got[i];
    if (w === undefined || g === undefined || !lineMatches(w, g))
      return { line: i + 1, expected: w ?? '(end of output)', actual: g ?? '(end of output)' };
  }
  return null;
}
