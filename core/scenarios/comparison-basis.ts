import { linePricing } from '../estimate/coverage';
import type { ComparisonBasis, CostLine, Estimate } from '../estimate/estimate';

const lines = (n: number): string => `${n} line${n === 1 ? '' : 's'}`;

/**
 * The like-for-like basis: the lines every scenario prices in full. A line missing, unpriced or
 * partly priced in any scenario is left out of every delta and ranking, and listed with the
 * scenarios that could not price it.
 */
export function comparisonBasis(estimates: readonly Estimate[]): ComparisonBasis {
  const first = estimates[0]!;
  const byItem = estimates.map((e) => new Map(e.lines.map((l) => [l.itemId, l])));
  const lineIds: string[] = [];
  const excluded: { itemId: string; scenarios: string[] }[] = [];
  for (const line of first.lines) {
    const failing = estimates
      .filter((e, i) => !isFullyPriced(byItem[i]!.get(line.itemId)))
      .map((e) => e.scenario);
    if (failing.length === 0) lineIds.push(line.itemId);
    else excluded.push({ itemId: line.itemId, scenarios: failing });
  }
  const currencies = [...new Set(estimates.map((e) => e.currency))];
  const sameCurrency = currencies.length === 1;
  const total = first.lines.length;
  const complete = excluded.length === 0;
  let text = complete
    ? `compared on all ${lines(total)} (every line is priced in every scenario)`
    : `compared on ${lineIds.length} of ${lines(total)}; ${lines(excluded.length)} ${excluded.length === 1 ? 'is' : 'are'} unpriced (in whole or in part) in at least one scenario`;
  if (!sameCurrency)
    text += `; the scenarios are in different currencies (${currencies.join(', ')}), so no differences are given`;
  return {
    lines: lineIds.length,
    totalLines: total,
    lineIds,
    excluded,
    complete,
    sameCurrency,
    text,
  };
}

function isFullyPriced(line: CostLine | undefined): boolean {
  return line !== undefined && linePricing(line) === 'priced';
}

/** `compared on …` → `Compared on …` (the basis text starts a sentence). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
