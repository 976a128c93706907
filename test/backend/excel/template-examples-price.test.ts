import { buildTemplateWorkbook } from '../../../backend/excel/build-template';
import { readWorkbook } from '../../../backend/excel';
import {
  COST_CATEGORIES,
  DEFAULT_REGION,
  PriceCatalog,
  estimateSheetSpec,
  priceRequirements,
  readRequirements,
} from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';

/*
 * Issue 16: the template's own RDS and ElastiCache example rows came out of Calculate only as
 * "Warning" rows at the bottom of "AWS Estimate". The cause was the catalog, not the sheet: the
 * examples name db.r7g.large (PostgreSQL, Multi-AZ, gp3) and cache.r7g.large (Redis), which the
 * embedded catalog before the pricing-page feeds (DECISIONS 54) did not hold, so both lines were
 * "not priced" and only their gaps were explained, under the totals. This test keeps the template's
 * examples and the embedded catalog in step in the region a new workbook uses: every example the
 * catalog is expected to price is priced (since the 2025 pricing-page feeds, all of them), and
 * the sheet lists each line under its category, in the template's order.
 */
describe("the template's example rows, priced with the embedded catalog", () => {
  const priced = (async () => {
    const grid = await readWorkbook(new Uint8Array(await buildTemplateWorkbook()));
    const read = readRequirements(grid, { defaultRegion: DEFAULT_REGION });
    if (!read.requirements)
      throw new Error(`template did not read: ${JSON.stringify(read.errors)}`);
    const estimate = priceRequirements(read.requirements, new PriceCatalog(embeddedSnapshot()));
    return { requirements: read.requirements, estimate };
  })();

  it('prices the RDS and ElastiCache examples in full, in their group', async () => {
    const { estimate } = await priced;
    expect(estimate.region).toBe(DEFAULT_REGION);
    const database = estimate.lines.filter(
      (l) => l.service === 'rds' || l.service === 'elasticache',
    );
    expect(database.map((l) => [l.description, l.group.join(' > ')])).toEqual([
      ['Orders DB', 'Production > Data'],
      ['Session cache', 'Production > Data'],
    ]);
    for (const line of database) {
      expect(line.components.map((c) => [c.explanation, c.status])).toEqual(
        line.components.map((c) => [c.explanation, 'priced']),
      );
    }
    // The instance and node hours are Price List records (rateCodes), not curated figures.
    const [orders, cache] = database;
    expect(orders?.components[0]?.priceId).toMatch(/^[A-Z0-9]+\.JRTCKXETXF\.6YS6EN2CT7$/);
    expect(cache?.components[0]?.priceId).toMatch(/^[A-Z0-9]+\.JRTCKXETXF\.6YS6EN2CT7$/);
    expect(estimate.warnings.join('\n')).not.toMatch(/Orders DB|Session cache|Database-/);
  });

  it('prices every component of every example line', async () => {
    const { estimate } = await priced;
    const unpriced = estimate.lines.flatMap((l) =>
      l.components
        .filter((c) => c.status !== 'priced')
        .map((c) => [l.description, c.name, c.status]),
    );
    expect(unpriced).toEqual([]);
  });

  it('writes each line under its category in the template order, warnings only after the totals', async () => {
    const { estimate } = await priced;
    const spec = estimateSheetSpec(estimate);
    // cells by row: { A: value, C: value, … } from their A1 addresses
    const rows = new Map<number, Record<string, unknown>>();
    for (const cell of spec.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell.address);
      if (!m) continue;
      const row = rows.get(Number(m[2])) ?? {};
      row[m[1] as string] = cell.value;
      rows.set(Number(m[2]), row);
    }
    const text = (row: number, col: 'A' | 'C' | 'F'): unknown => rows.get(row)?.[col];
    const lineRows = [...rows.keys()]
      .filter((r) => r > 4 && typeof text(r, 'C') === 'string' && text(r, 'C') !== '')
      .sort((a, b) => a - b);
    // One block per category in COST_CATEGORIES order; within a block, the lines in sheet order.
    const byCategory = COST_CATEGORIES.flatMap((category) =>
      estimate.lines.filter((l) => l.category === category),
    );
    expect(byCategory).toHaveLength(estimate.lines.length);
    expect(lineRows.map((r) => `${String(text(r, 'A'))}: ${String(text(r, 'C'))}`)).toEqual(
      byCategory.map((l) => `${l.category}: ${l.description}`),
    );
    const warningRows = [...rows.keys()].filter((r) => text(r, 'F') === 'Warning');
    expect(warningRows.length).toBeGreaterThan(0);
    const firstWarning = Math.min(...warningRows);
    expect(Math.max(...lineRows)).toBeLessThan(firstWarning);
  });
});
