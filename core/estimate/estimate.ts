import type {
  ADJUSTMENT_KINDS,
  CHARGES,
  COMPONENT_STATUSES,
  COST_CATEGORIES,
} from '../vocabulary/result-words';
import type { ServiceKind } from '../requirements/requirement-items';

/**
 * The result of pricing requirements: plain JSON data (amounts are exact decimal strings in the
 * estimate's currency, never floats) so the API, the add-in and the documents all show the same
 * numbers. Rounding to cents happens only when a number is displayed.
 */

/** See COMPONENT_STATUSES: priced, no-usage (≠ zero), price-not-in-catalog and ambiguous (gaps, never $0). */
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

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
  readonly lines: readonly CostLine[];
  /** Sum of the lines at list price (USD). */
  readonly listTotals: Totals;
  readonly adjustments: readonly Adjustment[];
  /** After every adjustment, in `currency`. */
  readonly totals: Totals;
  readonly warnings: readonly string[];
  readonly createdAt: string;
}

/** Scenario comparison: the same requirements priced several ways. */
export interface Comparison {
  readonly scenarios: readonly Estimate[];
  readonly lines: readonly ComparisonLine[];
  /**
   * Name of the scenario with the lowest total over the term — over a common horizon (the longest
   * term, commitments renewed), i.e. the lowest effective monthly cost.
   */
  readonly cheapestScenario: string;
  readonly totals: readonly {
    scenario: string;
    totals: Totals;
    deltaMonthly: string;
    deltaTerm: string;
    /** Monthly + upfront ÷ term months: what ranks scenarios with different terms fairly. */
    effectiveMonthly?: string;
    /** The longest term among the scenarios; commitments are renewed within it. */
    horizonMonths?: number;
    /** effectiveMonthly × horizonMonths. */
    totalOverHorizon?: string;
  }[];
}

export interface ComparisonLine {
  readonly itemId: string;
  readonly description: string;
  /** Monthly cost per scenario, in scenario order; null where the line could not be priced. */
  readonly monthly: readonly (string | null)[];
  /** Monthly delta of each scenario against the first. */
  readonly deltaMonthly: readonly (string | null)[];
  /** Monthly + upfront ÷ the line's term, per scenario; null where not priced. */
  readonly effectiveMonthly?: readonly (string | null)[];
  /** Lowest effective monthly cost; null when no scenario priced the line completely. */
  readonly cheapestScenario: string | null;
}
