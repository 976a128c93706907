import type { SheetSpec, SpecValue } from '../../../core/sheets';

/**
 * A rendered sheet as read back from a workbook, whatever drew it. The exceljs round trip builds
 * it with exceljs (test/backend/excel/exceljs-snapshot.ts); the add-in builds it from Office.js
 * (range values, numberFormat, format.font/fill, column widths converted from points to
 * character units, merged areas, freeze panes, tables, charts). `specMismatches` then says, cell by
 * cell, where a renderer differs from the spec — the same check for both renderers.
 */
export interface RenderedCell {
  /** For a formula cell, its cached result. */
  readonly value: SpecValue;
  /** The cell's formula with its leading `=` (Office.js `range.formulas`), absent for a value. */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: string;
  readonly wrap?: boolean;
  readonly indent?: number;
}

export interface RenderedChart {
  readonly type: string;
  readonly title: string;
  readonly categoriesRange: string;
  readonly series: readonly { name: string; valuesRange: string }[];
}

export interface RenderedSheet {
  readonly name: string;
  /** Non-empty cells only, by address. */
  readonly cells: Readonly<Record<string, RenderedCell>>;
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly merges: readonly string[];
  readonly freeze?: { rows: number; columns: number };
  /** Row heights in points, by 1-based row. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly tables: readonly { name: string; range: string }[];
  /** null when the renderer cannot draw charts (exceljs 4). */
  readonly charts: readonly RenderedChart[] | null;
}

const isGeneral = (f: string | undefined) => f === undefined || f === '' || f === 'General';

/**
 * A formula cell read from a renderer that recalculates (Office.js: Excel computes the formula in
 * binary floating point, e.g. 2190 × 0.0816 = 178.70399999999998) may differ from the cached
 * exact amount in the last digits; anything beyond 1e-9 relative is a real difference.
 */
function sameCalculated(got: SpecValue, want: SpecValue): boolean {
  if (typeof got !== 'number' || typeof want !== 'number') return false;
  return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

export function specMismatches(spec: SheetSpec, rendered: RenderedSheet): string[] {
  const out: string[] = [];
  const where = (a: string) => `${spec.name}!${a}`;
  if (rendered.name !== spec.name) out.push(`sheet name ${rendered.name} ≠ ${spec.name}`);
  const specAddresses = new Set<string>();
  for (const c of spec.cells) {
    specAddresses.add(c.address);
    const r = rendered.cells[c.address];
    const value = r?.value ?? null;
    if (value !== c.value && !(c.formula !== undefined && sameCalculated(value, c.value)))
      out.push(`${where(c.address)} value ${JSON.stringify(value)} ≠ ${JSON.stringify(c.value)}`);
    if ((r?.formula ?? null) !== (c.formula ?? null))
      out.push(`${where(c.address)} formula ${r?.formula ?? 'none'} ≠ ${c.formula ?? 'none'}`);
    if (c.value !== null || c.numberFormat) {
      if (
        (isGeneral(c.numberFormat) ? 'General' : c.numberFormat) !==
        (isGeneral(r?.numberFormat) ? 'General' : r?.numberFormat)
      ) {
        out.push(`${where(c.address)} number format ${r?.numberFormat} ≠ ${c.numberFormat}`);
      }
    }
    const s = c.style ?? {};
    const checks: [string, unknown, unknown][] = [
      ['bold', s.bold ?? false, r?.bold ?? false],
      ['italic', s.italic ?? false, r?.italic ?? false],
      ['fill', s.fill, r?.fill],
      ['font colour', s.fontColor, r?.fontColor],
      ['wrap', s.wrap ?? false, r?.wrap ?? false],
      ['indent', s.indent ?? 0, r?.indent ?? 0],
    ];
    if (s.fontSize !== undefined) checks.push(['font size', s.fontSize, r?.fontSize]);
    if (s.horizontal !== undefined) checks.push(['alignment', s.horizontal, r?.horizontal]);
    for (const [name, want, got] of checks)
      if (want !== got) out.push(`${where(c.address)} ${name} ${String(got)} ≠ ${String(want)}`);
  }
  for (const [address, cell] of Object.entries(rendered.cells)) {
    if (!specAddresses.has(address) && cell.value !== null && cell.value !== '')
      out.push(`${where(address)} has ${JSON.stringify(cell.value)}, the spec has nothing there`);
  }
  for (const { column, width } of spec.columnWidths) {
    const got = rendered.columnWidths[column];
    if (got === undefined || Math.abs(got - width) > 0.5)
      out.push(`${spec.name} column ${column} width ${got} ≠ ${width}`);
  }
  for (const { row, height } of spec.rowHeights ?? []) {
    const got = rendered.rowHeights[row];
    if (got === undefined || Math.abs(got - height) > 0.5)
      out.push(`${spec.name} row ${row} height ${got} ≠ ${height}`);
  }
  const sorted = (a: readonly string[]) => [...a].sort().join(',');
  if (sorted(rendered.merges) !== sorted(spec.merges))
    out.push(`${spec.name} merges ${sorted(rendered.merges)} ≠ ${sorted(spec.merges)}`);
  if (JSON.stringify(rendered.freeze ?? null) !== JSON.stringify(spec.freeze ?? null))
    out.push(
      `${spec.name} freeze ${JSON.stringify(rendered.freeze)} ≠ ${JSON.stringify(spec.freeze)}`,
    );
  const tables = (t: readonly { name: string; range: string }[]) =>
    t
      .map((x) => `${x.name}=${x.range}`)
      .sort()
      .join(',');
  if (tables(rendered.tables) !== tables(spec.tables))
    out.push(`${spec.name} tables ${tables(rendered.tables)} ≠ ${tables(spec.tables)}`);
  if (rendered.charts !== null) {
    const charts = (c: readonly RenderedChart[]) =>
      JSON.stringify(
        c.map((x) => ({
          type: x.type,
          title: x.title,
          categoriesRange: x.categoriesRange,
          series: x.series,
        })),
      );
    if (charts(rendered.charts) !== charts(spec.charts))
      out.push(`${spec.name} charts ${charts(rendered.charts)} ≠ ${charts(spec.charts)}`);
  }
  return out;
}

/** Fails with every difference listed (an empty list passes). */
export function expectRendersSpec(spec: SheetSpec, rendered: RenderedSheet): void {
  expect(specMismatches(spec, rendered)).toEqual([]);
}
