import type { SpecValue } from '../../../core/sheets';
import { evaluateCell } from '../../backend/excel/formula-eval';
import type { RenderedCell, RenderedChart, RenderedSheet } from '../../core/sheets/spec-assertions';

/**
 * A stand-in for the Office.js worksheet proxy that queueSheetSpec draws on: it records every
 * property written per range (in order) and reads the result back as a RenderedSheet, the way the
 * add-in would after a sync — `formula` from `range.formulas`, `value` from `range.values`, where
 * a formula cell's value is what Excel calculates (evaluated here over the recorded cells).
 */
interface RangeState {
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fill: { color?: string };
  horizontalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  columnWidth?: number;
  rowHeight?: number;
}

const ALIGN: Record<string, string> = { Left: 'left', Center: 'center', Right: 'right' };
/** The renderer's points-per-character (addin/excel/render-sheet-spec.ts). */
const POINTS_PER_CHARACTER = 5.6;

export class OfficeSheetRecorder {
  /** Writes in order, e.g. `numberFormat J5`, `formulas J5` — to check format-before-content. */
  readonly writes: string[] = [];
  private readonly ranges = new Map<string, RangeState>();
  private readonly merges: string[] = [];
  private freeze: { rows: number; columns: number } | undefined;
  private readonly tables: { name: string; range: string }[] = [];
  private readonly charts: RenderedChart[] = [];

  constructor(private readonly name: string) {}

  /** The object handed to queueSheetSpec (only what it uses of Excel.Worksheet). */
  sheet(): Excel.Worksheet {
    const fake = {
      getRange: (address: string) => this.range(address),
      freezePanes: {
        freezeRows: (rows: number) => (this.freeze = { rows, columns: 0 }),
        freezeColumns: (columns: number) => (this.freeze = { rows: 0, columns }),
        freezeAt: (r: { address: string }) => {
          const m = /^A1:([A-Z]+)(\d+)$/.exec(r.address);
          if (!m) throw new Error(`freezeAt ${r.address}: expected A1:<col><row>`);
          this.freeze = { rows: Number(m[2]), columns: columnNumber(m[1]!) };
        },
      },
      tables: {
        add: (range: string) => {
          const t = { name: '', range, style: '' };
          this.tables.push(t);
          return t;
        },
      },
      charts: { add: (type: string, values: { address: string }) => this.chart(type, values) },
    };
    // A structural fake: queueSheetSpec touches only the members above.
    return fake as unknown as Excel.Worksheet;
  }

  private range(address: string) {
    let state = this.ranges.get(address);
    if (!state) this.ranges.set(address, (state = { font: {}, fill: {} }));
    const s = state;
    const record = (prop: 'values' | 'formulas' | 'numberFormat') => ({
      set: (v: unknown[][]) => {
        this.writes.push(`${prop} ${address}`);
        s[prop] = v;
      },
      get: () => s[prop],
    });
    const range = {
      address,
      format: {
        font: s.font,
        fill: s.fill,
        borders: { getItem: () => ({ style: '' }) },
        set horizontalAlignment(v: string) {
          s.horizontalAlignment = v;
        },
        set wrapText(v: boolean) {
          s.wrapText = v;
        },
        set indentLevel(v: number) {
          s.indentLevel = v;
        },
        set columnWidth(v: number) {
          s.columnWidth = v;
        },
        set rowHeight(v: number) {
          s.rowHeight = v;
        },
      },
      merge: () => this.merges.push(address),
    };
    Object.defineProperty(range, 'values', record('values'));
    Object.defineProperty(range, 'formulas', record('formulas'));
    Object.defineProperty(range, 'numberFormat', record('numberFormat'));
    return range;
  }

  private chart(type: string, values: { address: string }) {
    const series: { name: string; valuesRange: string; categories?: string }[] = [
      { name: '', valuesRange: values.address },
    ];
    const out = { type: type.charAt(0).toLowerCase() + type.slice(1), title: '', series };
    const seriesProxy = (s: (typeof series)[number]) => ({
      set name(v: string) {
        s.name = v;
      },
      setValues: (r: { address: string }) => (s.valuesRange = r.address),
      setXAxisValues: (r: { address: string }) => (s.categories = r.address),
    });
    const chart = {
      title: {
        set text(v: string) {
          out.title = v;
        },
      },
      series: {
        getItemAt: (i: number) => seriesProxy(series[i]!),
        add: (name: string) => {
          const s = { name, valuesRange: '' };
          series.push(s);
          return seriesProxy(s);
        },
      },
      setPosition: () => undefined,
    };
    this.charts.push({
      get type() {
        return out.type;
      },
      get title() {
        return out.title;
      },
      get categoriesRange() {
        return series[0]?.categories ?? '';
      },
      get series() {
        return series.map((s) => ({ name: s.name, valuesRange: s.valuesRange }));
      },
    });
    return chart;
  }

  /** What the add-in reads back after a sync, in the renderer-agnostic shape. */
  rendered(): RenderedSheet {
    const cells: Record<string, RenderedCell> = {};
    const columnWidths: Record<string, number> = {};
    const rowHeights: Record<number, number> = {};
    const lookup = (a: string) => {
      const s = this.ranges.get(a);
      const formula = s?.formulas?.[0]?.[0];
      return s === undefined
        ? undefined
        : {
            value: s.values?.[0]?.[0] ?? null,
            ...(typeof formula === 'string' ? { formula } : {}),
          };
    };
    for (const [address, s] of this.ranges) {
      if (/^[A-Z]+:[A-Z]+$/.test(address)) {
        if (s.columnWidth !== undefined)
          columnWidths[address.split(':')[0]!] = s.columnWidth / POINTS_PER_CHARACTER;
        continue;
      }
      if (/^\d+:\d+$/.test(address)) {
        if (s.rowHeight !== undefined) rowHeights[Number(address.split(':')[0])] = s.rowHeight;
        continue;
      }
      if (address.includes(':')) continue; // a merge range
      const formula = s.formulas?.[0]?.[0];
      // Excel calculates a formula cell; its `values` are the result.
      const value = (
        typeof formula === 'string' ? evaluateCell(address, lookup) : (s.values?.[0]?.[0] ?? null)
      ) as SpecValue;
      const numberFormat = s.numberFormat?.[0]?.[0];
      cells[address] = {
        value,
        ...(typeof formula === 'string' ? { formula } : {}),
        ...(typeof numberFormat === 'string' ? { numberFormat } : {}),
        ...(s.font.bold !== undefined ? { bold: s.font.bold } : {}),
        ...(s.font.italic !== undefined ? { italic: s.font.italic } : {}),
        ...(s.font.size !== undefined ? { fontSize: s.font.size } : {}),
        ...(s.font.color ? { fontColor: s.font.color.replace(/^#/, '') } : {}),
        ...(s.fill.color ? { fill: s.fill.color.replace(/^#/, '') } : {}),
        ...(s.horizontalAlignment ? { horizontal: ALIGN[s.horizontalAlignment] } : {}),
        ...(s.wrapText !== undefined ? { wrap: s.wrapText } : {}),
        ...(s.indentLevel !== undefined ? { indent: s.indentLevel } : {}),
      };
    }
    return {
      name: this.name,
      cells,
      columnWidths,
      merges: [...this.merges],
      ...(this.freeze ? { freeze: this.freeze } : {}),
      rowHeights,
      tables: this.tables.map((t) => ({ name: t.name, range: t.range })),
      charts: this.charts,
    };
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
