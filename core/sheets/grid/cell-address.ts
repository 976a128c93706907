/** A1 addresses: column letters <-> numbers, `E12` <-> {row, column}, ranges. */

const LETTERS: string[] = [];

export function columnLetters(column: number): string {
  const cached = LETTERS[column];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(column) || column < 1)
    throw new RangeError(`column must be >= 1, got ${column}`);
  let n = column;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  // Readers format an address per cell read: cache the letters of the first columns.
  if (column <= 256) LETTERS[column] = s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`not a column: "${letters}"`);
    n = n * 26 + (c - 64);
  }
  return n;
}

/** `cellAddress(12, 5)` is `E12`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** Parses `E12` or `$E$12` (a sheet prefix `Compute!` is dropped). */
export function parseCellAddress(address: string): CellPosition {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(bare.trim());
  if (!m) throw new RangeError(`not an A1 cell address: "${address}"`);
  return { row: Number(m[2]), column: columnNumber(m[1]!) };
}

export interface RangePosition {
  readonly start: CellPosition;
  readonly end: CellPosition;
}

/** Parses `A1:D9` (or a single cell `B2`). */
export function parseRange(range: string): RangePosition {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = bare.split(':');
  const start = parseCellAddress(a!);
  const end = b === undefined ? start : parseCellAddress(b);
  return { start, end };
}

export function rangeAddress(start: CellPosition, end: CellPosition): string {
  return `${cellAddress(start.row, start.column)}:${cellAddress(end.row, end.column)}`;
}

/** `Compute!E12`; sheet names with spaces or punctuation are quoted as Excel does. */
export function qualifiedAddress(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}

/**
 * The inverse of `qualifiedAddress`: `'My Sheet'!B7` → `['My Sheet', 'B7']`, `Compute!12:12` →
 * `['Compute', '12:12']`; text without `!` names a whole sheet: `Compute` → `['Compute', null]`.
 */
export function splitQualifiedAddress(cell: string): [sheet: string, address: string | null] {
  const bang = cell.lastIndexOf('!');
  if (bang < 0) return [cell, null];
  const sheet = cell
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return [sheet, cell.slice(bang + 1)];
}
