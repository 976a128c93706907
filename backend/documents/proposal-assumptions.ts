import type { Estimate, Estimation, PricingModel, SupportPlan } from '../../core';
import type { LabelledValue } from './proposal-model';
import type { Formatter } from './number-format';
import { sumText } from './amounts';
import { LINE_CURRENCY } from './proposal-costs';

/** Assumptions, AWS Support and terms: the text a customer needs to read the numbers right. */
export function pricingModelText(model: PricingModel): string {
  switch (model.kind) {
    case 'on-demand':
      return 'On-Demand';
    case 'reserved':
      return `Reserved Instances, ${model.term}, ${model.offeringClass}, ${model.purchaseOption}`;
    case 'savings-plan':
      return `${model.plan === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan, ${model.term}, ${model.purchaseOption}`;
    case 'spot':
      return `Spot at ${model.discountPct}% below On-Demand`;
  }
}

const SUPPORT_NAMES: Record<SupportPlan, string> = {
  none: 'None (Basic support only)',
  developer: 'Developer',
  business: 'Business',
  'business-plus': 'Business+',
  'enterprise-on-ramp': 'Enterprise On-Ramp',
  enterprise: 'Enterprise',
  'unified-operations': 'Unified Operations',
};

export function buildAssumptions(
  estimation: Estimation,
  estimate: Estimate,
  f: Formatter,
): LabelledValue[] {
  const s = estimation.requirements.settings;
  const rows: LabelledValue[] = [
    { label: 'Region', value: estimate.region || s.region },
    { label: 'Hours per month', value: String(s.hoursPerMonth ?? 730) },
    { label: 'Pricing model', value: pricingModelText(s.pricingModel) },
    { label: 'Term', value: `${estimate.totals.termMonths} months` },
    {
      label: 'Discounts',
      value: (s.discounts ?? []).length
        ? (s.discounts ?? [])
            .map(
              (d) =>
                `${d.name} ${f.percent(d.percent)}${d.services?.length ? ` on ${d.services.join(', ')}` : ''}`,
            )
            .join('; ')
        : 'None',
    },
    { label: 'Partner margin', value: s.partnerMarginPct ? f.percent(s.partnerMarginPct) : 'None' },
    {
      label: 'Monthly credits',
      value: s.monthlyCreditsUsd ? f.money(String(s.monthlyCreditsUsd), 'USD') : 'None',
    },
    { label: 'Tax', value: s.taxPct ? f.percent(s.taxPct) : 'Not included' },
    {
      label: 'Currency',
      value: s.fx
        ? `${estimate.currency}; 1 USD = ${s.fx.rate} ${s.fx.currency} as of ${f.date(s.fx.asOf)}${s.fx.source ? ` (${s.fx.source})` : ''}`
        : estimate.currency,
    },
    {
      label: 'Free tier',
      value: s.freeTier ? 'Always-free allowances applied where modelled' : 'Not applied',
    },
    {
      label: 'Price catalog',
      value: `Version ${estimate.catalogVersion}, priced on ${f.date(estimate.createdAt)}`,
    },
  ];
  return rows;
}

export function buildSupport(estimation: Estimation, estimate: Estimate, f: Formatter): string[] {
  const plan = estimation.requirements.settings.supportPlan ?? 'none';
  const supportLines = estimate.lines.filter((l) => l.category === 'Support');
  const supportAdjustments = estimate.adjustments.filter((a) => a.kind === 'support');
  const out = [`AWS Support plan: ${SUPPORT_NAMES[plan]}.`];
  if (supportLines.length) {
    const monthly = sumText(
      supportLines.map((l) => l.monthly),
      'Support line monthly',
    );
    out.push(`Support is included as a cost line of ${f.money(monthly, LINE_CURRENCY)} per month.`);
    out.push(
      ...supportLines.flatMap((l) => l.components.map((c) => c.explanation)).filter(Boolean),
    );
  }
  for (const a of supportAdjustments)
    out.push(`${a.name}: ${f.money(a.monthly, LINE_CURRENCY)} per month. ${a.explanation}`);
  if (plan !== 'none' && !supportLines.length && !supportAdjustments.length) {
    out.push('The support fee is not included in the totals above.');
  }
  out.push(
    'Paid AWS Support plans are billed monthly as a percentage of AWS usage with a minimum fee; ' +
      'see https://aws.amazon.com/premiumsupport/pricing/.',
  );
  return out;
}

export function buildTerms(disclaimer: string, estimate: Estimate, f: Formatter): string[] {
  return [
    disclaimer,
    `Prices come from the AWS Price List (catalog version ${estimate.catalogVersion}) as of ${f.date(estimate.createdAt)}. ` +
      'AWS may change its prices; the estimate is valid for 30 days from the date on the cover.',
    'Amounts are rounded half-up to the minor currency unit for display only; totals are computed from unrounded prices, ' +
      'so a column of rounded figures may differ from its total by a few cents.',
    'Taxes are excluded unless a tax rate appears in the assumptions. Data transfer and request volumes are estimates ' +
      'supplied by the customer.',
  ];
}
