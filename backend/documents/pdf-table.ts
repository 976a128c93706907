import type { TableData, TableRow } from './table-data';
import { pdfText } from './pdf-fonts';

/**
 * Draws a table that splits across pages: before a row that would cross the bottom margin it
 * starts a new page and repeats the header row, so every page of a long table is readable alone.
 */
type Doc = PDFKit.PDFDocument;

export interface TableStyle {
  readonly headerFill: string;
  readonly totalFill: string;
  readonly fontSize: number;
}

const PAD = 3;

const FONT: Record<TableRow['kind'], { font: string; sizeDelta: number; indent: number }> = {
  line: { font: 'Helvetica-Bold', sizeDelta: 0, indent: 0 },
  component: { font: 'Helvetica', sizeDelta: -1, indent: 10 },
  total: { font: 'Helvetica-Bold', sizeDelta: 0, indent: 0 },
  plain: { font: 'Helvetica', sizeDelta: 0, indent: 0 },
};

function widths(doc: Doc, table: TableData): number[] {
  const inner = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  return table.columns.map((c) => c.width * inner);
}

function rowHeight(
  doc: Doc,
  cells: readonly string[],
  colWidths: number[],
  indent: number,
): number {
  let h = 0;
  cells.forEach((cell, i) => {
    const w = (colWidths[i] ?? 0) - 2 * PAD - (i === 0 ? indent : 0);
    h = Math.max(h, doc.heightOfString(pdfText(doc, cell), { width: w }));
  });
  return h + 2 * PAD;
}

function drawRow(
  doc: Doc,
  table: TableData,
  cells: readonly string[],
  y: number,
  colWidths: number[],
  indent: number,
): void {
  let x = doc.page.margins.left;
  cells.forEach((cell, i) => {
    const w = colWidths[i] ?? 0;
    const ind = i === 0 ? indent : 0;
    doc.text(pdfText(doc, cell), x + PAD + ind, y + PAD, {
      width: w - 2 * PAD - ind,
      align: table.columns[i]?.align ?? 'left',
    });
    x += w;
  });
}

function drawHeader(doc: Doc, table: TableData, colWidths: number[], style: TableStyle): void {
  doc.font('Helvetica-Bold').fontSize(style.fontSize);
  const titles = table.columns.map((c) => c.title);
  const h = rowHeight(doc, titles, colWidths, 0);
  const y = doc.y;
  const left = doc.page.margins.left;
  const total = colWidths.reduce((a, b) => a + b, 0);
  doc.save().rect(left, y, total, h).fill(style.headerFill).restore();
  doc.fillColor('#FFFFFF');
  drawRow(doc, table, titles, y, colWidths, 0);
  doc.fillColor('#000000');
  doc.y = y + h;
}

export function drawTable(doc: Doc, table: TableData, style: TableStyle): void {
  const colWidths = widths(doc, table);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const left = doc.page.margins.left;
  const total = colWidths.reduce((a, b) => a + b, 0);
  // Keep the header with at least one row: no orphan header at the foot of a page.
  if (doc.y + 3 * (style.fontSize + 2 * PAD) > bottom()) doc.addPage();
  drawHeader(doc, table, colWidths, style);
  for (const row of table.rows) {
    const f = FONT[row.kind];
    doc.font(f.font).fontSize(style.fontSize + f.sizeDelta);
    const h = rowHeight(doc, row.cells, colWidths, f.indent);
    if (doc.y + h > bottom()) {
      doc.addPage();
      drawHeader(doc, table, colWidths, style);
      doc.font(f.font).fontSize(style.fontSize + f.sizeDelta);
    }
    const y = doc.y;
    if (row.kind === 'total') doc.save().rect(left, y, total, h).fill(style.totalFill).restore();
    doc.fillColor(row.kind === 'component' ? '#333333' : '#000000');
    drawRow(doc, table, row.cells, y, colWidths, f.indent);
    doc
      .save()
      .moveTo(left, y + h)
      .lineTo(left + total, y + h)
      .lineWidth(0.3)
      .strokeColor('#CCCCCC')
      .stroke()
      .restore();
    doc.y = y + h;
  }
  doc.fillColor('#000000');
  doc.x = left;
  doc.moveDown(0.8);
}
