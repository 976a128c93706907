import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateDocument } from '../../../backend/documents';
import { createFormatter } from '../../../backend/documents/number-format';
import type { Estimate } from '../../../core';
import {
  expectedCategoryRows,
  expectedTotals,
  norm,
  parsePdf,
  pdfPages,
  solidPng,
} from './document-test-helpers';
import { buildEstimation, buildSettings } from './estimation-fixture';
import { add, mul, sub } from './exact-decimal';
import { itIf, needs } from '../../helpers/needs';

const estimation = buildEstimation(49);
const estimate = estimation.result as Estimate;
const settings = buildSettings();
const at = new Date('2026-11-26T09:00:00Z');
const f = createFormatter({ locale: 'en-US' });
const pdftoppm = needs.tool('pdftoppm', 'apt-get install -y poppler-utils', ['-v']);
let body: Uint8Array;
let pages: string[];
let all: string;
let outline: string[];

beforeAll(async () => {
  const doc = await generateDocument('pdf', estimation, settings, {
    preparedBy: 'Jane Doe',
    generatedAt: at,
    logo: { bytes: solidPng(40, 20, [11, 61, 145]), mimeType: 'image/png' },
  });
  expect(doc.contentType).toBe('application/pdf');
  expect(doc.fileName).toBe('Acme Retail Inc. - E-commerce platform migration (2026-11-26).pdf');
  body = doc.body;
  ({ pages, outline } = parsePdf(body));
  all = pages.join(' ');
});

describe('PDF proposal', () => {
  it('has a cover with customer, date, reference, preparer and the company name', () => {
    const cover = pages[0] ?? '';
    for (const s of [
      'Acme Retail Inc.',
      'November 26, 2026',
      'Q-2026-117',
      'Jane Doe, Cloudwise Partners',
      'AWS Cost Proposal',
    ]) {
      expect(cover).toContain(s);
    }
  });

  it('embeds the logo the caller passed in', () => {
    expect(Buffer.from(body).toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  it('shows monthly, upfront, 12-month and term totals equal to the estimate', () => {
    for (const pair of expectedTotals(estimate, f)) expect(all).toContain(pair);
  });

  it('shows every category total equal to the sum of its lines, and the list total', () => {
    for (const row of expectedCategoryRows(estimate, f)) expect(all).toContain(row);
    const list = estimate.listTotals;
    expect(all).toContain(
      norm(
        `Total at list price ${estimate.lines.length} ${f.money(list.monthly, 'USD')} ${f.money(list.upfront, 'USD')}`,
      ),
    );
    const disc = estimate.adjustments[0];
    expect(all).toContain(
      norm(`${disc?.name} ${disc?.explanation} ${f.money(disc?.monthly ?? '', 'USD')}`),
    );
  });

  it('lists every cost line with its amount and every component calculation text', () => {
    for (const line of estimate.lines) {
      expect(all).toContain(norm(f.money(line.monthly, 'USD')));
      for (const c of line.components) expect(all).toContain(norm(c.name).slice(0, 20));
    }
    // Calculation text wraps inside its cell, so compare its start, which holds the unit price.
    const calc = estimate.lines[0]?.components[0]?.explanation ?? '';
    expect(all).toContain(norm(calc).slice(0, 30));
  });

  it('compares the three scenarios over the same horizon and names the recommended one with its savings', () => {
    const cmp = estimation.comparison!;
    expect(cmp.totals).toHaveLength(3);
    expect(cmp.basis.complete).toBe(true);
    for (const t of cmp.totals) {
      const m = (v: string) => f.money(v, 'USD');
      // Term totals: upfront + 36 × monthly = the 36-month horizon total on a complete basis.
      expect(t.basis.totalOverHorizon).toBe(add(t.totals.upfront, mul(t.totals.monthly, '36')));
      expect(all).toContain(
        norm(
          `${t.scenario} all ${m(t.totals.monthly)} ${m(t.totals.upfront)} ${m(t.basis.effectiveMonthly)} ${m(t.basis.totalOverHorizon)} ${m(t.deltaOverHorizon!)}`,
        ),
      );
    }
    const base = cmp.totals[0]!;
    const best = cmp.totals.find((t) => t.scenario === cmp.cheapestScenario)!;
    const savings = sub(base.totals.totalOverTerm, best.totals.totalOverTerm);
    expect(all).toContain(norm(`Recommended scenario: ${cmp.cheapestScenario}`));
    expect(all).toContain(norm(`${f.money(savings, 'USD')} over 36 months`));
    expect(all).toContain('Total over 36 months by scenario');
    expect(all).toContain(
      norm('Compared on all 50 lines (every line is priced in every scenario).'),
    );
  });

  it('states the coverage in the executive summary', () => {
    expect(all).toContain(norm('Lines priced all 50'));
    expect(all).toContain(
      norm('Coverage: All 50 lines priced. Every figure in this proposal is a priced AWS rate.'),
    );
  });

  it('states region, hours, pricing model, discounts, FX and catalog version', () => {
    for (const s of [
      'Region ap-southeast-1',
      'Hours per month 730',
      'Pricing model On-Demand',
      'Discounts Customer discount 5%',
      'Currency USD',
    ]) {
      expect(all).toContain(s);
    }
    expect(all).toContain(norm(`Version ${estimate.catalogVersion}, priced on November 25, 2026`));
    expect(all).toContain('AWS Support plan: Business.');
    expect(all).toContain(settings.branding.disclaimer);
  });

  it('bookmarks every section so the reader sidebar works as a table of contents', () => {
    expect(outline).toEqual([
      'Executive summary',
      'Requirements summary',
      'Cost details',
      'Scenario comparison',
      'Assumptions',
      'AWS Support',
      'Terms and disclaimer',
    ]);
  });

  it('has a contents page whose page numbers point at the sections', () => {
    const contents = pages[1] ?? '';
    expect(contents.startsWith('Contents')).toBe(true);
    for (const title of [...outline, 'Cost by category', 'Compute', 'Support']) {
      const m = new RegExp(`${title.replace(/[+]/g, '\\+')} (\\d+)`).exec(contents);
      expect(m).not.toBeNull();
      const page = Number(m?.[1]);
      expect(page).toBeGreaterThan(2);
      expect(pages[page - 1]).toContain(title);
    }
  });

  it('numbers every page "Page n of N" and prints the branding footer', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain('Cloudwise Partners · Confidential');
    });
  });

  it('repeats the table header on every page a long table runs onto', () => {
    const costPages = pages.filter((p) => /(hours|GB-months) × \$/.test(p));
    expect(costPages.length).toBeGreaterThanOrEqual(2);
    for (const p of costPages) expect(p).toContain('Line / component Calculation Monthly Upfront');
    const reqPages = pages.filter((p) => /Storage class: standard/.test(p));
    expect(reqPages.length).toBeGreaterThanOrEqual(2);
    for (const p of reqPages) expect(p).toContain('Item Service Description Qty Specification');
  });

  itIf(pdftoppm, 'renders page 1 to PNG with pdftoppm and keeps it under test-artifacts/', () => {
    const dir = path.resolve(__dirname, '../../../test-artifacts/documents');
    mkdirSync(dir, { recursive: true });
    const pdf = path.join(dir, 'proposal.pdf');
    writeFileSync(pdf, body);
    const run = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      path.join(dir, 'proposal-page-1'),
    ]);
    expect(run.status).toBe(0);
    const png = readFileSync(path.join(dir, 'proposal-page-1.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // A4 at 72 dpi is 595.3 × 841.9 pt; pdftoppm rounds each side up or to nearest.
    expect([595, 596]).toContain(png.readUInt32BE(16));
    expect([842, 843]).toContain(png.readUInt32BE(20));
  });
});

describe('PDF proposal in another currency', () => {
  it('prints PHP totals with the ISO code, since the built-in font has no peso sign', async () => {
    const php = buildEstimation(12, { currency: 'PHP', fxRate: '58.25' });
    const doc = await generateDocument('pdf', php, settings, { generatedAt: at, locale: 'en-PH' });
    const text = pdfPages(doc.body).join(' ');
    const code = createFormatter({ locale: 'en-PH', currencyDisplay: 'code' });
    for (const pair of expectedTotals(php.result as Estimate, code)) expect(text).toContain(pair);
    expect(text).toContain('1 USD = 58.25 PHP as of November 24, 2026 (BSP reference rate)');
    expect(text).not.toContain('₱');
  });

  it('fails with an actionable message when the estimation has not been calculated', async () => {
    await expect(
      generateDocument('pdf', { ...estimation, result: null }, settings),
    ).rejects.toThrow(
      /est-0001\.result: the estimation has no calculated result; run the calculation/,
    );
  });
});
