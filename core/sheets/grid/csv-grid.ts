import type { Grid, GridValue } from './grid';

const EXCEL_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
]);

/**
 * A CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF, optional BOM) as a one-sheet
 * Grid. Cells stay text (readers accept numbers typed as text); an Excel error token becomes an
 * error value so it is reported like one in a workbook.
 */
export function gridFromCsv(text: string, sheetName: string): Grid {
  const rows: GridValue[][] = [];
  let row: GridValue[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = guessDelimiter(src);
  const endField = () => {
    const t = wasQuoted ? field : field.trim();
    row.push(t === '' ? null : !wasQuoted && EXCEL_ERRORS.has(t) ? { error: t } : t);
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length > 0 || wasQuoted) {
    endField();
    rows.push(row);
  }
  return { sheets: [{ name: sheetName, rows }] };
}

/** Comma unless the first line has more semicolons (European Excel exports). */
function guessDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
