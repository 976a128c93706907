import { pdfText } from './pdf-fonts';

/**
 * The PDF's contents page. Headings record the page they land on while the body is written;
 * once the body is done (pages are buffered) the reserved page 2 is filled in with those numbers.
 */
type Doc = PDFKit.PDFDocument;

export interface ContentsEntry {
  readonly title: string;
  readonly level: 1 | 2;
  /** 0-based page index. */
  readonly page: number;
  /** Named destination on the heading, so a contents entry is a link. */
  readonly destination: string;
}

export function currentPageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

export function drawContents(
  doc: Doc,
  pageIndex: number,
  entries: readonly ContentsEntry[],
  colour: string,
): void {
  doc.switchToPage(pageIndex);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.x = left;
  doc.y = doc.page.margins.top;
  doc.font('Helvetica-Bold').fontSize(18).fillColor(colour).text('Contents').moveDown(0.8);
  for (const e of entries) {
    const indent = e.level === 1 ? 0 : 16;
    const y = doc.y;
    doc
      .font(e.level === 1 ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(e.level === 1 ? 11 : 10)
      .fillColor('#000000');
    doc.text(pdfText(doc, e.title), left + indent, y, {
      width: width - indent - 40,
      lineBreak: false,
    });
    doc.text(String(e.page + 1), left, y, { width, align: 'right', lineBreak: false });
    doc.y = y + (e.level === 1 ? 18 : 15);
  }
}
