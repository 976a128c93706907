import type { Coverage, Estimate, Estimation, SystemSettings } from '../../core';
import { coveragePercent, isFullyPriced } from '../../core';
import { resolveBranding, type LogoImage, type ResolvedBranding } from './branding';
import { DocumentInputError } from './document-errors';
import { createFormatter, type Formatter } from './number-format';
import type { TableData } from './table-data';
import { buildCostSections, type CostSections } from './proposal-costs';
import { buildComparison, type ComparisonSection } from './proposal-comparison';
import { buildCoverage, type CoverageSection } from './proposal-coverage';
import { buildAssumptions, buildSupport, buildTerms } from './proposal-assumptions';
import { REQUIREMENT_COLUMNS, requirementRows } from './requirements-summary';
import {
  GROUP_REQUIREMENT_COLUMNS,
  detailNote,
  requirementGroupRows,
  summarised,
} from './proposal-groups';

/**
 * Everything a proposal shows, already formatted. The PDF and the Word renderer draw this same
 * model, so the two documents cannot disagree on a number, and tests can compare a parsed
 * document against it and against the estimate.
 */
export interface DocumentOptions {
  /** BCP 47 locale for numbers and dates; defaults to `en-US`. */
  readonly locale?: string;
  readonly logo?: LogoImage | null;
  /** Name of the person preparing the proposal (the caller's profile). */
  readonly preparedBy?: string;
  /** Date printed on the cover; defaults to now. */
  readonly generatedAt?: Date;
  /** `code` prints `PHP 1,234.00` instead of `₱1,234.00` (the PDF needs it for symbols its font lacks). */
  readonly currencyDisplay?: 'symbol' | 'code';
}

export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

export interface ProposalModel {
  readonly title: string;
  readonly customer: string;
  readonly reference: string;
  readonly preparedBy: string;
  readonly dateText: string;
  readonly branding: ResolvedBranding;
  readonly formatter: Formatter;
  readonly currency: string;
  /** Executive summary: the four totals of the estimate after adjustments, and their coverage. */
  readonly summary: readonly LabelledValue[];
  /** What the totals price and what they leave out (summary), with the technical detail (appendix). */
  readonly coverage: CoverageSection;
  /** A recommended scenario only on a complete like-for-like basis; else why there is none. */
  readonly recommendation: string | null;
  readonly requirements: {
    readonly columns: readonly string[];
    /** Share of the table width per column, and which columns are numbers (right-aligned). */
    readonly widths: readonly number[];
    readonly rightAligned: readonly number[];
    readonly rows: readonly string[][];
  };
  readonly costs: CostSections;
  /** For a large estimate: that the costs are summarised and where the line detail is. */
  readonly detailNote: string | null;
  readonly comparison: ComparisonSection | null;
  readonly assumptions: readonly LabelledValue[];
  readonly support: readonly string[];
  readonly terms: readonly string[];
}

export function requireResult(estimation: Estimation): Estimate {
  if (!estimation.result) {
    throw new DocumentInputError(
      `estimation ${estimation.estimationId}.result`,
      'the estimation has no calculated result; run the calculation and save it before generating a document',
    );
  }
  return estimation.result;
}

export function summaryRows(estimate: Estimate, f: Formatter): LabelledValue[] {
  const t = estimate.totals;
  const c = estimate.currency;
  return [
    { label: 'Monthly cost', value: f.money(t.monthly, c) },
    { label: 'Upfront cost', value: f.money(t.upfront, c) },
    { label: 'First 12 months', value: f.money(t.first12Months, c) },
    { label: `Total over ${t.termMonths} months`, value: f.money(t.totalOverTerm, c) },
    { label: 'Lines priced', value: linesPricedText(estimate.coverage) },
  ];
}

/** `all 50`, or `13 of 15 (86 %)`: beside the totals, how much of the estimate they price. */
function linesPricedText(c: Coverage): string {
  return isFullyPriced(c)
    ? `all ${c.lines}`
    : `${c.priced} of ${c.lines} (${coveragePercent(c)} %)`;
}

export function buildProposalModel(
  estimation: Estimation,
  settings: SystemSettings | null,
  options: DocumentOptions = {},
): ProposalModel {
  const estimate = requireResult(estimation);
  const formatter = createFormatter({
    locale: options.locale ?? 'en-US',
    currencyDisplay: options.currencyDisplay ?? 'symbol',
  });
  const comparison = estimation.comparison
    ? buildComparison(estimation.comparison, formatter)
    : null;
  const customer = estimation.customer || estimation.requirements.customer || 'Customer';
  const branding = resolveBranding(settings?.branding, options.logo ?? null);
  return {
    title: estimation.name || estimation.requirements.name || 'AWS cost estimate',
    customer,
    reference: estimation.reference,
    preparedBy: options.preparedBy ?? '',
    dateText: formatter.date((options.generatedAt ?? new Date()).toISOString()),
    branding,
    formatter,
    currency: estimate.currency,
    summary: summaryRows(estimate, formatter),
    coverage: buildCoverage(estimate),
    recommendation: comparison?.recommendation ?? null,
    requirements: summarised(estimate)
      ? {
          columns: GROUP_REQUIREMENT_COLUMNS,
          widths: [0.3, 0.1, 0.1, 0.1, 0.4],
          rightAligned: [2, 3],
          rows: requirementGroupRows(estimation.requirements.items),
        }
      : {
          columns: REQUIREMENT_COLUMNS,
          widths: [0.12, 0.12, 0.26, 0.07, 0.43],
          rightAligned: [3],
          rows: requirementRows(
            estimation.requirements.items,
            estimation.requirements.settings.region,
          ),
        },
    costs: buildCostSections(estimate, formatter),
    detailNote: detailNote(estimate),
    comparison,
    assumptions: buildAssumptions(estimation, estimate, formatter),
    support: buildSupport(estimation, estimate, formatter),
    terms: buildTerms(branding.disclaimer, estimate, formatter),
  };
}

/** The requirements section as a table (both renderers). */
export function requirementsTable(m: ProposalModel): TableData {
  const r = m.requirements;
  return {
    columns: r.columns.map((title, i) => ({
      title,
      align: r.rightAligned.includes(i) ? 'right' : 'left',
      width: r.widths[i] ?? 0.1,
    })),
    rows: r.rows.map((cells) => ({ kind: 'plain', cells })),
  };
}
