import type { RequirementItem } from '../requirements/requirement-items';
import type { Estimate } from './estimate';
import type { PricingGap } from './pricing-gaps';
import { GAP_REASON_LABELS, pricingGaps } from './pricing-gaps';

/** A pricing gap as a validation finding on the item it belongs to (core/sheets places it on a cell). */
export interface PricingFinding {
  readonly itemId: string;
  /** The field that names what is priced (instance type, class, node type), or null for the row. */
  readonly field: string | null;
  /** `not-offered` and `invalid-combination` are errors; a missing price is a warning. */
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly message: string;
}

/** Findings listed one by one; past this many, one more finding counts the rest. */
export const MAX_PRICING_FINDINGS = 200;

function fieldOf(item: RequirementItem | undefined): string | null {
  if (!item) return null;
  if (item.service === 'ec2') return item.instanceType ? 'instanceType' : null;
  if (item.service === 'rds' || item.service === 'aurora')
    return item.instanceClass ? 'instanceClass' : null;
  if (item.service === 'elasticache') return 'nodeType';
  return null;
}

/**
 * What the estimate could not price, said at Validate rather than discovered in the totals: a
 * product AWS does not offer (or an impossible combination) is an error of its cell; a price our
 * catalog lacks is a warning that the line will show "not priced" and stay out of the totals.
 */
export function pricingFindings(
  estimate: Estimate,
  items: readonly RequirementItem[],
): PricingFinding[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const gaps = pricingGaps(estimate.lines);
  const findings = gaps
    .slice(0, MAX_PRICING_FINDINGS)
    .map((gap) => finding(gap, byId.get(gap.itemId)));
  if (gaps.length > MAX_PRICING_FINDINGS) {
    findings.push({
      itemId: gaps[MAX_PRICING_FINDINGS]!.itemId,
      field: null,
      severity: 'warning',
      rule: 'pricing.more-gaps',
      message: `${gaps.length - MAX_PRICING_FINDINGS} more lines are not fully priced (the estimate's coverage lists every one)`,
    });
  }
  return findings;
}

function finding(gap: PricingGap, item: RequirementItem | undefined): PricingFinding {
  const blocking = gap.reasons.find((r) => r === 'not-offered' || r === 'invalid-combination');
  const detail = gap.components
    .filter((c) => !blocking || c.status === blocking)
    .map((c) => `${c.name}: ${GAP_REASON_LABELS[c.status]}`)
    .join('; ');
  const effect =
    gap.pricing === 'unpriced'
      ? 'the line will show "not priced" and the totals leave it out'
      : 'the line will be partly priced and the totals leave the rest out';
  return {
    itemId: gap.itemId,
    field: fieldOf(item),
    severity: blocking ? 'error' : 'warning',
    rule: `pricing.${blocking ?? gap.reasons[0] ?? 'unpriced'}`,
    message: blocking
      ? `${gap.description} in ${gap.region}: ${detail} — choose another type or region`
      : `${gap.description} in ${gap.region}: ${detail || 'nothing to price'}; ${effect}`,
  };
}
