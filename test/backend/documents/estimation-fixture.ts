import type {
  Adjustment,
  Comparison,
  CostComponent,
  CostLine,
  Estimate,
  Estimation,
  GapStatus,
  RequirementItem,
  SystemSettings,
  Totals,
} from '../../../core';
import { add, divide10, lessThan, mul, sub } from './exact-decimal';
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

/** A component the catalog could not price: no amount, the technical query as its explanation. */
function unpriced(c: CostComponent, status: GapStatus): CostComponent {
  return {
    ...c,
    unitPrice: null,
    priceId: null,
    cost: null,
    status,
    explanation: `Price query AmazonEC2 in ap-southeast-1, instanceType=m7g.large (${status}); not included in totals.`,
  };
}

export function buildEstimate(
  items: readonly RequirementItem[],
  plan: ScenarioPlan,
  currency = 'USD',
  fxRate = '1',
  gaps: Readonly<Record<string, GapStatus>> = {},
): Estimate {
  const lines: CostLine[] = items.map((item, i) => {
    const kind = KINDS[i % KINDS.length] as Kind;
    const factor = kind.category === 'Compute' ? plan.computeFactor : '1';
    let comps = kind
      .components(i)
      .map((c) => component(c.name, c.unit, c.qty, mul(c.price, factor), 'monthly'));
    if (kind.category === 'Compute' && plan.computeUpfront !== '0')
      comps.push(
        component('Commitment upfront', 'commitments', '1', plan.computeUpfront, 'upfront'),
      );
    const gap = gaps[item.id];
    if (gap) comps = comps.map((c) => unpriced(c, gap));
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
      warnings: gap ? [`${item.id}: ${comps[0]!.name}: ${comps[0]!.explanation}`] : [],
      ...(gap ? { incomplete: true } : {}),
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
    // A line is unpriced exactly when it is in `gaps` (all its components are then gaps).
    coverage: {
      lines: lines.length,
      priced: lines.length - Object.keys(gaps).length,
      partial: 0,
      unpriced: Object.keys(gaps).length,
      unpricedIds: items.map((i) => i.id).filter((id) => gaps[id]),
      partialIds: [],
    },
    warnings: lines.flatMap((l) => l.warnings),
    createdAt: '2026-11-25T10:30:00.000Z',
  };
}

/** Monthly + upfront ÷ 36, and monthly × 36 + upfront (every fixture scenario has a 36-month term). */
function over36(t: Totals) {
  return {
    monthly: t.monthly,
    upfront: t.upfront,
    effectiveMonthly: add(t.monthly, divide10(t.upfront, 36)),
    totalOverHorizon: add(mul(t.monthly, '36'), t.upfront),
  };
}

/**
 * The comparison as the engine states it, worked out here independently: the basis is the lines
 * every scenario prices in full; its amounts are those lines' list prices less the 5 % discount
 * (× the FX rate); the horizon is 36 months; a cheapest scenario only on a complete basis.
 */
export function buildComparison(scenarios: readonly Estimate[], fxRate = '1'): Comparison {
  const base = scenarios[0] as Estimate;
  const ids = base.lines.map((l) => l.itemId);
  const pricedIn = (e: Estimate, id: string) =>
    e.lines.find((l) => l.itemId === id)!.components.every((c) => c.status === 'priced');
  const lineIds = ids.filter((id) => scenarios.every((e) => pricedIn(e, id)));
  const excluded = ids
    .filter((id) => !lineIds.includes(id))
    .map((id) => ({
      itemId: id,
      scenarios: scenarios.filter((e) => !pricedIn(e, id)).map((e) => e.scenario),
    }));
  const complete = excluded.length === 0;
  const net = (v: string) => mul(add(v, mul(v, '-0.05')), fxRate);
  const basisOf = (e: Estimate) => {
    if (complete) return over36(e.totals);
    const lines = e.lines.filter((l) => lineIds.includes(l.itemId));
    return over36({
      ...e.totals,
      monthly: net(add(...lines.map((l) => l.monthly))),
      upfront: net(add(...lines.map((l) => l.upfront))),
    });
  };
  const rows = scenarios.map((s) => ({ s, whole: over36(s.totals), basis: basisOf(s) }));
  const cheapest = rows.reduce((best, r) =>
    lessThan(r.basis.effectiveMonthly, best.basis.effectiveMonthly) ? r : best,
  );
  const n = excluded.length;
  return {
    scenarios,
    lines: [],
    basis: {
      lines: lineIds.length,
      totalLines: ids.length,
      lineIds,
      excluded,
      complete,
      sameCurrency: true,
      text: complete
        ? `compared on all ${ids.length} lines (every line is priced in every scenario)`
        : `compared on ${lineIds.length} of ${ids.length} lines; ${n} ${n === 1 ? 'line is' : 'lines are'} unpriced (in whole or in part) in at least one scenario`,
    },
    horizonMonths: 36,
    cheapestScenario: complete ? cheapest.s.scenario : null,
    totals: rows.map(({ s, whole, basis }) => ({
      scenario: s.scenario,
      currency: s.currency,
      totals: s.totals,
      coverage: s.coverage,
      whole,
      basis,
      deltaEffectiveMonthly: sub(basis.effectiveMonthly, rows[0]!.basis.effectiveMonthly),
      deltaOverHorizon: sub(basis.totalOverHorizon, rows[0]!.basis.totalOverHorizon),
    })),
  };
}

export function buildEstimation(
  lineCount = 49,
  opts: {
    currency?: string;
    fxRate?: string;
    /** Per scenario name: the items left unpriced in that scenario, and why. */
    gaps?: Readonly<Record<string, Readonly<Record<string, GapStatus>>>>;
  } = {},
): Estimation {
  const items = Array.from({ length: lineCount }, (_, i) =>
    (KINDS[i % KINDS.length] as Kind).item(i),
  );
  const currency = opts.currency ?? 'USD';
  const scenarios = SCENARIOS.map((p) =>
    buildEstimate(items, p, currency, opts.fxRate ?? '1', opts.gaps?.[p.name] ?? {}),
  );
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
    comparison: buildComparison(scenarios, opts.fxRate ?? '1'),
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
    adminIpAllowList: [],
    version: 1,
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'admin-1',
  };
}

/**
 * The case: one server has no price in the catalog and a volume type is not offered in the
 * region in every scenario, and the Savings Plan scenario could price none of the compute lines —
 * so it looks cheapest only because its servers are missing. 14 lines: Compute-0 and Compute-7.
 */
export const GAPS = {
  'Compute-7': 'price-not-in-catalog',
  'Storage-1': 'not-offered',
} as const satisfies Record<string, GapStatus>;

export function buildEstimationWithGaps(): Estimation {
  return buildEstimation(14, {
    gaps: {
      'On-Demand': GAPS,
      'Savings Plan 1yr': { ...GAPS, 'Compute-0': 'price-not-in-catalog' },
      'Graviton + Spot': GAPS,
    },
  });
}
