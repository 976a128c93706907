import type { PriceQuery } from '../catalog/price-query';
import type { Term } from '../catalog/price-record';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { PricingModel } from '../requirements/pricing-model';
import { timesWords, hoursWords } from './usage';

export interface HourlyUsage {
  /** `Instance usage`, `Database instance`, `Cache node`. */
  readonly baseName: string;
  /** What varies, shown in brackets before the pricing model: `Linux`, `MySQL, Multi-AZ`. */
  readonly variant: string;
  /** Instance type shown in names and explanations. */
  readonly type: string;
  readonly count: Decimal;
  /** Hours each runs per month. */
  readonly hours: Decimal;
  readonly hoursInMonth: Decimal;
  /** Query for the On-Demand price; terms are swapped in for other models. */
  readonly query: PriceQuery;
  /** Attributes Savings Plans rates are selected on (defaults to the On-Demand attributes). */
  readonly savingsPlanAttributes?: Readonly<Record<string, string>>;
}

export interface ModelComponents {
  readonly components: ComponentSpec[];
  readonly warnings: string[];
  readonly termMonths?: number;
}

const TERM_MONTHS = { '1yr': 12, '3yr': 36 } as const;

/**
 * Components for something billed per hour under a pricing model (EC2, RDS, ElastiCache):
 * On-Demand; Spot = On-Demand × (1 − stated discount); Reserved = hourly rate for every hour of the
 * month plus the upfront fee (shown as upfront and amortised); Savings Plans = the plan's hourly rate,
 * with All/Partial Upfront paid as the commitment for the term (or half of it) upfront.
 */
export function hourlyComponents(usage: HourlyUsage, model: PricingModel): ModelComponents {
  const { baseName, variant, type, count, hours, query } = usage;
  const usedHours = count.multiply(hours);
  const words = timesWords(count, type, hoursWords(hours));
  switch (model.kind) {
    case 'on-demand':
      return {
        components: [
          hourly(`${baseName} (${variant}, On-Demand, ${type})`, usedHours, query, words),
        ],
        warnings: [],
      };
    case 'spot': {
      const pct = Decimal.from(model.discountPct);
      const spec: ComponentSpec = {
        ...hourly(`${baseName} (${variant}, Spot, ${type})`, usedHours, query, words),
        // Spot is priced as On-Demand less the stated discount (AWS's calculator does the same).
        priceFactor: {
          factor: Decimal.ONE.subtract(pct.multiply('0.01')),
          words: `(1 − ${pct.toString()} % stated Spot discount)`,
        },
      };
      return { components: [spec], warnings: [] };
    }
    case 'reserved':
      return reserved(usage, model);
    case 'savings-plan':
      return savingsPlan(usage, model, usedHours, words);
  }
}

function hourly(name: string, quantity: Decimal, query: PriceQuery, words: string): ComponentSpec {
  return {
    name,
    unit: 'hours',
    charge: 'monthly',
    quantity,
    query: { ...query, unit: 'Hrs' },
    quantityWords: words,
  };
}

function reserved(
  usage: HourlyUsage,
  model: Extract<PricingModel, { kind: 'reserved' }>,
): ModelComponents {
  const { baseName, variant, type, count, hours, hoursInMonth } = usage;
  const term: Term = {
    type: 'Reserved',
    leaseContractLength: model.term,
    offeringClass: model.offeringClass,
    purchaseOption: model.purchaseOption,
  };
  const months = TERM_MONTHS[model.term];
  const label = `Reserved ${model.term} ${model.offeringClass} ${model.purchaseOption}`;
  const warnings: string[] = [];
  if (hours.lessThan(hoursInMonth)) {
    warnings.push(
      `${type}: a Reserved Instance is billed for every hour of its term; priced at ${hoursWords(hoursInMonth)}/month, not the ${hoursWords(hours)} given.`,
    );
  }
  const components: ComponentSpec[] = [];
  if (model.purchaseOption !== 'All Upfront') {
    const quantity = count.multiply(hoursInMonth);
    components.push({
      ...hourly(
        `${baseName} (${variant}, ${label}, ${type})`,
        quantity,
        { ...usage.query, term },
        timesWords(count, type, hoursWords(hoursInMonth)),
      ),
    });
  }
  if (model.purchaseOption !== 'No Upfront') {
    components.push({
      name: `Upfront fee (${variant}, ${label}, ${type})`,
      unit: 'instances',
      charge: 'upfront',
      quantity: count,
      query: { ...usage.query, term, unit: 'Quantity' },
      quantityWords: timesWords(count, type),
      amortizeOverMonths: months,
      note: 'The effective hourly rate is in the line notes.',
    });
  }
  return { components, warnings, termMonths: months };
}

function savingsPlan(
  usage: HourlyUsage,
  model: Extract<PricingModel, { kind: 'savings-plan' }>,
  usedHours: Decimal,
  words: string,
): ModelComponents {
  const term: Term = {
    type: 'SavingsPlan',
    planType: model.plan === 'compute' ? 'ComputeSavingsPlans' : 'EC2InstanceSavingsPlans',
    leaseContractLength: model.term,
    purchaseOption: model.purchaseOption,
  };
  const months = TERM_MONTHS[model.term];
  const plan = `${model.plan === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan ${model.term} ${model.purchaseOption}`;
  const name = `${usage.baseName} (${usage.variant}, ${plan}, ${usage.type})`;
  // Savings Plans rates are their own product family (ComputeSavingsPlans / EC2InstanceSavingsPlans):
  // the term and the attributes select them, not the On-Demand product family.
  const { productFamily: _odFamily, ...base } = usage.query;
  const query: PriceQuery = {
    ...base,
    attributes: usage.savingsPlanAttributes ?? usage.query.attributes,
    term,
  };
  const monthlyShare =
    model.purchaseOption === 'No Upfront'
      ? Decimal.ONE
      : model.purchaseOption === 'Partial Upfront'
        ? Decimal.from('0.5')
        : Decimal.ZERO;
  const components: ComponentSpec[] = [];
  if (!monthlyShare.isZero()) {
    const share = monthlyShare.equals(1) ? '' : ' × 50 % paid monthly';
    components.push({
      ...hourly(name, usedHours.multiply(monthlyShare), query, `${words}${share}`),
    });
  }
  if (!monthlyShare.equals(1)) {
    const upfrontShare = Decimal.ONE.subtract(monthlyShare);
    const share = upfrontShare.equals(1) ? '' : ' × 50 % paid upfront';
    components.push({
      ...hourly(
        `Upfront commitment (${plan}, ${usage.type})`,
        usedHours.multiply(months).multiply(upfrontShare),
        query,
        `${words} × ${months} months${share}`,
      ),
      charge: 'upfront',
      amortizeOverMonths: months,
      note: "The plan's hourly commitment for the whole term, paid upfront.",
    });
  }
  return {
    components,
    warnings: [
      `${usage.type}: Savings Plan commitment sized to the usage given (${hoursWords(usage.hours)}/month per instance).`,
    ],
    termMonths: months,
  };
}
