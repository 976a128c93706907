import { StringDecoder } from 'node:string_decoder';
import { PriceListFormatError } from './errors';

/**
 * Streaming CSV rows (RFC 4180): fields quoted with `"` (a doubled `""` inside) or bare, LF or
 * CRLF line ends, newlines allowed inside quotes. The EC2 offer CSV quotes every non-empty field;
 * the Savings Plans CSV quotes nothing — both read the same way.
 */
export interface CsvRow {
  readonly fields: string[];
  /** 1-based line where the row starts. */
  readonly line: number;
}

export async function* csvRows(name: string, input: AsyncIterable<Buffer>): AsyncGenerator<CsvRow> {
  const decoder = new StringDecoder('utf8');
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeen = false; // a quote inside a quoted field: either "" or the closing quote
  let line = 1;
  let rowLine = 1;
  let rowStarted = false;
  const rows: CsvRow[] = [];

  const endRow = (): void => {
    fields.push(field);
    rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
    rowStarted = false;
  };

  for await (const chunk of input) {
    const text = decoder.write(chunk);
    let start = 0; // start of the run of plain characters not yet appended to `field`
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!rowStarted) {
        rowStarted = true;
        rowLine = line;
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === 0x22) {
            start = i; // "" -> keep one quote
            continue;
          }
          inQuotes = false; // the previous quote closed the field; fall through to handle c
        } else {
          if (c === 0x22) {
            field += text.slice(start, i);
            quoteSeen = true;
            start = i + 1;
          } else if (c === 0x0a) line++;
          continue;
        }
      }
      if (c === 0x2c) {
        field += text.slice(start, i);
        fields.push(field);
        field = '';
        start = i + 1;
      } else if (c === 0x0a) {
        field += text.slice(start, i);
        if (field.endsWith('\r')) field = field.slice(0, -1); // CRLF, possibly split across chunks
        endRow();
        line++;
        start = i + 1;
      } else if (c === 0x22) {
        if (text.slice(start, i) !== '' || field !== '') {
          throw new PriceListFormatError(
            name,
            -1,
            `a quote in the middle of an unquoted field`,
            line,
          );
        }
        inQuotes = true;
        start = i + 1;
      }
    }
    // After a quote at the chunk's end, `start` is past it; the next chunk decides what it was.
    field += text.slice(start);
    yield* rows.splice(0);
  }
  const rest = decoder.end();
  if (rest)
    throw new PriceListFormatError(
      name,
      -1,
      'the file ends inside a multi-byte character (truncated?)',
      line,
    );
  if (inQuotes && !quoteSeen) {
    throw new PriceListFormatError(
      name,
      -1,
      `the file ends inside a quoted field that starts on line ${rowLine} (truncated?)`,
      line,
    );
  }
  if (rowStarted && (field !== '' || fields.length > 0)) endRow();
  yield* rows.splice(0);
}
