import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import type { TableData, TableRow as RowData } from './table-data';

/**
 * A TableData as a Word table. The header row is marked `tableHeader`, so Word repeats it on
 * every page a long table runs onto; rows are `cantSplit` so a line never breaks mid-row.
 * Formatting lives in paragraph styles and table-level margins rather than on every cell: a
 * 200-line proposal has ~4,000 cells and per-cell properties doubled the time to write the file.
 */
export const CONTENT_WIDTH_DXA = 9638; // A4 (11906 twips) minus two 2 cm margins

type CellStyle = 'Cell' | 'CellBold' | 'CellSmall' | 'CellHeader';

const base = (
  id: string,
  run: IParagraphStyleOptions['run'],
  right: boolean,
  indent = false,
): IParagraphStyleOptions => ({
  id,
  name: id,
  basedOn: 'Normal',
  quickFormat: false,
  run: { size: 17, ...run },
  paragraph: {
    spacing: { before: 0, after: 0 },
    alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: indent ? { left: 200 } : undefined,
  },
});

/** Paragraph styles the tables use; the Document must register them. */
export const TABLE_PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  base('Cell', {}, false),
  base('CellR', {}, true),
  base('CellBold', { bold: true }, false),
  base('CellBoldR', { bold: true }, true),
  base('CellSmall', { size: 15, color: '333333' }, false, true),
  base('CellSmallR', { size: 15, color: '333333' }, true),
  base('CellHeader', { bold: true, color: 'FFFFFF' }, false),
  base('CellHeaderR', { bold: true, color: 'FFFFFF' }, true),
];

const ROW_STYLE: Record<RowData['kind'], CellStyle> = {
  line: 'CellBold',
  total: 'CellBold',
  component: 'CellSmall',
  plain: 'Cell',
};

function cell(text: string, style: CellStyle, right: boolean, fill?: string): TableCell {
  return new TableCell({
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    children: [new Paragraph({ style: right ? `${style}R` : style, text })],
  });
}

export function docxTable(table: TableData, headerFill: string): Table {
  const widths = table.columns.map((c) => Math.round(c.width * CONTENT_WIDTH_DXA));
  const right = table.columns.map((c) => c.align === 'right');
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) =>
      cell(c.title, 'CellHeader', right[i] ?? false, headerFill),
    ),
  });
  const rows = table.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map((text, i) =>
          cell(
            text,
            ROW_STYLE[r.kind],
            right[i] ?? false,
            r.kind === 'total' ? 'EEEEEE' : undefined,
          ),
        ),
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}
