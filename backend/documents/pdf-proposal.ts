import PDFDocument from 'pdfkit';
import { drawBarChart } from './pdf-chart';
import { currentPageIndex, drawContents, type ContentsEntry } from './pdf-contents';
import { drawTable, type TableStyle } from './pdf-table';
import { missingGlyphWarnings, pdfText } from './pdf-fonts';
import { xmlSafeDeep } from './xml-text';
import type { LabelledValue, ProposalModel } from './proposal-model';
import { requirementsTable } from './proposal-model';
import type { TableData } from './table-data';

/**
 * The branded PDF proposal (pdfkit, A4; Helvetica, and embedded Noto fonts for other scripts). Sections follow issue 8: cover,
 * executive summary, requirements, cost tables, scenario comparison with a bar chart,
 * assumptions, AWS Support, terms; every page carries "Page n of N" and the branding footer.
 */
type Doc = PDFKit.PDFDocument;

const MARGIN = 50;

function heading(
  doc: Doc,
  text: string,
  m: ProposalModel,
  toc: ContentsEntry[],
  level: 1 | 2 = 1,
): void {
  if (level === 1 && doc.y > doc.page.height * 0.7) doc.addPage();
  if (level === 2 && doc.y > doc.page.height * 0.8) doc.addPage();
  const destination = `section-${toc.length + 1}`;
  toc.push({ title: text, level, page: currentPageIndex(doc), destination });
  doc.x = MARGIN;
  doc
    .moveDown(level === 1 ? 0.6 : 0.3)
    .font('Helvetica-Bold')
    .fontSize(level === 1 ? 16 : 12)
    .fillColor(`#${m.branding.primaryHex}`)
    .text(pdfText(doc, text), { destination })
    .moveDown(0.3)
    .fillColor('#000000');
  // PDF bookmarks: the reader's sidebar is the PDF's table of contents.
  if (level === 1) doc.outline.addItem(text);
}

function paragraph(doc: Doc, text: string): void {
  doc.x = MARGIN;
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#000000')
    .text(pdfText(doc, text), { align: 'left' })
    .moveDown(0.4);
}

function keyValueTable(rows: readonly LabelledValue[], valueAlign: 'left' | 'right'): TableData {
  return {
    columns: [
      { title: 'Item', align: 'left', width: 0.35 },
      { title: 'Value', align: valueAlign, width: 0.65 },
    ],
    rows: rows.map((r) => ({ kind: 'plain', cells: [r.label, r.value] })),
  };
}

function cover(doc: Doc, m: ProposalModel): void {
  const b = m.branding;
  doc.rect(0, 0, doc.page.width, 120).fill(`#${b.primaryHex}`);
  if (b.logo) doc.image(Buffer.from(b.logo.bytes), MARGIN, 30, { fit: [160, 60] });
  doc
    .fillColor('#FFFFFF')
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(pdfText(doc, b.companyName), MARGIN + 200, 50, {
      width: doc.page.width - MARGIN * 2 - 200,
      align: 'right',
    });
  doc.rect(0, 120, doc.page.width, 6).fill(`#${b.accentHex}`);
  doc.x = MARGIN;
  doc.y = 220;
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(28).text('AWS Cost Proposal');
  doc.moveDown(0.3).font('Helvetica').fontSize(16).text(pdfText(doc, m.title));
  doc.moveDown(2).fontSize(12);
  const facts: [string, string][] = [
    ['Prepared for', m.customer],
    ['Reference', m.reference],
    ['Date', m.dateText],
    ['Prepared by', [m.preparedBy, b.companyName].filter(Boolean).join(', ')],
  ];
  for (const [label, value] of facts) {
    if (!value) continue;
    doc
      .font('Helvetica-Bold')
      .text(`${label}: `, { continued: true })
      .font('Helvetica')
      .text(pdfText(doc, value));
  }
}

function body(doc: Doc, m: ProposalModel, style: TableStyle, toc: ContentsEntry[]): void {
  doc.addPage();
  heading(doc, 'Executive summary', m, toc);
  drawTable(doc, keyValueTable(m.summary, 'right'), style);
  paragraph(doc, m.coverage.statement);
  for (const item of m.coverage.notPriced) paragraph(doc, `• ${item}`);
  if (m.recommendation) paragraph(doc, m.recommendation);
  heading(doc, 'Cost by category', m, toc, 2);
  drawTable(doc, m.costs.categoryTable, style);
  if (m.currency !== m.costs.lineCurrency) {
    paragraph(
      doc,
      `Line amounts are AWS list prices in ${m.costs.lineCurrency}; totals are in ${m.currency}.`,
    );
  }
  if (m.costs.adjustmentsTable) {
    heading(doc, 'Discounts and adjustments', m, toc, 2);
    drawTable(doc, m.costs.adjustmentsTable, style);
  }
  heading(doc, 'Requirements summary', m, toc);
  drawTable(doc, requirementsTable(m), style);
  heading(doc, 'Cost details', m, toc);
  if (m.detailNote) paragraph(doc, m.detailNote);
  for (const section of m.costs.lineTables) {
    heading(doc, section.category, m, toc, 2);
    drawTable(doc, section.table, style);
  }
  if (m.comparison) {
    heading(doc, 'Scenario comparison', m, toc);
    paragraph(doc, m.comparison.basisText);
    drawTable(doc, m.comparison.table, style);
    drawBarChart(doc, m.comparison.chartTitle, m.comparison.bars, {
      primary: `#${m.branding.primaryHex}`,
      accent: `#${m.branding.accentHex}`,
    });
    paragraph(doc, m.comparison.recommendation);
  }
  heading(doc, 'Assumptions', m, toc);
  drawTable(doc, keyValueTable(m.assumptions, 'left'), style);
  heading(doc, 'AWS Support', m, toc);
  m.support.forEach((p) => paragraph(doc, p));
  heading(doc, 'Terms and disclaimer', m, toc);
  m.terms.forEach((p) => paragraph(doc, p));
  appendix(doc, m, style, toc);
}

/** Technical notes for the estimator: each price query the catalog could not answer, and the engine's warnings. */
function appendix(doc: Doc, m: ProposalModel, style: TableStyle, toc: ContentsEntry[]): void {
  const { queries, warnings } = m.coverage.appendix;
  if (!queries && warnings.length === 0) return;
  heading(doc, 'Appendix: technical notes', m, toc);
  if (queries) {
    heading(doc, 'Prices not found', m, toc, 2);
    drawTable(doc, queries, style);
  }
  if (warnings.length) {
    heading(doc, 'Calculation notes', m, toc, 2);
    warnings.forEach((w) => paragraph(doc, w));
  }
}

/** Footer and page numbers, drawn once the page count is known (pages are buffered). */
function pageDecorations(doc: Doc, m: ProposalModel): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit add a page; lift the margin while we draw.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 36;
    const width = doc.page.width - MARGIN * 2;
    doc.font('Helvetica').fontSize(8).fillColor('#666666');
    if (m.branding.footerText)
      doc.text(pdfText(doc, m.branding.footerText), MARGIN, y, {
        width: width * 0.7,
        lineBreak: false,
      });
    doc.text(`Page ${i + 1} of ${total}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The PDF, and a warning when some characters could not be drawn (pdf-fonts.ts). */
export async function renderPdfProposal(
  model: ProposalModel,
): Promise<{ body: Uint8Array; warnings: string[] }> {
  // Controls, non-characters and lone surrogates out, as in the Word and Excel files.
  const m = xmlSafeDeep(model);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `${m.title} - ${m.customer}`,
      Author: m.branding.companyName,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const style: TableStyle = {
    headerFill: `#${m.branding.primaryHex}`,
    totalFill: '#EEEEEE',
    fontSize: 9,
  };
  cover(doc, m);
  doc.addPage(); // page 2: contents, filled in once the section pages are known
  const contentsPage = currentPageIndex(doc);
  const toc: ContentsEntry[] = [];
  body(doc, m, style, toc);
  drawContents(doc, contentsPage, toc, `#${m.branding.primaryHex}`);
  pageDecorations(doc, m);
  const warnings = missingGlyphWarnings(doc);
  doc.end();
  return { body: await done, warnings };
}
