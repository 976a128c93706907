import type { Estimate } from '../../estimate/estimate';
import type { EstimateSettings } from '../../requirements/requirements';
import { formatPricingModel } from '../../vocabulary/pricing-models';
import { regionName } from '../../vocabulary/regions';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec, SpecValue } from './sheet-spec';
import { BRAND, PERCENT_FORMAT } from './number-formats';

export const ASSUMPTIONS_SHEET = 'Assumptions';

/**
 * The "Assumptions" sheet: what the numbers rest on — region, pricing model, hours per month,
 * discounts, margin, tax, FX rate and its date, and the price catalog version — as a two-column
 * table the reader of a proposal can check.
 */
export function assumptionsSheetSpec(estimate: Estimate, settings: EstimateSettings): SheetSpec {
  const b = new SheetBuilder(ASSUMPTIONS_SHEET);
  b.userText(1, 1, `Assumptions — ${estimate.scenario}`, { bold: true, fontSize: 14 });
  b.merge('A1:C1');
  const rows: [string, SpecValue, string?][] = [
    ['Region', `${settings.region} — ${regionName(settings.region)}`],
    ['Pricing model', formatPricingModel(settings.pricingModel)],
    ['Hours per month', settings.hoursPerMonth ?? 730, '0'],
    ['Currency', estimate.currency],
    ...(settings.discounts ?? []).map((d): [string, SpecValue, string] => [
      `Discount: ${d.name}${d.services ? ` (${d.services.join(', ')})` : ''}`,
      d.percent,
      PERCENT_FORMAT,
    ]),
    ...(settings.partnerMarginPct
      ? [
          ['Partner margin', settings.partnerMarginPct, PERCENT_FORMAT] as [
            string,
            SpecValue,
            string,
          ],
        ]
      : []),
    ...(settings.monthlyCreditsUsd
      ? [
          ['Credits per month (USD)', settings.monthlyCreditsUsd, '"$"#,##0.00'] as [
            string,
            SpecValue,
            string,
          ],
        ]
      : []),
    ...(settings.taxPct
      ? [['Tax', settings.taxPct, PERCENT_FORMAT] as [string, SpecValue, string]]
      : []),
    ['Support plan', settings.supportPlan ?? 'none'],
    ['FX rate', settings.fx ? `1 USD = ${settings.fx.rate} ${settings.fx.currency}` : 'none (USD)'],
    ...(settings.fx
      ? [
          ['FX rate date', settings.fx.asOf] as [string, SpecValue],
          ['FX source', settings.fx.source ?? ''] as [string, SpecValue],
        ]
      : []),
    ['Price catalog version', estimate.catalogVersion],
    ['Term (months)', estimate.totals.termMonths, '0'],
    ['Estimate created', estimate.createdAt],
  ];
  const top = 3;
  b.set(top, 1, 'Assumption', {
    style: { bold: true, fill: BRAND.headerFill, fontColor: BRAND.headerFont },
  });
  b.set(top, 2, 'Value', {
    style: { bold: true, fill: BRAND.headerFill, fontColor: BRAND.headerFont },
  });
  rows.forEach(([label, value, format], i) => {
    b.userText(top + 1 + i, 1, label);
    if (typeof value === 'string') b.userText(top + 1 + i, 2, value);
    else b.set(top + 1 + i, 2, value, format ? { numberFormat: format } : undefined);
  });
  b.table({
    name: 'Assumptions',
    range: `A${top}:B${top + rows.length}`,
    style: 'TableStyleLight1',
  });
  b.set(
    top + rows.length + 2,
    1,
    'Prices exclude taxes unless a tax is listed. Amounts are exact in the estimate; the sheets round them to cents for display.',
    { style: { italic: true } },
  );
  b.width('A', 34).width('B', 56).width('C', 12);
  b.freezePanes(top, 0);
  return b.build();
}
