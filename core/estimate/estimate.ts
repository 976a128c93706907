import type {
  ADJUSTMENT_KINDS,
  CHARGES,
  COMPONENT_STATUSES,
  COST_CATEGORIES,
} from '../vocabulary/result-words';
import type { ServiceKind } from '../requirements/requirement-items';
import type { ResolvedSizingPolicy } from '../requirements/sizing-policy';
import type { Coverage } from './coverage';

/**
 * The result of pricing requirements: plain JSON data (amounts are exact decimal strings in the
 * estimate's currency, never floats) so the API, the add-in and the documents all show the same
 * numbers. Rounding to cents happens only when a number is displayed.
 */

/** See COMPONENT_STATUSES: priced, no-usage (≠ zero), price-not-in-catalog and ambiguous (gaps, never $0). */
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** The statuses that leave a gap in a line's amount (every status but `priced`). */
export type GapStatus = Exclude<ComponentStatus, 'priced'>;

export interface CostComponent {
  /** Named like AWS's pricing pages: `Instance usage (Linux, On-Demand, m7g.large)`, `Storage (gp3)`. */
  readonly name: string;
  /** Unit of `quantity`: `hours`, `GB-months`, `1M requests`, `GB-seconds`. */
  readonly unit: string;
  readonly charge: (typeof CHARGES)[number];
  /** Decimal string; null when no usage was given. */
  readonly quantity: string | null;
  /** Decimal string with the catalog's precision (10 places); null when not priced. */
  readonly unitPrice: string | null;
  /** The price record's id (rateCode, or a `curated:` id); null when not priced. */
  readonly priceId: string | null;
  /** Exact decimal string (quantity × unit price); null when not priced. */
  readonly cost: string | null;
  readonly status: ComponentStatus;
  /** The calculation in words: `2 × m7g.large × 730 h × $0.0816/h = $119.14`. */
  readonly explanation: string;
}

export interface CostLine {
  readonly id: string;
  /** The requirement item this line prices. */
  readonly itemId: string;
  readonly service: ServiceKind | 'support';
  readonly category: (typeof COST_CATEGORIES)[number];
  readonly group: readonly string[];
  readonly description: string;
  readonly region: string;
  readonly components: readonly CostComponent[];
  readonly monthly: string;
  readonly upfront: string;
  readonly warnings: readonly string[];
  /** Months of the longest reservation or Savings Plan on this line (absent: none). */
  readonly termMonths?: number;
  /** Line-level calculations in words: RI amortisation, effective hourly rate. */
  readonly notes?: readonly string[];
  /** True when some component is not priced (no usage, missing or ambiguous price). */
  readonly incomplete?: boolean;
}

/** A business rule applied after list prices, shown as its own line. */
export interface Adjustment {
  readonly kind: (typeof ADJUSTMENT_KINDS)[number];
  readonly name: string;
  /** Signed decimal strings (a discount is negative). */
  readonly monthly: string;
  readonly upfront: string;
  readonly explanation: string;
}

export interface Totals {
  readonly upfront: string;
  readonly monthly: string;
  /** Upfront + 12 × monthly, as AWS's calculator shows it. */
  readonly first12Months: string;
  readonly termMonths: number;
  /** Upfront + termMonths × monthly. */
  readonly totalOverTerm: string;
}

export interface Estimate {
  readonly scenario: string;
  readonly region: string;
  /** Currency of every amount: USD, or the FX target when a rate is given. */
  readonly currency: string;
  readonly catalogVersion: string;
  /**
   * The sizing policy sized EC2 lines were given a type under (absent on estimates made before
   * the policy existed: those were sized under the default, burstable allowed and any processor).
   */
  readonly sizingPolicy?: ResolvedSizingPolicy;
  readonly lines: readonly CostLine[];
  /** Sum of the lines at list price (USD). */
  readonly listTotals: Totals;
  readonly adjustments: readonly Adjustment[];
  /** After every adjustment, in `currency`. */
  readonly totals: Totals;
  /** How many lines the totals price in full, in part and not at all (show it beside any total below 100 %). */
  readonly coverage: Coverage;
  readonly warnings: readonly string[];
  readonly createdAt: string;
}

/**
 * Scenario comparison: the same requirements priced several ways, compared like for like. Deltas,
 * "cheapest" and any recommendation use only the `basis` — lines priced in full in every scenario —
 * and a common horizon (upfront fees spread over their term, commitments renewed), so a saving is
 * never a price we do not have, nor a 12-month total set against a 36-month one.
 */
export interface Comparison {
  readonly scenarios: readonly Estimate[];
  readonly lines: readonly ComparisonLine[];
  readonly basis: ComparisonBasis;
  /** Months every scenario is compared over: the longest term among them (shorter commitments renewed). */
  readonly horizonMonths: number;
  /**
   * The scenario with the lowest effective monthly cost — named only when the basis is the whole
   * estimate (every line priced in every scenario) and every scenario is in the same currency;
   * otherwise null: no scenario is called cheapest on an unequal basis.
   */
  readonly cheapestScenario: string | null;
  readonly totals: readonly ScenarioComparison[];
}

/** The lines a comparison's deltas are computed over. */
export interface ComparisonBasis {
  /** Lines priced in full in every scenario. */
  readonly lines: number;
  /** Every line of the estimate. */
  readonly totalLines: number;
  /** Item ids of the basis lines. */
  readonly lineIds: readonly string[];
  /** Lines left out, each with the scenarios that could not price it in full. */
  readonly excluded: readonly { readonly itemId: string; readonly scenarios: readonly string[] }[];
  /** True when the basis is the whole estimate. */
  readonly complete: boolean;
  /** False when the scenarios' totals are in different currencies (then there are no deltas). */
  readonly sameCurrency: boolean;
  /** The basis in words: `compared on 812 of 860 lines; 48 lines are unpriced in at least one scenario`. */
  readonly text: string;
}

/** Monthly figures of one scenario over some set of lines, after its business rules. */
export interface HorizonAmounts {
  readonly monthly: string;
  readonly upfront: string;
  /** Monthly + upfront ÷ the scenario's term months (10 places). */
  readonly effectiveMonthly: string;
  /** Monthly × horizon months + upfront once per term within it (shorter commitments renewed). */
  readonly totalOverHorizon: string;
}

export interface ScenarioComparison {
  readonly scenario: string;
  readonly currency: string;
  /** The scenario's whole-estimate totals (what its own estimate says), with their coverage. */
  readonly totals: Totals;
  readonly coverage: Coverage;
  /** The whole estimate's priced lines over the horizon (not comparable across scenarios unless the basis is complete). */
  readonly whole: HorizonAmounts;
  /** The basis lines only: the figures deltas and rankings use. */
  readonly basis: HorizonAmounts;
  /** Basis effective monthly minus the first scenario's; null when currencies differ. */
  readonly deltaEffectiveMonthly: string | null;
  /** Basis total over the horizon minus the first scenario's; null when currencies differ. */
  readonly deltaOverHorizon: string | null;
}

export interface ComparisonLine {
  readonly itemId: string;
  readonly description: string;
  /** True when every scenario prices this line in full (it counts in deltas and rankings). */
  readonly inBasis: boolean;
  /** List monthly cost (USD) per scenario, in scenario order; null where not priced in full. */
  readonly monthly: readonly (string | null)[];
  /** List monthly + upfront ÷ the line's term (USD), per scenario; null where not priced in full. */
  readonly effectiveMonthly: readonly (string | null)[];
  /** Effective monthly delta of each scenario against the first; null unless both priced it in full. */
  readonly deltaEffectiveMonthly: readonly (string | null)[];
  /** Lowest effective monthly cost; null unless every scenario priced the line in full. */
  readonly cheapestScenario: string | null;
}
