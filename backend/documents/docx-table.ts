import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { TableData, TableRow as RowData } from './table-data';

/**
 * A TableData as a Word table. The header row is marked `tableHeader`, so Word repeats it on
 * every page a long table runs onto; rows are `cantSplit` so a line never breaks mid-row.
 */
export const CONTENT_WIDTH_DXA = 9638; // A4 (11906 twips) minus two 2 cm margins

const SIZE = 17; // half-points: 8.5 pt

function cell(
  text: string,
  width: number,
  opts: {
    bold?: boolean;
    right?: boolean;
    fill?: string;
    colour?: string;
    indent?: boolean;
    size?: number;
  },
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: opts.indent ? { left: 200 } : undefined,
        children: [
          new TextRun({ text, bold: opts.bold, color: opts.colour, size: opts.size ?? SIZE }),
        ],
      }),
    ],
  });
}

function bodyRow(row: RowData, table: TableData, widths: number[]): TableRow {
  const bold = row.kind === 'line' || row.kind === 'total';
  return new TableRow({
    cantSplit: true,
    children: row.cells.map((text, i) =>
      cell(text, widths[i] ?? 0, {
        bold,
        right: table.columns[i]?.align === 'right',
        fill: row.kind === 'total' ? 'EEEEEE' : undefined,
        colour: row.kind === 'component' ? '333333' : undefined,
        indent: row.kind === 'component' && i === 0,
        size: row.kind === 'component' ? SIZE - 1 : SIZE,
      }),
    ),
  });
}

export function docxTable(table: TableData, headerFill: string): Table {
  const widths = table.columns.map((c) => Math.round(c.width * CONTENT_WIDTH_DXA));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) =>
      cell(c.title, widths[i] ?? 0, {
        bold: true,
        right: c.align === 'right',
        fill: headerFill,
        colour: 'FFFFFF',
      }),
    ),
  });
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...table.rows.map((r) => bodyRow(r, table, widths))],
  });
}
