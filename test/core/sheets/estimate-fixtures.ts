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

export const COMPARISON: Comparison = {
  scenarios: [ESTIMATE, SAVINGS_PLAN],
  lines: [
    {
      itemId: 'Compute-2',
      description: web.description,
      monthly: ['238.272', '170.82'],
      deltaMonthly: ['0', '-67.452'],
      cheapestScenario: '@1yr Compute SP',
    },
    {
      itemId: 'Storage-2',
      description: vol.description,
      monthly: ['16', null],
      deltaMonthly: ['0', null],
      cheapestScenario: null,
    },
  ],
  cheapestScenario: '@1yr Compute SP',
  totals: [
    { scenario: 'On-Demand', totals: ESTIMATE.totals, deltaMonthly: '0', deltaTerm: '0' },
    {
      scenario: '@1yr Compute SP',
      totals: SAVINGS_PLAN.totals,
      deltaMonthly: '-169.0656',
      deltaTerm: '-6086.3616',
    },
  ],
};
