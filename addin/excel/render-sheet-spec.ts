import type { CellStyle, ChartSpec, SheetSpec } from '../../core';
import { columnLetters } from '../../core';

/** Excel character units → points for `format.columnWidth` (Calibri 11: ~7 px ≈ 5.25 pt per character, plus padding). */
const POINTS_PER_CHARACTER = 5.6;
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/**
 * Queue the drawing of a SheetSpec on an (empty) worksheet: one proxy call per cell, no sync.
 * Every cell gets its number format before its content, so `@` keeps user text from ever being
 * read as a formula. A cell with a writer formula (live totals) is written as that formula, which
 * Excel calculates to the spec's cached value; every other cell as its value.
 */
export function queueSheetSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const cell of spec.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== null) range.values = [[cell.value]];
    if (cell.style) applyStyle(range, cell.style);
  }
  for (const { column, width } of spec.columnWidths) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = Math.round(
      width * POINTS_PER_CHARACTER,
    );
  }
  for (const { row, height } of spec.rowHeights ?? [])
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    if (spec.freeze.columns === 0) sheet.freezePanes.freezeRows(spec.freeze.rows);
    else if (spec.freeze.rows === 0) sheet.freezePanes.freezeColumns(spec.freeze.columns);
    else
      sheet.freezePanes.freezeAt(
        sheet.getRange(`A1:${columnLetters(spec.freeze.columns)}${spec.freeze.rows}`),
      );
  }
  for (const table of spec.tables) {
    const added = sheet.tables.add(table.range, true);
    added.name = table.name;
    added.style = table.style;
  }
  for (const chart of spec.charts) queueChart(sheet, chart);
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = `#${style.fontColor}`;
  if (style.fill) range.format.fill.color = `#${style.fill}`;
  if (style.horizontal) range.format.horizontalAlignment = ALIGN[style.horizontal];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.indent !== undefined) range.format.indentLevel = style.indent;
  if (style.borderTop) range.format.borders.getItem('EdgeTop').style = 'Continuous';
}

/** A chart with named series over the spec's ranges, placed over from:to. */
function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const first = spec.series[0];
  if (!first) return;
  const type = spec.type === 'barClustered' ? 'BarClustered' : 'ColumnClustered';
  const chart = sheet.charts.add(type, sheet.getRange(first.valuesRange), 'Columns');
  chart.title.text = spec.title;
  const categories = sheet.getRange(spec.categoriesRange);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const more of spec.series.slice(1)) {
    const series = chart.series.add(more.name);
    series.setValues(sheet.getRange(more.valuesRange));
    series.setXAxisValues(categories);
  }
  chart.setPosition(spec.from, spec.to);
}
