import type { PriceCatalog } from '../catalog/price-catalog';
import { Decimal } from '../money/decimal';
import { formatMoney, formatUnitPrice } from '../money/format';
import type { Coverage } from './coverage';
import { coverageOf, coverageShortText } from './coverage';
import type { Requirements } from '../requirements/requirements';
import type { SizingPolicyComparison } from '../requirements/sizing-policy-changes';
import {
  policyForRepricing,
  sizingPolicyComparisonText,
} from '../requirements/sizing-policy-changes';
import type { CostComponent, CostLine, Estimate, Totals } from './estimate';
import type { PriceOptions } from './price-requirements';
import { priceRequirements } from './price-requirements';

/**
 * Re-pricing an estimate against a newer catalog version: the same requirements priced again, and
 * per line what moved (components matched by name, lines by item id). A missing price is never
 * counted as $0: any amount or delta that would need one is `null`.
 */

export type LineRepricingStatus =
  | 'unchanged'
  | 'changed'
  | 'added'
  | 'removed'
  /** A price was missing before and every price is found now. */
  | 'newly-priced'
  /** Every price was found before and one is missing now. */
  | 'no-longer-priced';

export interface ComponentChange {
  readonly name: string;
  readonly previousPriceId: string | null;
  readonly currentPriceId: string | null;
  readonly previousUnitPrice: string | null;
  readonly currentUnitPrice: string | null;
  readonly previousCost: string | null;
  readonly currentCost: string | null;
}

export interface LineRepricing {
  readonly itemId: string;
  readonly description: string;
  /** Exact decimal strings; null when the line is absent on that side or has an unpriced component. */
  readonly previousMonthly: string | null;
  readonly currentMonthly: string | null;
  /** Signed (current − previous); null when either side is null. */
  readonly deltaMonthly: string | null;
  readonly previousUpfront: string | null;
  readonly currentUpfront: string | null;
  readonly deltaUpfront: string | null;
  readonly status: LineRepricingStatus;
  /** Only the components whose price id, unit price or cost differ (or that exist on one side). */
  readonly changes: readonly ComponentChange[];
}

export interface EstimateRepricing {
  readonly previousCatalogVersion: string;
  readonly catalogVersion: string;
  readonly estimate: Estimate;
  /** The previous estimate's sizing policy against the current one, and which one priced `estimate`. */
  readonly sizingPolicy: SizingPolicyComparison;
  readonly lines: readonly LineRepricing[];
  readonly totals: {
    readonly previous: Totals;
    readonly current: Totals;
    /** What each side's totals price (the previous one recomputed from its lines). */
    readonly previousCoverage: Coverage;
    readonly currentCoverage: Coverage;
    /** Signed deltas of the totals after rules; null when either estimate has an unpriced component. */
    readonly deltaMonthly: string | null;
    readonly deltaUpfront: string | null;
    readonly deltaTerm: string | null;
  };
}

/** The previous estimate cannot be compared with the new one (e.g. another currency). */
export class RepricingInputError extends Error {
  override name = 'RepricingInputError';
}

export interface RepriceOptions extends PriceOptions {
  /**
   * Size under the policy in `requirements` (`current`, the default) or under the one the previous
   * estimate recorded (`recorded`). Either way the result says which fields differ.
   */
  readonly sizingPolicy?: 'current' | 'recorded';
}

export function repriceEstimate(
  requirements: Requirements,
  previous: Estimate,
  catalog: PriceCatalog,
  options: RepriceOptions = {},
): EstimateRepricing {
  const { sizingPolicy: under = 'current', ...priceOptions } = options;
  const policy = policyForRepricing(requirements, previous.sizingPolicy, under);
  const estimate = priceRequirements(policy.requirements, catalog, {
    scenario: previous.scenario,
    ...priceOptions,
  });
  if (estimate.currency !== previous.currency) {
    throw new RepricingInputError(
      `The previous estimate is in ${previous.currency} but the requirements now price in ${estimate.currency}; set the same settings.fx to compare them.`,
    );
  }
  const lines = matchLines(previous.lines, estimate.lines).map(([before, after]) =>
    repriceLine(before, after),
  );
  const complete = isComplete(previous.lines) && isComplete(estimate.lines);
  const delta = (a: string, b: string): string | null =>
    complete ? Decimal.from(b).subtract(a).toString() : null;
  return {
    previousCatalogVersion: previous.catalogVersion,
    catalogVersion: estimate.catalogVersion,
    estimate,
    sizingPolicy: policy.comparison,
    lines,
    totals: {
      previous: previous.totals,
      current: estimate.totals,
      previousCoverage: coverageOf(previous.lines),
      currentCoverage: estimate.coverage,
      deltaMonthly: delta(previous.totals.monthly, estimate.totals.monthly),
      deltaUpfront: delta(previous.totals.upfront, estimate.totals.upfront),
      deltaTerm: delta(previous.totals.totalOverTerm, estimate.totals.totalOverTerm),
    },
  };
}

/** A component with no price (missing, ambiguous, not offered, invalid); no usage is not a missing price. */
function isUnpriced(c: CostComponent): boolean {
  return c.status !== 'priced' && c.status !== 'no-usage';
}

function isPriced(line: CostLine): boolean {
  return !line.components.some(isUnpriced);
}

function isComplete(lines: readonly CostLine[]): boolean {
  return lines.every(isPriced);
}

/** Pairs lines by item id in order: previous order first, then lines only the new estimate has. */
function matchLines(
  before: readonly CostLine[],
  after: readonly CostLine[],
): [CostLine | undefined, CostLine | undefined][] {
  const pending = new Map<string, CostLine[]>();
  for (const line of after) pending.set(line.itemId, [...(pending.get(line.itemId) ?? []), line]);
  const pairs: [CostLine | undefined, CostLine | undefined][] = before.map((line) => [
    line,
    pending.get(line.itemId)?.shift(),
  ]);
  for (const line of after) if (!pairs.some(([, a]) => a === line)) pairs.push([undefined, line]);
  return pairs;
}

function repriceLine(before: CostLine | undefined, after: CostLine | undefined): LineRepricing {
  const line = (after ?? before)!;
  const amount = (l: CostLine | undefined, field: 'monthly' | 'upfront'): string | null =>
    l && isPriced(l) ? l[field] : null;
  const previousMonthly = amount(before, 'monthly');
  const currentMonthly = amount(after, 'monthly');
  const previousUpfront = amount(before, 'upfront');
  const currentUpfront = amount(after, 'upfront');
  const changes = componentChanges(before?.components ?? [], after?.components ?? []);
  return {
    itemId: line.itemId,
    description: line.description,
    previousMonthly,
    currentMonthly,
    deltaMonthly: difference(previousMonthly, currentMonthly),
    previousUpfront,
    currentUpfront,
    deltaUpfront: difference(previousUpfront, currentUpfront),
    status: lineStatus(before, after, changes),
    changes,
  };
}

function lineStatus(
  before: CostLine | undefined,
  after: CostLine | undefined,
  changes: readonly ComponentChange[],
): LineRepricingStatus {
  if (!before) return 'added';
  if (!after) return 'removed';
  const was = isPriced(before);
  const is = isPriced(after);
  if (!was && is) return 'newly-priced';
  if (was && !is) return 'no-longer-priced';
  const same =
    changes.length === 0 &&
    sameAmount(before.monthly, after.monthly) &&
    sameAmount(before.upfront, after.upfront);
  return same ? 'unchanged' : 'changed';
}

function componentChanges(
  before: readonly CostComponent[],
  after: readonly CostComponent[],
): ComponentChange[] {
  const names = [...new Set([...before.map((c) => c.name), ...after.map((c) => c.name)])];
  const changes: ComponentChange[] = [];
  for (const name of names) {
    const b = before.find((c) => c.name === name);
    const a = after.find((c) => c.name === name);
    const change: ComponentChange = {
      name,
      previousPriceId: b?.priceId ?? null,
      currentPriceId: a?.priceId ?? null,
      previousUnitPrice: b?.unitPrice ?? null,
      currentUnitPrice: a?.unitPrice ?? null,
      previousCost: b?.cost ?? null,
      currentCost: a?.cost ?? null,
    };
    const same =
      b !== undefined &&
      a !== undefined &&
      change.previousPriceId === change.currentPriceId &&
      sameAmount(change.previousUnitPrice, change.currentUnitPrice) &&
      sameAmount(change.previousCost, change.currentCost);
    if (!same) changes.push(change);
  }
  return changes;
}

function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Decimal.from(a).equals(b);
}

function difference(before: string | null, after: string | null): string | null {
  return before === null || after === null ? null : Decimal.from(after).subtract(before).toString();
}

/**
 * Plain text for the CLI: one row per line (old → new monthly and the delta, unit prices that moved
 * underneath), then the totals. Lines are list price in USD; totals are after the rules.
 */
export function renderRepricingText(r: EstimateRepricing): string {
  const usd = (v: string | null): string =>
    v === null ? 'not priced' : formatMoney(Decimal.from(v));
  const money = (v: string | null): string =>
    v === null ? 'n/a' : formatMoney(Decimal.from(v), { currency: r.estimate.currency });
  const signed = (v: string | null, fmt: (x: string) => string): string =>
    v === null ? 'n/a' : `${Decimal.from(v).isNegative() ? '' : '+'}${fmt(v)}`;
  const policy = sizingPolicyComparisonText(r.sizingPolicy);
  const out: string[] = [
    `Re-priced: catalog ${r.previousCatalogVersion} → ${r.catalogVersion}`,
    ...(policy ? [policy] : []),
    '',
    cells(['Line', 'Status', 'Monthly (USD, list)', 'Delta', 'Upfront delta']),
  ];
  for (const line of r.lines) {
    out.push(
      cells([
        line.itemId,
        line.status,
        `${usd(line.previousMonthly)} → ${usd(line.currentMonthly)}`,
        signed(line.deltaMonthly, usd),
        signed(line.deltaUpfront, usd),
      ]),
    );
    for (const c of line.changes) {
      const price = (id: string | null, unit: string | null): string =>
        unit === null ? 'not priced' : `${formatUnitPrice(Decimal.from(unit))} (${id ?? 'no id'})`;
      out.push(
        `      - ${c.name}: ${price(c.previousPriceId, c.previousUnitPrice)} → ${price(c.currentPriceId, c.currentUnitPrice)}`,
      );
    }
  }
  const t = r.totals;
  out.push('');
  out.push(
    `Monthly: ${money(t.previous.monthly)} → ${money(t.current.monthly)} (${signed(t.deltaMonthly, money)})`,
  );
  out.push(
    `Upfront: ${money(t.previous.upfront)} → ${money(t.current.upfront)} (${signed(t.deltaUpfront, money)})`,
  );
  out.push(
    `Over the term: ${money(t.previous.totalOverTerm)} (${t.previous.termMonths} months) → ${money(t.current.totalOverTerm)} (${t.current.termMonths} months) (${signed(t.deltaTerm, money)})`,
  );
  out.push(
    `Coverage: ${coverageShortText(t.previousCoverage)} → ${coverageShortText(t.currentCoverage)}`,
  );
  if (t.deltaMonthly === null)
    out.push(
      'Total deltas are n/a: a price is missing in one of the estimates (never counted as $0).',
    );
  return `${out.join('\n')}\n`;
}

function cells(values: readonly string[]): string {
  const widths = [14, 18, 32, 14, 14];
  return values
    .map((v, i) => v.padEnd(widths[i] ?? 14))
    .join(' ')
    .trimEnd();
}
