import type { ChartBar } from './proposal-comparison';
import { pdfText } from './pdf-fonts';

/**
 * Scenario comparison as vector bars (no canvas, no image): one horizontal bar per scenario,
 * its length the scenario's total over the term relative to the most expensive one; the
 * recommended scenario is drawn in the accent colour.
 */
type Doc = PDFKit.PDFDocument;

const BAR_HEIGHT = 16;
const GAP = 8;
const LABEL_WIDTH = 130;
const VALUE_WIDTH = 95;

export function drawBarChart(
  doc: Doc,
  title: string,
  bars: readonly ChartBar[],
  colours: { readonly primary: string; readonly accent: string },
): void {
  const left = doc.page.margins.left;
  const inner = doc.page.width - left - doc.page.margins.right;
  const height = 20 + bars.length * (BAR_HEIGHT + GAP) + 10;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor('#000000')
    .text(pdfText(doc, title), left, doc.y);
  let y = doc.y + 6;
  const top = y;
  const barArea = inner - LABEL_WIDTH - VALUE_WIDTH;
  const axisX = left + LABEL_WIDTH;
  doc.font('Helvetica').fontSize(9);
  for (const bar of bars) {
    doc.fillColor('#000000').text(pdfText(doc, bar.label), left, y + 4, {
      width: LABEL_WIDTH - 6,
      lineBreak: false,
      ellipsis: true,
    });
    const w = Math.max(1, bar.ratio * barArea);
    doc
      .save()
      .rect(axisX, y, w, BAR_HEIGHT)
      .fill(bar.recommended ? colours.accent : colours.primary)
      .restore();
    doc.fillColor('#000000').text(pdfText(doc, bar.valueText), axisX + w + 4, y + 4, {
      width: VALUE_WIDTH,
      lineBreak: false,
    });
    y += BAR_HEIGHT + GAP;
  }
  doc
    .save()
    .moveTo(axisX, top - 2)
    .lineTo(axisX, y - GAP / 2)
    .lineWidth(0.5)
    .strokeColor('#666666')
    .stroke()
    .restore();
  doc.x = left;
  doc.y = y + 6;
}
