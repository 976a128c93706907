/** A1 addressing helpers for the Excel port (1-based rows and columns). */

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function parseA1(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`"${address}" is not a cell address like B7.`);
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `A1` + 3 rows × 2 columns → `A1:B3`. */
export function blockRange(topLeft: string, rows: number, columns: number): string {
  const { row, column } = parseA1(topLeft);
  return `${a1(row, column)}:${a1(row + Math.max(rows, 1) - 1, column + Math.max(columns, 1) - 1)}`;
}

/** `'My Sheet'!B7` or `Compute!B7` → ['My Sheet', 'B7']. */
export function splitQualified(cell: string): [string, string | null] {
  const bang = cell.lastIndexOf('!');
  if (bang < 0) return [cell, null];
  const sheet = cell
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return [sheet, cell.slice(bang + 1)];
}

/** Excel serial date (1900 system) → ISO `YYYY-MM-DD`. */
export function serialToIsoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 10);
}
