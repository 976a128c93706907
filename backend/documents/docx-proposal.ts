import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import { docxBarChart } from './docx-chart';
import { TABLE_PARAGRAPH_STYLES, docxTable } from './docx-table';
import type { LabelledValue, ProposalModel } from './proposal-model';
import { requirementsTable } from './proposal-model';
import type { TableData } from './table-data';
import { xmlSafeDeep } from './xml-text';

/**
 * The Word proposal (docx): the same model and sections as the PDF, plus a table of contents
 * (a TOC field over Heading 1–2 that Word refreshes on open) and "Page n of N" footers.
 */
function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });
}

function para(
  text: string,
  opts: { bold?: boolean; size?: number; colour?: string } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size, color: opts.colour })],
  });
}

function keyValues(rows: readonly LabelledValue[], align: 'left' | 'right'): TableData {
  return {
    columns: [
      { title: 'Item', align: 'left', width: 0.35 },
      { title: 'Value', align, width: 0.65 },
    ],
    rows: rows.map((r) => ({ kind: 'plain', cells: [r.label, r.value] })),
  };
}

function cover(m: ProposalModel): FileChild[] {
  const b = m.branding;
  const out: FileChild[] = [];
  if (b.logo) {
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: b.logo.mimeType === 'image/png' ? 'png' : 'jpg',
            data: b.logo.bytes,
            transformation: { width: 160, height: 60 },
          }),
        ],
      }),
    );
  }
  out.push(
    para(b.companyName, { bold: true, size: 28, colour: b.primaryHex }),
    new Paragraph({
      spacing: { before: 1200 },
      children: [
        new TextRun({ text: 'AWS Cost Proposal', bold: true, size: 56, color: b.primaryHex }),
      ],
    }),
    para(m.title, { size: 32 }),
    para(`Prepared for: ${m.customer}`, { size: 24 }),
  );
  if (m.reference) out.push(para(`Reference: ${m.reference}`, { size: 24 }));
  out.push(para(`Date: ${m.dateText}`, { size: 24 }));
  const by = [m.preparedBy, b.companyName].filter(Boolean).join(', ');
  out.push(
    para(`Prepared by: ${by}`, { size: 24 }),
    new Paragraph({ children: [new PageBreak()] }),
  );
  return out;
}

function body(m: ProposalModel): FileChild[] {
  const fill = m.branding.primaryHex;
  const out: FileChild[] = [
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
    heading('Executive summary', 1),
    docxTable(keyValues(m.summary, 'right'), fill),
    para(m.coverage.statement),
    ...m.coverage.notPriced.map((item) => para(`• ${item}`)),
  ];
  if (m.recommendation) out.push(para(m.recommendation));
  out.push(heading('Cost by category', 2), docxTable(m.costs.categoryTable, fill));
  if (m.currency !== m.costs.lineCurrency) {
    out.push(
      para(
        `Line amounts are AWS list prices in ${m.costs.lineCurrency}; totals are in ${m.currency}.`,
      ),
    );
  }
  if (m.costs.adjustmentsTable)
    out.push(heading('Discounts and adjustments', 2), docxTable(m.costs.adjustmentsTable, fill));
  out.push(heading('Requirements summary', 1));
  out.push(docxTable(requirementsTable(m), fill));
  out.push(heading('Cost details', 1));
  if (m.detailNote) out.push(para(m.detailNote));
  for (const s of m.costs.lineTables) out.push(heading(s.category, 2), docxTable(s.table, fill));
  if (m.comparison) {
    out.push(
      heading('Scenario comparison', 1),
      para(m.comparison.basisText),
      docxTable(m.comparison.table, fill),
      para(''),
    );
    out.push(para(m.comparison.chartTitle, { bold: true }));
    out.push(
      docxBarChart(m.comparison.bars, {
        primary: m.branding.primaryHex,
        accent: m.branding.accentHex,
      }),
    );
    out.push(para(m.comparison.recommendation));
  }
  out.push(heading('Assumptions', 1), docxTable(keyValues(m.assumptions, 'left'), fill));
  out.push(heading('AWS Support', 1), ...m.support.map((p) => para(p)));
  out.push(heading('Terms and disclaimer', 1), ...m.terms.map((p) => para(p)));
  out.push(...appendix(m));
  return out;
}

/** Technical notes for the estimator: each price query the catalog could not answer, and the engine's warnings. */
function appendix(m: ProposalModel): FileChild[] {
  const { queries, warnings } = m.coverage.appendix;
  if (!queries && warnings.length === 0) return [];
  const out: FileChild[] = [heading('Appendix: technical notes', 1)];
  if (queries) out.push(heading('Prices not found', 2), docxTable(queries, m.branding.primaryHex));
  if (warnings.length) out.push(heading('Calculation notes', 2), ...warnings.map((w) => para(w)));
  return out;
}

function footer(m: ProposalModel): Footer {
  const runs = [
    new TextRun({
      children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
      size: 16,
    }),
  ];
  const children = m.branding.footerText
    ? [
        new Paragraph({
          children: [new TextRun({ text: m.branding.footerText, size: 16, color: '666666' })],
        }),
      ]
    : [];
  return new Footer({
    children: [...children, new Paragraph({ alignment: AlignmentType.RIGHT, children: runs })],
  });
}

export async function renderDocxProposal(model: ProposalModel): Promise<Uint8Array> {
  // Every string of the model through the one XML 1.0 sanitiser (xml-text.ts).
  const m = xmlSafeDeep(model);
  const doc = new Document({
    creator: m.branding.companyName,
    title: `${m.title} - ${m.customer}`,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 20 } } },
      paragraphStyles: TABLE_PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: footer(m) },
        children: [...cover(m), ...body(m)],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
