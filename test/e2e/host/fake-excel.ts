/**
 * A browser-side stand-in for the Excel JavaScript API, backed by a real workbook's cells (read
 * from an .xlsx with exceljs by the test and passed in as JSON). It implements exactly the calls
 * addin/excel/office-workbook.ts makes, records every write in the model, and exposes the model
 * as `window.__fakeWorkbook` so the test can compare the cells written with the API's numbers.
 * Bundled by esbuild into an init script; it runs before the task pane's scripts.
 */

export interface FakeCell {
  v: string | number | boolean | null;
  /** Excel's valueTypes: String, Double, Boolean, Empty, Error. */
  t: 'String' | 'Double' | 'Boolean' | 'Empty' | 'Error';
  f: string;
  /** A formula written through `range.formulas`; `v` holds its recalculated result. */
  fx?: string;
  fill?: string;
  bold?: boolean;
  /** Other formatting the add-in applied (italic, size, colours, alignment, borders...). */
  style?: Record<string, unknown>;
}

export interface FakeSheetModel {
  name: string;
  visibility: 'Visible' | 'Hidden';
  cells: Record<string, FakeCell>;
  tables: { range: string; name?: string; style?: string }[];
  charts: {
    type: string;
    range: string;
    title?: string;
    position?: string;
    series: { name?: string; values?: string; x?: string }[];
  }[];
  merges: string[];
  freeze?: string;
  /** Data validations set through `range.dataValidation` (absent until the add-in sets one). */
  validations?: FakeValidation[];
}

/** One range's data validation, as the add-in set it. */
export interface FakeValidation {
  /** `F2:F2001`, without the sheet. */
  range: string;
  rule?: { list?: { inCellDropDown?: boolean; source?: string } };
  ignoreBlanks?: boolean;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

export interface FakeWorkbookModel {
  sheets: FakeSheetModel[];
  settings: Record<string, string>;
  selected: string | null;
  log: string[];
}

declare global {
  interface Window {
    __fakeWorkbook: FakeWorkbookModel;
    __fakeWorkbookSeed: FakeWorkbookModel;
  }
}

const colNum = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const key = (r: number, c: number) => `${colLetters(c)}${r}`;

function parseRange(address: string): [number, number, number, number] {
  const whole = /^([A-Z]+):([A-Z]+)$|^(\d+):(\d+)$/i.exec(address.replace(/\$/g, ''));
  // Whole columns / rows (widths, heights) are format-only here: map them to their first cell.
  if (whole)
    return whole[1]
      ? [1, colNum(whole[1]), 1, colNum(whole[2] as string)]
      : [Number(whole[3]), 1, Number(whole[4]), 1];
  const parts = address.replace(/\$/g, '').split(':');
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(a);
    if (!m) throw new Error(`fake Excel: bad address ${address}`);
    return [Number(m[2]), colNum(m[1] as string)] as const;
  };
  const [r1, c1] = cell(parts[0] as string);
  const [r2, c2] = parts[1] ? cell(parts[1]) : [r1, c1];
  return [r1, c1, r2, c2];
}

class FakeRange {
  isNullObject = false;
  constructor(
    private readonly wb: FakeWorkbookModel,
    private readonly sheet: FakeSheetModel,
    readonly r1: number,
    readonly c1: number,
    readonly r2: number,
    readonly c2: number,
  ) {}
  load(): this {
    return this;
  }
  get address(): string {
    return `${this.sheet.name}!${key(this.r1, this.c1)}:${key(this.r2, this.c2)}`;
  }
  get rowIndex(): number {
    return this.r1 - 1;
  }
  get columnIndex(): number {
    return this.c1 - 1;
  }
  private map<T>(fn: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.r1; r <= this.r2; r++) {
      const row: T[] = [];
      for (let c = this.c1; c <= this.c2; c++) row.push(fn(this.sheet.cells[key(r, c)], r, c));
      rows.push(row);
    }
    return rows;
  }
  private each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let r = this.r1; r <= this.r2; r++)
      for (let c = this.c1; c <= this.c2; c++) fn(r, c, r - this.r1, c - this.c1);
  }
  private cell(r: number, c: number): FakeCell {
    const k = key(r, c);
    this.sheet.cells[k] ??= { v: null, t: 'Empty', f: 'General' };
    return this.sheet.cells[k];
  }
  get values() {
    settle();
    return this.map((cell) => cell?.v ?? '');
  }
  set values(rows: unknown[][]) {
    this.wb.log.push(`values ${this.address}`);
    this.each((r, c, i, j) => {
      const raw = rows[i]?.[j];
      const cell = this.cell(r, c);
      delete cell.fx;
      if (raw === null || raw === undefined || raw === '')
        Object.assign(cell, { v: null, t: 'Empty' });
      else if (typeof raw === 'number') Object.assign(cell, { v: raw, t: 'Double' });
      else if (typeof raw === 'boolean') Object.assign(cell, { v: raw, t: 'Boolean' });
      // A leading apostrophe is Excel's text marker: stored text has none.
      else Object.assign(cell, { v: String(raw).replace(/^'/, ''), t: 'String' });
    });
    unsettled.add(this.sheet);
  }
  get formulas() {
    settle();
    return this.map((cell) => cell?.fx ?? cell?.v ?? '');
  }
  set formulas(rows: unknown[][]) {
    this.wb.log.push(`formulas ${this.address}`);
    this.each((r, c, i, j) => {
      const cell = this.cell(r, c);
      Object.assign(cell, { fx: String(rows[i]?.[j] ?? ''), t: 'Double' });
    });
    unsettled.add(this.sheet);
  }
  get valueTypes() {
    settle();
    return this.map((cell) => cell?.t ?? 'Empty');
  }
  get numberFormat() {
    return this.map((cell) => cell?.f ?? 'General');
  }
  set numberFormat(rows: string[][]) {
    this.each((r, c, i, j) => (this.cell(r, c).f = rows[i]?.[j] ?? 'General'));
  }
  get format() {
    const setBold = (value: boolean) => this.each((r, c) => (this.cell(r, c).bold = value));
    const setFill = (value: string) => {
      this.wb.log.push(`fill ${this.address} ${value}`);
      this.each((r, c) => (this.cell(r, c).fill = value));
    };
    const setStyle = (name: string, value: unknown) =>
      this.each((r, c) => ((this.cell(r, c).style ??= {})[name] = value));
    const clearFill = () => {
      this.wb.log.push(`clear ${this.address}`);
      this.each((r, c) => delete this.cell(r, c).fill);
    };
    return {
      font: {
        set bold(value: boolean) {
          setBold(value);
        },
        set italic(value: boolean) {
          setStyle('italic', value);
        },
        set size(value: number) {
          setStyle('size', value);
        },
        set color(value: string) {
          setStyle('color', value);
        },
      },
      set horizontalAlignment(value: string) {
        setStyle('horizontalAlignment', value);
      },
      set wrapText(value: boolean) {
        setStyle('wrapText', value);
      },
      set indentLevel(value: number) {
        setStyle('indentLevel', value);
      },
      set rowHeight(_value: number) {
        // heights are not modelled
      },
      borders: {
        getItem: (edge: string) => ({
          set style(value: string) {
            setStyle(`border${edge}`, value);
          },
        }),
      },
      fill: {
        set color(value: string) {
          setFill(value);
        },
        clear: clearFill,
      },
      set columnWidth(_value: number) {
        // widths are not modelled
      },
    };
  }
  /**
   * Excel's DataValidation on this range: setting a rule where one is already set (overlapping
   * ranges) fails, so the add-in must clear() first, as Office's data-validation guide does.
   */
  get dataValidation() {
    const sheet = this.sheet;
    const own = key(this.r1, this.c1) + ':' + key(this.r2, this.c2);
    const overlaps = (v: FakeValidation) => {
      const [a1, b1, a2, b2] = parseRange(v.range);
      return a1 <= this.r2 && a2 >= this.r1 && b1 <= this.c2 && b2 >= this.c1;
    };
    const entry = (): FakeValidation => {
      sheet.validations ??= [];
      let v = sheet.validations.find((x) => x.range === own);
      if (!v) sheet.validations.push((v = { range: own }));
      return v;
    };
    return {
      clear: () => {
        sheet.validations = (sheet.validations ?? []).filter((v) => !overlaps(v));
      },
      set rule(rule: FakeValidation['rule']) {
        if ((sheet.validations ?? []).some((v) => v.rule && overlaps(v)))
          throw new Error(`InvalidOperation: ${sheet.name}!${own} already has data validation`);
        entry().rule = rule;
      },
      set ignoreBlanks(value: boolean) {
        entry().ignoreBlanks = value;
      },
      set prompt(value: FakeValidation['prompt']) {
        entry().prompt = value;
      },
      set errorAlert(value: FakeValidation['errorAlert']) {
        entry().errorAlert = value;
      },
    };
  }
  merge(): void {
    this.sheet.merges.push(`${key(this.r1, this.c1)}:${key(this.r2, this.c2)}`);
  }
  select(): void {
    this.wb.selected = `${this.sheet.name}!${key(this.r1, this.c1)}`;
  }
}

class FakeWorksheet {
  isNullObject = false;
  constructor(
    private readonly wb: FakeWorkbookModel,
    readonly model: FakeSheetModel,
  ) {}
  get name(): string {
    return this.model.name;
  }
  get visibility(): string {
    return this.model.visibility;
  }
  set visibility(value: string) {
    if (value !== 'Visible' && value !== 'Hidden')
      throw new Error(`fake Excel: visibility ${value} is not modelled`);
    this.model.visibility = value;
  }
  load(): this {
    return this;
  }
  getRange(address: string): FakeRange {
    const [r1, c1, r2, c2] = parseRange(address);
    return new FakeRange(this.wb, this.model, r1, c1, r2, c2);
  }
  getUsedRangeOrNullObject(): FakeRange | { isNullObject: true; load(): void } {
    const filled = Object.entries(this.model.cells)
      .filter(([, cell]) => cell.t !== 'Empty')
      .map(([k]) => parseRange(k));
    if (filled.length === 0) return { isNullObject: true, load: () => undefined };
    const rows = filled.map((p) => p[0]);
    const cols = filled.map((p) => p[1]);
    return new FakeRange(
      this.wb,
      this.model,
      Math.min(...rows),
      Math.min(...cols),
      Math.max(...rows),
      Math.max(...cols),
    );
  }
  activate(): void {
    this.wb.log.push(`activate ${this.name}`);
  }
  delete(): void {
    this.wb.sheets = this.wb.sheets.filter((s) => s !== this.model);
  }
  get tables() {
    const model = this.model;
    return {
      add(range: string) {
        const table: FakeSheetModel['tables'][number] = { range: String(range) };
        model.tables.push(table);
        return table;
      },
    };
  }
  get freezePanes() {
    const model = this.model;
    return {
      freezeRows: (n: number) => (model.freeze = `rows ${n}`),
      freezeColumns: (n: number) => (model.freeze = `columns ${n}`),
      freezeAt: (range: FakeRange) => (model.freeze = range.address),
    };
  }
  get charts() {
    const model = this.model;
    const local = (range: FakeRange) => range.address.slice(range.address.indexOf('!') + 1);
    return {
      add(type: string, range: FakeRange) {
        const chart: FakeSheetModel['charts'][number] = {
          type,
          range: range.address,
          series: [{ values: local(range) }],
        };
        model.charts.push(chart);
        const seriesProxy = (s: FakeSheetModel['charts'][number]['series'][number]) => ({
          set name(value: string) {
            s.name = value;
          },
          setValues: (r: FakeRange) => (s.values = local(r)),
          setXAxisValues: (r: FakeRange) => (s.x = local(r)),
        });
        return {
          title: {
            set text(value: string) {
              chart.title = value;
            },
          },
          series: {
            getItemAt: (i: number) => seriesProxy(chart.series[i] ?? (chart.series[i] = {})),
            add: (name: string) => {
              const s = { name };
              chart.series.push(s);
              return seriesProxy(s);
            },
          },
          setPosition(from: string, to?: string) {
            chart.position = to ? `${from}:${to}` : from;
          },
        };
      },
    };
  }
}

function context(wb: FakeWorkbookModel) {
  const sheetNamed = (name: string) => wb.sheets.find((s) => s.name === name);
  return {
    sync: async () => settle(),
    workbook: {
      worksheets: {
        get items() {
          return wb.sheets.map((s) => new FakeWorksheet(wb, s));
        },
        load: () => undefined,
        getItem(name: string) {
          const s = sheetNamed(name);
          if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
          return new FakeWorksheet(wb, s);
        },
        getItemOrNullObject(name: string) {
          const s = sheetNamed(name);
          return s
            ? new FakeWorksheet(wb, s)
            : { isNullObject: true, load: () => undefined, delete: () => undefined };
        },
        add(name: string) {
          const model: FakeSheetModel = {
            name,
            visibility: 'Visible',
            cells: {},
            tables: [],
            charts: [],
            merges: [],
          };
          wb.sheets.push(model);
          return new FakeWorksheet(wb, model);
        },
      },
      settings: {
        add(k: string, v: string) {
          wb.settings[k] = v;
        },
        getItemOrNullObject(k: string) {
          return {
            isNullObject: !(k in wb.settings),
            value: wb.settings[k] ?? null,
            load: () => undefined,
            delete: () => delete wb.settings[k],
          };
        },
      },
      insertWorksheetsFromBase64() {
        wb.log.push('insertWorksheetsFromBase64');
      },
    },
  };
}

window.__fakeWorkbook = window.__fakeWorkbookSeed;
const excel = {
  run: async <T>(callback: (ctx: ReturnType<typeof context>) => Promise<T>) => {
    try {
      return await callback(context(window.__fakeWorkbook));
    } finally {
      settle();
    }
  },
};
Object.defineProperty(window, 'Excel', { value: excel, writable: false, configurable: false });

/**
 * Sheets written since their formulas were last recalculated. Writes only mark a sheet; it is
 * recalculated once before anything reads it back (a range's values, formulas or types), at
 * `context.sync()` and when `Excel.run` ends — what the add-in can observe of Excel's
 * recalculation — so writing a result sheet row by row is not quadratic in its formulas.
 */
const unsettled = new Set<FakeSheetModel>();

function settle(): void {
  for (const sheet of unsettled) recalculate(sheet);
  unsettled.clear();
}

/**
 * Excel recalculates after every write; the fake does the same for the formulas the add-in writes
 * (cell references, ranges inside SUM, + - * /, numbers and parentheses — what core's sheet writer
 * emits). Anything else is an error value, as Excel would show for a formula it cannot evaluate.
 */
function recalculate(sheet: FakeSheetModel): void {
  const done = new Map<string, number>();
  const valueOf = (address: string, seen: Set<string>): number => {
    const cell = sheet.cells[address];
    if (!cell) return 0;
    if (!cell.fx) return typeof cell.v === 'number' ? cell.v : 0;
    const known = done.get(address);
    if (known !== undefined) return known;
    if (seen.has(address)) throw new Error(`circular reference at ${address}`);
    seen.add(address);
    const result = evaluate(cell.fx.replace(/^=/, ''), (a) => valueOf(a, seen));
    done.set(address, result);
    return result;
  };
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (!cell.fx) continue;
    try {
      cell.v = valueOf(address, new Set());
      cell.t = 'Double';
    } catch {
      cell.v = '#VALUE!';
      cell.t = 'Error';
    }
  }
}

function evaluate(formula: string, ref: (address: string) => number): number {
  const tokens = formula.match(/[A-Z]+\d+:[A-Z]+\d+|[A-Z]+\d+|SUM|\d+(?:\.\d+)?|[-+*/(),]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const rangeSum = (range: string): number => {
    const [a, b] = range.split(':') as [string, string];
    const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(b) as RegExpExecArray;
    let total = 0;
    for (let r = Number(r1); r <= Number(r2); r++)
      for (let c = colNum(c1 as string); c <= colNum(c2 as string); c++) total += ref(key(r, c));
    return total;
  };
  const factor = (): number => {
    const t = next();
    if (t === undefined) throw new Error('unexpected end of formula');
    if (t === '-') return -factor();
    if (t === '(') {
      const v = expr();
      if (next() !== ')') throw new Error('missing )');
      return v;
    }
    if (t === 'SUM') {
      if (next() !== '(') throw new Error('SUM needs (');
      let total = 0;
      for (;;) {
        total += peek()?.includes(':') ? rangeSum(next() as string) : expr();
        const sep = next();
        if (sep === ')') return total;
        if (sep !== ',') throw new Error('bad SUM arguments');
      }
    }
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Z]+\d+$/.test(t)) return ref(t);
    throw new Error(`cannot evaluate ${t}`);
  };
  const term = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? v * factor() : v / factor();
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + term() : v - term();
    return v;
  };
  const result = expr();
  if (i !== tokens.length) throw new Error('trailing tokens');
  return result;
}
