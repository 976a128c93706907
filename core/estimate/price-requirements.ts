import type { PriceCatalog } from '../catalog/price-catalog';
import { Decimal } from '../money/decimal';
import { ON_DEMAND_MODEL } from '../requirements/pricing-model';
import type { Requirements } from '../requirements/requirements';
import { resolveSizingPolicy } from '../requirements/sizing-policy';
import { describeItem } from '../resources/registry';
import type { ResourceContext } from '../resources/resource';
import { applyRules } from '../rules/apply-rules';
import type { Estimate } from './estimate';
import type { PricedLine } from './price-line';
import { invalidCombinationLine, priceLine } from './price-line';
import { offeringProblems } from '../offerings/offering-rules';
import { ResourceInputError } from '../resources/resource-input-error';
import type { RequirementItem } from '../requirements/requirement-items';
import { makeTotals } from './totals';
import { coverageOf } from './coverage';
import { summariseWarnings } from './warning-groups';

export interface PriceOptions {
  /** Scenario name recorded on the estimate (default `Base`). */
  readonly scenario?: string;
  /** ISO date-time the estimate is made; decides which support plans exist (default: now). */
  readonly asOf?: string;
}

/**
 * The catalog-free offering rules (core/offerings): an instance type that does not exist is the
 * caller's mistake (`ResourceInputError`, as Validate reports it); a combination AWS does not
 * offer becomes an explicit `invalid-combination` line. Returns that line's reason, if any.
 */
export function offeringCheck(item: RequirementItem): string | undefined {
  const problems = offeringProblems(item);
  const unknown = problems.find((p) => p.kind === 'unknown-type');
  if (unknown) throw new ResourceInputError(item.id, unknown.field, unknown.message);
  return problems.find((p) => p.kind === 'invalid-combination')?.message;
}

/** Hours in a month, as AWS's calculator counts them. */
export const HOURS_PER_MONTH = 730;

/**
 * Price requirements against a catalog: each item becomes a line of priced components, then the
 * business rules apply. Amounts are exact decimal strings; nothing is rounded here.
 */
export function priceRequirements(
  requirements: Requirements,
  catalog: PriceCatalog,
  options: PriceOptions = {},
): Estimate {
  const { settings } = requirements;
  const asOf = options.asOf ?? new Date().toISOString();
  const hoursInMonth = Decimal.from(settings.hoursPerMonth ?? HOURS_PER_MONTH);
  const priced: PricedLine[] = [];
  const warnings: string[] = [];
  requirements.items.forEach((item, index) => {
    const region = item.region ?? settings.region;
    const context: ResourceContext = {
      region,
      hoursInMonth,
      pricingModel: settings.pricingModel ?? ON_DEMAND_MODEL,
      freeTier: settings.freeTier ?? false,
      catalog,
      ...(settings.sizingPolicy ? { sizingPolicy: settings.sizingPolicy } : {}),
    };
    const invalid = offeringCheck(item);
    const spec = describeItem(item, context);
    const line = invalid
      ? invalidCombinationLine(item, spec, region, index, invalid)
      : priceLine(item, spec, region, catalog, index);
    priced.push(
      spec.components.length === 0 ? { ...line, line: { ...line.line, incomplete: true } } : line,
    );
  });
  // Each line keeps its warnings; the estimate lists them once per kind (any number of lines).
  warnings.push(
    ...summariseWarnings(
      priced.flatMap((p) => p.line.warnings.map((message) => ({ itemId: p.line.itemId, message }))),
    ),
  );
  const termMonths = Math.max(12, ...priced.map((p) => p.line.termMonths ?? 0));
  const listMonthly = Decimal.sum(priced.map((p) => p.monthly));
  const listUpfront = Decimal.sum(priced.map((p) => p.upfront));
  const rules = applyRules(
    priced.map((p) => ({ service: p.line.service, monthly: p.monthly, upfront: p.upfront })),
    settings,
    asOf,
  );
  const lines = priced.map((p) => p.line);
  const coverage = coverageOf(lines);
  const gaps = coverage.partial + coverage.unpriced;
  if (gaps > 0) {
    warnings.unshift(
      `${gaps} line(s) have components that are not priced (see their warnings); totals exclude them.`,
    );
  }
  return {
    scenario: options.scenario ?? 'Base',
    region: settings.region,
    currency: rules.currency,
    catalogVersion: catalog.version,
    sizingPolicy: resolveSizingPolicy(settings.sizingPolicy),
    lines,
    listTotals: makeTotals(listUpfront, listMonthly, termMonths),
    adjustments: rules.adjustments,
    totals: makeTotals(rules.upfront, rules.monthly, termMonths),
    coverage,
    warnings,
    createdAt: asOf,
  };
}
