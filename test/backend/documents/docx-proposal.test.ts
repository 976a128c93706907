import JSZip from 'jszip';
import mammoth from 'mammoth';
import { generateDocument } from '../../../backend/documents';
import { createFormatter } from '../../../backend/documents/number-format';
import type { Estimate } from '../../../core';
import { expectedCategoryRows, expectedTotals, norm, solidPng } from './document-test-helpers';
import { buildEstimation, buildSettings } from './estimation-fixture';
import { sub } from './exact-decimal';

const estimation = buildEstimation(49);
const estimate = estimation.result as Estimate;
const at = new Date('2026-11-26T09:00:00Z');

async function render(locale: string) {
  const doc = await generateDocument('docx', estimation, buildSettings(), {
    locale,
    preparedBy: 'Jane Doe',
    generatedAt: at,
    logo: { bytes: solidPng(40, 20, [242, 140, 40]), mimeType: 'image/png' },
  });
  const buffer = Buffer.from(doc.body);
  const text = norm((await mammoth.extractRawText({ buffer })).value);
  const zip = await JSZip.loadAsync(buffer);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { doc, text, zip, xml };
}

describe('Word proposal', () => {
  let r: Awaited<ReturnType<typeof render>>;
  const f = createFormatter({ locale: 'en-US' });
  beforeAll(async () => {
    r = await render('en-US');
  });

  it('is a .docx named after the customer and estimation', () => {
    expect(r.doc.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(r.doc.fileName).toBe(
      'Acme Retail Inc. - E-commerce platform migration (2026-11-26).docx',
    );
  });

  it('has a cover with customer, date, preparer, branding and the logo', async () => {
    for (const s of [
      'Prepared for: Acme Retail Inc.',
      'Date: November 26, 2026',
      'Prepared by: Jane Doe, Cloudwise Partners',
      'Reference: Q-2026-117',
    ]) {
      expect(r.text).toContain(s);
    }
    expect(Object.keys(r.zip.files).some((n) => n.startsWith('word/media/'))).toBe(true);
    expect(await r.xml('word/document.xml')).toContain('w:fill="0B3D91"');
  });

  it('shows every total and every category total equal to the estimate', () => {
    for (const pair of expectedTotals(estimate, f)) expect(r.text).toContain(pair);
    for (const row of expectedCategoryRows(estimate, f)) expect(r.text).toContain(row);
    for (const line of estimate.lines) {
      expect(r.text).toContain(
        norm(`${f.money(line.monthly, 'USD')} ${f.money(line.upfront, 'USD')}`),
      );
      for (const c of line.components) expect(r.text).toContain(norm(c.explanation));
    }
  });

  it('compares the scenarios and states the recommended scenario and its savings', () => {
    const cmp = estimation.comparison!;
    for (const t of cmp.totals) {
      const m = (v: string) => f.money(v, 'USD');
      expect(r.text).toContain(
        norm(
          `${t.scenario} all ${m(t.totals.monthly)} ${m(t.totals.upfront)} ${m(t.basis.effectiveMonthly)} ${m(t.basis.totalOverHorizon)} ${m(t.deltaOverHorizon!)}`,
        ),
      );
    }
    const base = cmp.totals[0]!;
    const best = cmp.totals.find((t) => t.scenario === cmp.cheapestScenario)!;
    expect(r.text).toContain(norm(`Recommended scenario: ${best.scenario}`));
    expect(r.text).toContain(
      `${f.money(sub(base.totals.totalOverTerm, best.totals.totalOverTerm), 'USD')} over 36 months`,
    );
    expect(r.text).toContain(norm('Lines priced all 50'));
  });

  it('draws the scenario chart as shaded bars, the recommended one in the accent colour', async () => {
    const doc = await r.xml('word/document.xml');
    const chart = doc.slice(doc.indexOf('Total over 36 months by scenario'));
    // One shaded nested bar per scenario: two in the primary colour, the cheapest in the accent.
    expect(chart.match(/w:fill="0B3D91"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(chart).toContain('w:fill="F28C28"');
    expect(r.text).toContain(norm('Total over 36 months by scenario On-Demand'));
  });

  it('has a table of contents over the section headings, refreshed when Word opens the file', async () => {
    const doc = await r.xml('word/document.xml');
    expect(doc).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    expect(await r.xml('word/settings.xml')).toContain('w:updateFields');
    for (const h of [
      'Executive summary',
      'Requirements summary',
      'Cost details',
      'Scenario comparison',
      'Assumptions',
      'AWS Support',
      'Terms and disclaimer',
    ]) {
      expect(r.text).toContain(h);
    }
  });

  it('numbers pages with PAGE and NUMPAGES fields in the footer', async () => {
    const footer = await r.xml('word/footer1.xml');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Cloudwise Partners · Confidential');
  });

  it('marks the header row of every table so Word repeats it on each page', async () => {
    const doc = await r.xml('word/document.xml');
    const headerRows = doc.match(/<w:tblHeader\/>/g)?.length ?? 0;
    // executive summary, category, adjustments, requirements, 6 category line tables, comparison, assumptions
    expect(headerRows).toBeGreaterThanOrEqual(12);
  });
});

describe('Word proposal in a German locale', () => {
  it('formats every total with German separators', async () => {
    const r = await render('de-DE');
    const f = createFormatter({ locale: 'de-DE' });
    expect(f.money('1234.5', 'USD')).toMatch(/^1\.234,50\s\$$/);
    for (const pair of expectedTotals(estimate, f)) expect(r.text).toContain(pair);
    expect(r.text).toContain('26. November 2026');
  });
});
