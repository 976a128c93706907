import { resolveBranding, DEFAULT_BRANDING } from '../../../backend/documents/branding';
import { DocumentInputError } from '../../../backend/documents/document-errors';
import { createFormatter } from '../../../backend/documents/number-format';
import { pdfCurrencyDisplay } from '../../../backend/documents/pdf-currency';
import { lineAmountText } from '../../../backend/documents/proposal-costs';
import { buildComparison as comparisonSection } from '../../../backend/documents/proposal-comparison';
import { specification } from '../../../backend/documents/requirements-summary';
import type { Estimate } from '../../../core';
import {
  SCENARIOS,
  buildComparison,
  buildEstimate,
  buildEstimation,
  buildEstimationWithGaps,
} from './estimation-fixture';
import { sub } from './exact-decimal';

const f = createFormatter({ locale: 'en-US' });

describe('proposal model', () => {
  it('recommends the cheapest scenario with its savings against the first one', () => {
    const estimation = buildEstimation(14);
    const section = comparisonSection(estimation.comparison!, f);
    expect(section.cheapestScenario).toBe('Graviton + Spot');
    expect(section.recommendation).toMatch(
      /^Recommended scenario: Graviton \+ Spot\. Against On-Demand it saves \$[\d,]+\.\d\d per month \(upfront fees spread over their term\) and \$[\d,]+\.\d\d over 36 months\.$/,
    );
    expect(section.bars.map((b) => b.recommended)).toEqual([false, false, true]);
    expect(section.bars[0]?.ratio).toBe(1);
  });

  it('claims no savings when the first scenario is already the cheapest', () => {
    const items = buildEstimation(7).requirements.items;
    const pricier = { ...SCENARIOS[1]!, computeFactor: '1.2' };
    const cmp = buildComparison([
      buildEstimate(items, SCENARIOS[0]!),
      buildEstimate(items, pricier),
    ]);
    const section = comparisonSection(cmp, f);
    expect(section.recommendation).toBe(
      'Recommended scenario: On-Demand, the lowest cost over 36 months of the scenarios compared.',
    );
  });

  it('describes a requirement from its own fields, with units spelled as on AWS pages', () => {
    const item = buildEstimation(2).requirements.items[1]!;
    expect(specification(item)).toBe('Volume type: gp3; Storage GB: 101');
  });

  it('rejects a branding colour that is not #RRGGBB, naming the setting', () => {
    expect(() => resolveBranding({ ...DEFAULT_BRANDING, primaryColor: 'navy' }, null)).toThrow(
      DocumentInputError,
    );
    expect(() => resolveBranding({ ...DEFAULT_BRANDING, primaryColor: 'navy' }, null)).toThrow(
      /settings\.branding\.primaryColor: must be a #RRGGBB colour, got "navy"/,
    );
    expect(resolveBranding({ ...DEFAULT_BRANDING, accentColor: 'ff9900' }, null).accentHex).toBe(
      'FF9900',
    );
  });

  it('prints currency symbols in the PDF only when its font has them', () => {
    const usd = buildEstimation(3);
    expect(pdfCurrencyDisplay(usd, 'en-US')).toBe('symbol');
    const eur = {
      ...usd,
      result: { ...(usd.result as Estimate), currency: 'EUR' },
      comparison: null,
    };
    expect(pdfCurrencyDisplay(eur, 'de-DE')).toBe('symbol');
    expect(pdfCurrencyDisplay(buildEstimation(3, { currency: 'PHP', fxRate: '58' }), 'en-PH')).toBe(
      'code',
    );
  });

  it('shows a missing price as a gap, never as $0', () => {
    const line = (buildEstimation(1).result as Estimate).lines[0]!;
    const gap = {
      ...line.components[0]!,
      cost: null,
      unitPrice: null,
      priceId: null,
      status: 'price-not-in-catalog' as const,
    };
    expect(lineAmountText({ ...line, monthly: '0', components: [gap] }, 'monthly', f)).toBe(
      'not priced',
    );
    const priced = { ...line.components[0]!, cost: '12.5' };
    expect(
      lineAmountText({ ...line, monthly: '12.5', components: [priced, gap] }, 'monthly', f),
    ).toBe('$12.50 + gaps');
    expect(lineAmountText({ ...line, monthly: '12.5', components: [priced] }, 'monthly', f)).toBe(
      '$12.50',
    );
  });

  it('never subtracts a 12-month total from a 36-month one: differences are over one common horizon', () => {
    const items = buildEstimation(7).requirements.items;
    const oneYear = buildEstimate(items, SCENARIOS[0]!);
    const threeYear = buildEstimate(items, SCENARIOS[1]!);
    const cmp = buildComparison([
      { ...oneYear, totals: { ...oneYear.totals, termMonths: 12 } },
      threeYear,
    ]);
    const section = comparisonSection(cmp, f);
    expect(section.chartTitle).toBe('Total over 36 months by scenario');
    const difference = cmp.totals[1]!.deltaOverHorizon!;
    // Both over 36 months: (monthly × 36 + upfront) − (monthly × 36), never 36 months − 12 months.
    expect(difference).toBe(
      sub(cmp.totals[1]!.basis.totalOverHorizon, cmp.totals[0]!.basis.totalOverHorizon),
    );
    expect(section.table.columns.map((c) => c.title).at(-1)).toBe(
      'Difference vs first over 36 months',
    );
    expect(section.table.rows[1]?.cells.at(-1)).toBe(f.money(difference, 'USD'));
  });

  it('recommends nothing when a scenario looks cheaper only because some of its prices are missing', () => {
    const cmp = buildEstimationWithGaps().comparison!;
    const section = comparisonSection(cmp, f);
    expect(cmp.cheapestScenario).toBeNull();
    expect(section.cheapestScenario).toBeNull();
    expect(section.recommendation).toBe(
      'No scenario is recommended: compared on 12 of 15 lines; 3 lines are unpriced (in whole or in part) in at least one scenario. ' +
        'A scenario that looks cheaper because some of its prices are missing is not cheaper, so the differences above cover the compared lines only.',
    );
    expect(section.bars.every((b) => !b.recommended)).toBe(true);
    expect(section.table.rows[1]?.cells[1]).toBe('12/15 (80 %)');
  });
});
