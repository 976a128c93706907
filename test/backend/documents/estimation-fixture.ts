import type {
  Adjustment,
  Comparison,
  CostComponent,
  CostLine,
  Estimate,
  Estimation,
  RequirementItem,
  SystemSettings,
  Totals,
} from '../../../core';
import { add, lessThan, mul, sub } from './exact-decimal';
import { KINDS, type Kind } from './fixture-services';

/**
 * A realistic saved estimation built in code: `lineCount` requirement items across seven services
 * (one cost line each, plus an AWS Support line) priced under three scenarios, with a customer
 * discount. Every amount is an exact decimal string computed here, never by the code under test.
 */

export interface ScenarioPlan {
  readonly name: string;
  /** Multiplier on compute prices, e.g. `0.72` for a Savings Plan. */
  readonly computeFactor: string;
  /** Upfront per compute line, e.g. a partial-upfront commitment. */
  readonly computeUpfront: string;
}

export const SCENARIOS: readonly ScenarioPlan[] = [
  { name: 'On-Demand', computeFactor: '1', computeUpfront: '0' },
  { name: 'Savings Plan 1yr', computeFactor: '0.72', computeUpfront: '150.25' },
  { name: 'Graviton + Spot', computeFactor: '0.55', computeUpfront: '0' },
];

function component(
  name: string,
  unit: string,
  qty: string,
  price: string,
  charge: 'monthly' | 'upfront',
): CostComponent {
  const cost = mul(qty, price);
  return {
    name,
    unit,
    charge,
    quantity: qty,
    unitPrice: price,
    priceId: `rate:${name.length}.${qty}`,
    cost,
    status: 'priced',
    explanation: `${qty} ${unit} × $${price} = $${cost}`,
  };
}

function totals(upfront: string, monthly: string, termMonths: number): Totals {
  return {
    upfront,
    monthly,
    first12Months: add(upfront, mul('12', monthly)),
    termMonths,
    totalOverTerm: add(upfront, mul(String(termMonths), monthly)),
  };
}

export function buildEstimate(
  items: readonly RequirementItem[],
  plan: ScenarioPlan,
  currency = 'USD',
  fxRate = '1',
): Estimate {
  const lines: CostLine[] = items.map((item, i) => {
    const kind = KINDS[i % KINDS.length] as Kind;
    const factor = kind.category === 'Compute' ? plan.computeFactor : '1';
    const comps = kind
      .components(i)
      .map((c) => component(c.name, c.unit, c.qty, mul(c.price, factor), 'monthly'));
    if (kind.category === 'Compute' && plan.computeUpfront !== '0')
      comps.push(
        component('Commitment upfront', 'commitments', '1', plan.computeUpfront, 'upfront'),
      );
    const monthly = add(...comps.filter((c) => c.charge === 'monthly').map((c) => c.cost ?? '0'));
    const upfront = add(...comps.filter((c) => c.charge === 'upfront').map((c) => c.cost ?? '0'));
    return {
      id: `line-${i}`,
      itemId: item.id,
      service: item.service,
      category: kind.category,
      group: item.group ?? [],
      description: item.description ?? item.id,
      region: 'ap-southeast-1',
      components: comps,
      monthly,
      upfront,
      warnings: [],
    };
  });
  const usage = add(...lines.map((l) => l.monthly));
  const support = component(
    'Business support (10% of usage, min $100)',
    'USD of usage',
    usage,
    '0.10',
    'monthly',
  );
  lines.push({
    id: 'line-support',
    itemId: 'support',
    service: 'support',
    category: 'Support',
    group: [],
    description: 'AWS Business Support',
    region: 'global',
    components: [support],
    monthly: support.cost ?? '0',
    upfront: '0',
    warnings: [],
  });
  const listMonthly = add(...lines.map((l) => l.monthly));
  const listUpfront = add(...lines.map((l) => l.upfront));
  const discount: Adjustment = {
    kind: 'discount',
    name: 'Customer discount 5%',
    monthly: mul(listMonthly, '-0.05'),
    upfront: mul(listUpfront, '-0.05'),
    explanation: '5% of list price on all services',
  };
  const netMonthly = mul(add(listMonthly, discount.monthly), fxRate);
  const netUpfront = mul(add(listUpfront, discount.upfront), fxRate);
  return {
    scenario: plan.name,
    region: 'ap-southeast-1',
    currency,
    catalogVersion: '2026-11-20T06:00:00Z',
    lines,
    listTotals: totals(listUpfront, listMonthly, 36),
    adjustments: [discount],
    totals: totals(netUpfront, netMonthly, 36),
    warnings: [],
    createdAt: '2026-11-25T10:30:00.000Z',
  };
}

export function buildComparison(scenarios: readonly Estimate[]): Comparison {
  const base = scenarios[0] as Estimate;
  const cheapest = scenarios.reduce(
    (best, s) => (lessThan(s.totals.totalOverTerm, best.totals.totalOverTerm) ? s : best),
    base,
  );
  return {
    scenarios,
    lines: [],
    cheapestScenario: cheapest.scenario,
    totals: scenarios.map((s) => ({
      scenario: s.scenario,
      totals: s.totals,
      deltaMonthly: sub(s.totals.monthly, base.totals.monthly),
      deltaTerm: sub(s.totals.totalOverTerm, base.totals.totalOverTerm),
    })),
  };
}

export function buildEstimation(
  lineCount = 49,
  opts: { currency?: string; fxRate?: string } = {},
): Estimation {
  const items = Array.from({ length: lineCount }, (_, i) =>
    (KINDS[i % KINDS.length] as Kind).item(i),
  );
  const currency = opts.currency ?? 'USD';
  const scenarios = SCENARIOS.map((p) => buildEstimate(items, p, currency, opts.fxRate ?? '1'));
  const fx =
    currency === 'USD'
      ? undefined
      : { currency, rate: opts.fxRate ?? '1', asOf: '2026-11-24', source: 'BSP reference rate' };
  return {
    estimationId: 'est-0001',
    userId: 'user-1',
    name: 'E-commerce platform migration',
    customer: 'Acme Retail Inc.',
    reference: 'Q-2026-117',
    status: 'draft',
    requirements: {
      customer: 'Acme Retail Inc.',
      settings: {
        region: 'ap-southeast-1',
        pricingModel: { kind: 'on-demand' },
        hoursPerMonth: 730,
        discounts: [{ name: 'Customer discount', percent: 5 }],
        supportPlan: 'business',
        fx,
      },
      items,
    },
    scenarios: SCENARIOS.map((s) => ({ name: s.name })),
    result: scenarios[0] ?? null,
    comparison: buildComparison(scenarios),
    version: 3,
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-25T10:30:00.000Z',
  };
}

export function buildSettings(): SystemSettings {
  return {
    defaultRegion: 'ap-southeast-1',
    defaultCurrency: 'USD',
    discountPresets: [],
    fxRates: [],
    defaultSupportPlan: 'business',
    branding: {
      companyName: 'Cloudwise Partners',
      primaryColor: '#0B3D91',
      accentColor: '#F28C28',
      footerText: 'Cloudwise Partners · Confidential',
      disclaimer: 'Estimate only. Final pricing is subject to AWS terms.',
      logoKey: 'templates/logo.png',
    },
    version: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'admin-1',
  };
}
