import ExcelJS from 'exceljs';
import type { RenderedCell, RenderedSheet } from '../../core/sheets/spec-assertions';
import type { SpecValue } from '../../../core/sheets';
import { chartSnapshot } from './chart-snapshot';

const rgb = (argb: string | undefined) => (argb && argb.length === 8 ? argb.slice(2) : argb);

/** A formula cell reads back as its cached result plus its formula (with the `=` Excel shows). */
function cellValue(c: ExcelJS.Cell): { value: SpecValue; formula?: string } {
  const v = c.value;
  if (v !== null && typeof v === 'object' && 'formula' in v) {
    // `cell.result`, not `value.result`: exceljs's formula value drops a cached 0.
    const result: unknown = c.result;
    const value = typeof result === 'number' || typeof result === 'string' ? result : null;
    return { value, formula: `=${v.formula}` };
  }
  return { value: v as SpecValue };
}

/** Reads a rendered workbook back with exceljs into the renderer-agnostic RenderedSheet. */
export async function exceljsSnapshot(buf: Buffer): Promise<RenderedSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const charts = chartSnapshot(buf);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, RenderedCell> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      // Styled-but-empty cells (subtotal bands, unpriced amounts) are part of the spec too.
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.isMerged && c.master !== c) return;
        const fill =
          c.fill?.type === 'pattern' && c.fill.pattern === 'solid'
            ? rgb(c.fill.fgColor?.argb)
            : undefined;
        cells[c.address] = {
          ...cellValue(c),
          ...(c.numFmt ? { numberFormat: c.numFmt } : {}),
          ...(c.font?.bold ? { bold: true } : {}),
          ...(c.font?.italic ? { italic: true } : {}),
          ...(c.font?.size ? { fontSize: c.font.size } : {}),
          ...(c.font?.color?.argb ? { fontColor: rgb(c.font.color.argb) } : {}),
          ...(fill ? { fill } : {}),
          ...(c.alignment?.horizontal ? { horizontal: c.alignment.horizontal } : {}),
          ...(c.alignment?.wrapText ? { wrap: true } : {}),
          ...(c.alignment?.indent ? { indent: c.alignment.indent } : {}),
        };
      }),
    );
    const columnWidths: Record<string, number> = {};
    for (let i = 1; i <= ws.columnCount; i++) {
      const col = ws.getColumn(i);
      if (col.width !== undefined) columnWidths[col.letter] = col.width;
    }
    const rowHeights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height !== undefined) rowHeights[n] = row.height;
    });
    const view = ws.views[0];
    const tables = (
      ws as unknown as { getTables(): { name: string; table: { tableRef: string } }[] }
    ).getTables();
    return {
      name: ws.name,
      cells,
      columnWidths,
      rowHeights,
      merges: (ws.model as { merges?: string[] }).merges ?? [],
      ...(view?.state === 'frozen'
        ? { freeze: { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } }
        : {}),
      tables: tables.map((t) => ({ name: t.name, range: t.table.tableRef })),
      charts: charts.get(ws.name) ?? [],
    };
  });
}
