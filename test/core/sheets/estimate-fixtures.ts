import type { Comparison, CostLine, Estimate, Totals } from '../../../core/estimate';
import { Decimal } from '../../../core/money/decimal';

/**
 * Hand-built estimates (not produced by the engine) so the writers are tested on their own.
 * Amounts are exact decimal strings, as the engine returns them.
 */
const web: CostLine = {
  id: 'L1',
  itemId: 'Compute-2',
  service: 'ec2',
  category: 'Compute',
  group: ['Production', 'Web'],
  description: '=HYPERLINK("http://evil.example","click")',
  region: 'us-east-1',
  components: [
    {
      name: 'Instance usage (Linux, On-Demand, m7g.large)',
      unit: 'hours',
      charge: 'monthly',
      quantity: '2920',
      unitPrice: '0.0816000000',
      priceId: 'ABC123.JRTCKXETXF.6YS6EN2CT7',
      cost: '238.272',
      status: 'priced',
      explanation: '4 × m7g.large × 730 h × $0.0816/h = $238.27',
    },
  ],
  monthly: '238.272',
  upfront: '0',
  warnings: [],
};
const app: CostLine = {
  ...web,
  id: 'L2',
  itemId: 'Compute-3',
  description: 'App servers',
  group: ['Production', 'App'],
  components: [
    {
      ...web.components[0]!,
      name: 'Instance usage (Windows, On-Demand, m7i.xlarge)',
      quantity: '1460',
      unitPrice: '0.3856000000',
      priceId: 'DEF456.JRTCKXETXF.6YS6EN2CT7',
      cost: '562.976',
    },
  ],
  monthly: '562.976',
};
const vol: CostLine = {
  id: 'L3',
  itemId: 'Storage-2',
  service: 'ebs',
  category: 'Storage',
  group: ['Production'],
  description: '+web root volumes',
  region: 'us-east-1',
  components: [
    {
      name: 'Storage (gp3)',
      unit: 'GB-months',
      charge: 'monthly',
      quantity: '200',
      unitPrice: '0.0800000000',
      priceId: 'GHI789.JRTCKXETXF.6YS6EN2CT7',
      cost: '16',
      status: 'priced',
      explanation: '200 GB × $0.08 = $16.00',
    },
    {
      name: 'Provisioned IOPS (gp3)',
      unit: 'IOPS-months',
      charge: 'monthly',
      quantity: null,
      unitPrice: null,
      priceId: null,
      cost: null,
      status: 'no-usage',
      explanation: 'no IOPS above the free 3,000',
    },
  ],
  monthly: '16',
  upfront: '0',
  warnings: ['IOPS not given'],
};

/** Exact, like the engine's makeTotals: upfront + 12 × monthly, upfront + 36 × monthly. */
function totals(monthly: string, upfront: string): Totals {
  const u = Decimal.from(upfront);
  const m = Decimal.from(monthly);
  return {
    upfront,
    monthly,
    first12Months: u.add(m.multiply(12)).toString(),
    termMonths: 36,
    totalOverTerm: u.add(m.multiply(36)).toString(),
  };
}

export const ESTIMATE: Estimate = {
  scenario: 'On-Demand',
  region: 'us-east-1',
  currency: 'USD',
  catalogVersion: '2026-11-01',
  lines: [web, vol, app],
  listTotals: totals('817.248', '0'),
  adjustments: [
    {
      kind: 'discount',
      name: 'Customer discount',
      monthly: '-40.8624',
      upfront: '0',
      explanation: '5% of $817.248',
    },
  ],
  totals: totals('776.3856', '0'),
  // vol's IOPS component has no usage: the line is partly priced.
  coverage: {
    lines: 3,
    priced: 2,
    partial: 1,
    unpriced: 0,
    unpricedIds: [],
    partialIds: ['Storage-2'],
  },
  warnings: ['1 component had no usage'],
  createdAt: '2026-11-26T09:00:00.000Z',
};

export const SAVINGS_PLAN: Estimate = {
  ...ESTIMATE,
  scenario: '@1yr Compute SP',
  lines: [{ ...web, monthly: '170.82' }, vol, { ...app, monthly: '420.5' }],
  listTotals: totals('607.32', '0'),
  adjustments: [],
  totals: totals('607.32', '0'),
};

const horizon = (monthly: string) => ({
  monthly,
  upfront: '0',
  effectiveMonthly: monthly,
  totalOverHorizon: Decimal.from(monthly).multiply(36).toString(),
});

/**
 * Storage-2 is partly priced in both scenarios, so it is outside the basis and no scenario is
 * named cheapest. Basis (web + app): On-Demand 801.248 − 5 % (40.0624) = 761.1856/month;
 * the Savings Plan 170.82 + 420.5 = 591.32; Δ −169.8656/month, × 36 = −6,115.1616.
 */
export const COMPARISON: Comparison = {
  scenarios: [ESTIMATE, SAVINGS_PLAN],
  lines: [
    {
      itemId: 'Compute-2',
      description: web.description,
      inBasis: true,
      monthly: ['238.272', '170.82'],
      effectiveMonthly: ['238.272', '170.82'],
      deltaEffectiveMonthly: ['0', '-67.452'],
      cheapestScenario: '@1yr Compute SP',
    },
    {
      itemId: 'Storage-2',
      description: vol.description,
      inBasis: false,
      monthly: [null, null],
      effectiveMonthly: [null, null],
      deltaEffectiveMonthly: [null, null],
      cheapestScenario: null,
    },
    {
      itemId: 'Compute-3',
      description: app.description,
      inBasis: true,
      monthly: ['562.976', '420.5'],
      effectiveMonthly: ['562.976', '420.5'],
      deltaEffectiveMonthly: ['0', '-142.476'],
      cheapestScenario: '@1yr Compute SP',
    },
  ],
  basis: {
    lines: 2,
    totalLines: 3,
    lineIds: ['Compute-2', 'Compute-3'],
    excluded: [{ itemId: 'Storage-2', scenarios: ['On-Demand', '@1yr Compute SP'] }],
    complete: false,
    sameCurrency: true,
    text: 'compared on 2 of 3 lines; 1 line is unpriced (in whole or in part) in at least one scenario',
  },
  horizonMonths: 36,
  cheapestScenario: null,
  totals: [
    {
      scenario: 'On-Demand',
      currency: 'USD',
      totals: ESTIMATE.totals,
      coverage: ESTIMATE.coverage,
      whole: horizon('776.3856'),
      basis: horizon('761.1856'),
      deltaEffectiveMonthly: '0',
      deltaOverHorizon: '0',
    },
    {
      scenario: '@1yr Compute SP',
      currency: 'USD',
      totals: SAVINGS_PLAN.totals,
      coverage: SAVINGS_PLAN.coverage,
      whole: horizon('607.32'),
      basis: horizon('591.32'),
      deltaEffectiveMonthly: '-169.8656',
      deltaOverHorizon: '-6115.1616',
    },
  ],
};

const pricedOnly = (e: Estimate, monthly: string): Estimate => ({
  ...e,
  lines: e.lines.filter((l) => l.itemId !== 'Storage-2'),
  adjustments: [],
  totals: totals(monthly, '0'),
  listTotals: totals(monthly, '0'),
  coverage: { lines: 2, priced: 2, partial: 0, unpriced: 0, unpricedIds: [], partialIds: [] },
});

/** Every line priced in every scenario: the cheapest can be named (801.248 vs 591.32). */
export const COMPLETE_COMPARISON: Comparison = {
  ...COMPARISON,
  scenarios: [pricedOnly(ESTIMATE, '801.248'), pricedOnly(SAVINGS_PLAN, '591.32')],
  lines: COMPARISON.lines.filter((l) => l.inBasis),
  basis: {
    ...COMPARISON.basis,
    totalLines: 2,
    excluded: [],
    complete: true,
    text: 'compared on all 2 lines (every line is priced in every scenario)',
  },
  cheapestScenario: '@1yr Compute SP',
  totals: [
    {
      ...COMPARISON.totals[0]!,
      totals: totals('801.248', '0'),
      coverage: pricedOnly(ESTIMATE, '801.248').coverage,
      whole: horizon('801.248'),
      basis: horizon('801.248'),
    },
    {
      ...COMPARISON.totals[1]!,
      totals: totals('591.32', '0'),
      coverage: pricedOnly(SAVINGS_PLAN, '591.32').coverage,
      whole: horizon('591.32'),
      basis: horizon('591.32'),
      deltaEffectiveMonthly: '-209.928',
      deltaOverHorizon: '-7557.408',
    },
  ],
};
