import type { GridValue } from '../../../core';
import { excelSerialToIsoDate } from '../../../core';
import type { SharedStrings } from './shared-strings';
import { unescapeOoxml } from './shared-strings';
import type { CellBudget } from './cell-budget';
import { applyMerges } from './merges';
import { CLOSE, END, OPEN, TEXT, XmlScanner } from './xml-scanner';
import { XlsxFormatError } from './xlsx-format-error';

/**
 * One worksheet part -> rows of GridValues and merged ranges, with exactly the semantics of
 * backend/excel/exceljs-to-grid.ts over an exceljs load (see README "fast reader"): a formula is
 * its cached `<v>`, a number under a date style is `{date}`, `t="e"` is `{error}`, `t="b"` a
 * boolean, shared / inline / rich text its text. A cell without `r` is the next column, a row
 * without `r` the next row. Empty cells (formatted or not) add nothing; a row element, even
 * empty, makes the sheet that long.
 */
export interface SheetContext {
  readonly sheetName: string;
  readonly shared: SharedStrings | null;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Shared by every sheet of the workbook. */
  readonly budget: CellBudget;
}

export interface ParsedSheet {
  readonly rows: GridValue[][];
  readonly merges: string[];
}

export function parseWorksheet(xml: string, part: string, ctx: SheetContext): ParsedSheet {
  const sc: XmlScanner = new XmlScanner(xml, part);
  const hyperlinks = hyperlinkRefs(xml, part);
  const rows: (GridValue[] | undefined)[] = [];
  const mergeRefs: string[] = [];
  let row: GridValue[] | null = null;
  let rowNumber = 0;
  let col = 0;
  for (let tok = sc.next(); tok !== END; tok = sc.next()) {
    if (tok !== OPEN) continue;
    const n = sc.name;
    if (n === 'row') {
      const r = sc.attr('r');
      rowNumber = r === undefined ? rowNumber + 1 : parseInt(r, 10);
      if (!(rowNumber >= 1 && rowNumber <= 1048576)) sc.fail(`a row numbered "${r ?? ''}"`);
      row = rows[rowNumber - 1] = [];
      ctx.budget.take(1, ctx.sheetName);
      col = 0;
    } else if (n === 'c') {
      if (row === null) sc.fail('a cell <c> outside a row');
      const ref = sc.attr('r');
      col = ref === undefined ? col + 1 : columnOf(ref, sc);
      const cell = readCell(sc, ctx, ref ?? `row ${rowNumber} column ${col}`);
      const linked = ref !== undefined && hyperlinks.has(ref);
      if (cell === undefined && !linked) continue;
      // exceljs shows a hyperlinked cell as its text only when that text is a plain string.
      const value = linked ? (cell !== undefined && cell.plain ? cell.value : null) : cell!.value;
      if (col > row.length) ctx.budget.take(col - row.length, ctx.sheetName);
      while (row.length < col - 1) row.push(null);
      row[col - 1] = value;
    } else if (n === 'mergeCell') {
      const ref = sc.attr('ref');
      if (ref !== undefined) mergeRefs.push(ref);
    }
  }
  const merges = applyMerges(rows, mergeRefs, ctx.sheetName, ctx.budget);
  // Rows never written (gaps) become empty rows too.
  ctx.budget.take(rows.length, ctx.sheetName);
  const out: GridValue[][] = new Array<GridValue[]>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i] ?? [];
  return { rows: out, merges };
}

interface CellValue {
  readonly value: GridValue;
  /** A plain (not rich) string, the only value a hyperlinked cell keeps. */
  readonly plain: boolean;
}

/** Reads one `<c>` up to its close; undefined for a cell with no value (formatted or not). */
function readCell(sc: XmlScanner, ctx: SheetContext, where: string): CellValue | undefined {
  const t = sc.attr('t');
  const s = sc.attr('s');
  const dateStyle = s !== undefined && ctx.dateStyles[parseInt(s, 10)] === true;
  let value: string | undefined;
  let formula = '';
  let formulaType: string | undefined;
  let runs: string[] | null = null;
  let runText = '';
  let into = 0; // 1 value (<v>, <is><t>), 2 formula, 3 rich run text
  let inRun = false;
  if (!sc.selfClosing) {
    const depth = sc.depth;
    for (
      let tok = sc.next();
      tok !== END && !(tok === CLOSE && sc.depth < depth);
      tok = sc.next()
    ) {
      if (tok === TEXT) {
        if (into === 1) value = (value ?? '') + sc.text();
        else if (into === 2) formula += sc.text();
        else if (into === 3) runText += sc.text();
      } else if (tok === OPEN) {
        const n = sc.name;
        if (n === 'v') into = 1;
        else if (n === 'f') {
          into = 2;
          formulaType = sc.attr('t');
        } else if (n === 'r') {
          inRun = true;
          runText = '';
        } else if (n === 't') into = inRun ? 3 : 1;
        else if (n === 'rPh') sc.skipElement();
      } else {
        const n = sc.name;
        if (n === 'r') {
          (runs ??= []).push(unescapeOoxml(runText));
          inRun = false;
        }
        into = 0;
      }
    }
  } else sc.next(); // the CLOSE of <c/>
  if (formula !== '' || (formulaType !== undefined && formulaType !== '')) {
    // A formula is its cached result; never calculated (no <v>) reads as empty.
    if (!value) return { value: null, plain: false };
    if (t === 'str') return { value: xmlDecode(value), plain: true };
    // A cached 0 or FALSE is a value like any other (a live total of zero reads as 0).
    if (t === 'b') return { value: parseInt(value, 10) !== 0, plain: false };
    if (t === 'e') return { value: { error: value }, plain: false };
    return number(value, dateStyle, ctx, where);
  }
  if (t === 'inlineStr' && runs !== null) return { value: runs.join(''), plain: false };
  if (value === undefined) return undefined;
  switch (t) {
    case 's': {
      const i = parseInt(value, 10);
      const text = ctx.shared?.text[i];
      if (text === undefined)
        throw new XlsxFormatError(
          `cell ${ctx.sheetName}!${where} points at shared string ${value}, which does not exist`,
        );
      return { value: text, plain: text !== null && ctx.shared?.rich[i] !== true };
    }
    case 'str':
      return { value: xmlDecode(value), plain: true };
    case 'inlineStr':
      return { value, plain: true };
    case 'b':
      return { value: parseInt(value, 10) !== 0, plain: false };
    case 'e':
      return { value: { error: value }, plain: false };
    default:
      return number(value, dateStyle, ctx, where);
  }
}

function number(raw: string, dateStyle: boolean, ctx: SheetContext, where: string): CellValue {
  const n = parseFloat(raw);
  if (!dateStyle) return { value: n, plain: false };
  // Core's conversion: exceljs's excelToDate from 1900-03-01 on, and Excel's own days before it.
  const date = excelSerialToIsoDate(n, ctx.date1904 ? '1904' : '1900');
  if (date === undefined)
    throw new XlsxFormatError(
      `cell ${ctx.sheetName}!${where} holds "${raw}" under a date format, which is no date`,
    );
  return { value: { date }, plain: false };
}

/** `str` values are entity-decoded once more by exceljs; kept so both readers agree. */
function xmlDecode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([a-z]*);/g, (m: string, name: string) =>
    name === 'lt'
      ? '<'
      : name === 'gt'
        ? '>'
        : name === 'amp'
          ? '&'
          : name === 'apos'
            ? "'"
            : name === 'quot'
              ? '"'
              : m,
  );
}

/** Column number of an A1 reference (`AB12` -> 28). */
export function columnOf(ref: string, sc: XmlScanner): number {
  let c = 0;
  let i = 0;
  if (ref.charCodeAt(0) === 36) i = 1; // $
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
    else break;
  }
  if (c < 1 || c > 16384) sc.fail(`a cell reference "${ref}"`);
  return c;
}

/** Cell references carrying an external hyperlink (`<hyperlink ref r:id>`, after sheetData). */
function hyperlinkRefs(xml: string, part: string): Set<string> {
  const refs = new Set<string>();
  // <hyperlinks> follows </sheetData>: look only after it (a cell's text may say "hyperlinks").
  const from = Math.max(0, xml.lastIndexOf('sheetData>'));
  const found = /<([A-Za-z_][\w.-]*:)?hyperlinks[\s>]/.exec(xml.slice(from));
  if (found === null) return refs;
  const sc = new XmlScanner(xml.slice(from + found.index), part);
  for (let tok = sc.next(); tok !== END; tok = sc.next()) {
    if (tok === CLOSE && sc.name === 'hyperlinks') break;
    if (tok !== OPEN || sc.name !== 'hyperlink') continue;
    const ref = sc.attr('ref');
    if (ref !== undefined && sc.attr('id', true) !== undefined) refs.add(ref);
  }
  return refs;
}
