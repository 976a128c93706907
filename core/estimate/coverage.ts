import type { CostLine } from './estimate';

/**
 * How much of a total is priced: every total (an estimate, a scenario, a group) carries one, so a
 * reader can see what it leaves out. Ids are requirement item ids (`CostLine.itemId`), which name
 * the same line in every scenario of a comparison.
 */
export interface Coverage {
  readonly lines: number;
  /** Lines whose every component is priced. */
  readonly priced: number;
  /** Lines with some components priced and some not (missing price, no usage, not offered…). */
  readonly partial: number;
  /** Lines with no priced component: they add nothing to the total. */
  readonly unpriced: number;
  readonly unpricedIds: readonly string[];
  readonly partialIds: readonly string[];
}

/** A coverage without the ids: what an index record keeps and every text needs. */
export type CoverageCounts = Pick<Coverage, 'lines' | 'priced' | 'partial' | 'unpriced'>;

export type LinePricing = 'priced' | 'partial' | 'unpriced';

/** A line is priced when every component is; unpriced when none is (or it has none). */
export function linePricing(line: Pick<CostLine, 'components'>): LinePricing {
  let priced = 0;
  for (const c of line.components) if (c.status === 'priced') priced++;
  if (priced === 0) return 'unpriced';
  return priced === line.components.length ? 'priced' : 'partial';
}

/** Mutable counters, for callers that add lines one at a time (group totals). */
export class CoverageCounter {
  private priced = 0;
  private readonly partialIds: string[] = [];
  private readonly unpricedIds: string[] = [];

  add(line: Pick<CostLine, 'components' | 'itemId'>): void {
    const pricing = linePricing(line);
    if (pricing === 'priced') this.priced++;
    else if (pricing === 'partial') this.partialIds.push(line.itemId);
    else this.unpricedIds.push(line.itemId);
  }

  coverage(): Coverage {
    const partial = this.partialIds.length;
    const unpriced = this.unpricedIds.length;
    return {
      lines: this.priced + partial + unpriced,
      priced: this.priced,
      partial,
      unpriced,
      unpricedIds: [...this.unpricedIds],
      partialIds: [...this.partialIds],
    };
  }
}

export function coverageOf(lines: readonly Pick<CostLine, 'components' | 'itemId'>[]): Coverage {
  const counter = new CoverageCounter();
  for (const line of lines) counter.add(line);
  return counter.coverage();
}

/** True when every line is priced in full (vacuously true for no lines). */
export function isFullyPriced(coverage: CoverageCounts): boolean {
  return coverage.priced === coverage.lines;
}

/** Whole percent of lines priced in full, rounded down so that 859 of 860 never reads "100 %". */
export function coveragePercent(coverage: CoverageCounts): number {
  if (coverage.lines === 0) return 100;
  return Math.floor((coverage.priced * 100) / coverage.lines);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The coverage in words, for every surface that shows a total:
 * `812 of 860 lines priced (94 %); 30 partly priced, 18 not priced — the totals leave out what is not priced.`
 */
export function coverageText(coverage: CoverageCounts): string {
  if (isFullyPriced(coverage)) return `All ${plural(coverage.lines, 'line')} priced.`;
  const parts: string[] = [];
  if (coverage.partial > 0) parts.push(`${coverage.partial} partly priced`);
  if (coverage.unpriced > 0) parts.push(`${coverage.unpriced} not priced`);
  return (
    `${coverage.priced} of ${plural(coverage.lines, 'line')} priced (${coveragePercent(coverage)} %); ` +
    `${parts.join(', ')} — the totals leave out what is not priced.`
  );
}

/** A short form for narrow places (a table cell, a status line): `812/860 lines priced (94 %)`. */
export function coverageShortText(coverage: CoverageCounts): string {
  if (isFullyPriced(coverage)) return `all ${coverage.lines} lines priced`;
  return `${coverage.priced}/${coverage.lines} lines priced (${coveragePercent(coverage)} %)`;
}
