import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Estimate } from '../../../core/estimate/estimate';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import type { Requirements } from '../../../core/requirements/requirements';
import type { RecordInput } from './catalog-builder';
import { buildCatalog } from './catalog-builder';

/** A golden case: a small catalog of real published prices, requirements, and totals computed by hand. */
export interface GoldenCase {
  readonly title: string;
  /** Where the prices come from (page, file, bill) and their date. */
  readonly source: string;
  readonly asOf?: string;
  readonly catalog: { readonly version: string; readonly records: readonly RecordInput[] };
  readonly requirements: Requirements;
  /** Worked by hand in the file (see `handCalculation`), never generated. */
  readonly expected: {
    readonly listMonthly: string;
    readonly listUpfront: string;
    readonly totalsMonthly?: string;
    readonly lines?: Readonly<
      Record<string, { monthly: string; upfront?: string; statuses?: readonly string[] }>
    >;
  };
  readonly handCalculation: readonly string[];
}

export const GOLDEN_ROOT = path.resolve(__dirname, '../../golden');

export function goldenCases(resource: string): { file: string; golden: GoldenCase }[] {
  const dir = path.join(GOLDEN_ROOT, resource);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.input.json'))
    .sort()
    .map((f) => ({
      file: path.join(dir, f),
      golden: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldenCase,
    }));
}

export function runGolden(golden: GoldenCase): Estimate {
  const catalog = buildCatalog(golden.catalog.records, golden.catalog.version);
  return priceRequirements(golden.requirements, catalog, {
    asOf: golden.asOf ?? '2026-11-26T00:00:00Z',
  });
}

/** The stable part of an estimate that the `.golden.json` snapshot holds (no timestamps). */
export function goldenView(estimate: Estimate): unknown {
  return {
    catalogVersion: estimate.catalogVersion,
    currency: estimate.currency,
    lines: estimate.lines.map((l) => ({
      itemId: l.itemId,
      description: l.description,
      monthly: l.monthly,
      upfront: l.upfront,
      components: l.components,
      warnings: l.warnings,
      notes: l.notes ?? [],
    })),
    listTotals: estimate.listTotals,
    adjustments: estimate.adjustments,
    totals: estimate.totals,
    coverage: estimate.coverage,
  };
}

/**
 * Compare with `<case>.golden.json`. The file is written only when asked: `UPDATE_GOLDEN=1`
 * (infracost's `-update`), and never in CI (`CI=true`), where a missing file is a failure.
 */
export function checkGoldenFile(
  inputFile: string,
  estimate: Estimate,
): { expected: unknown; actual: unknown } {
  const goldenFile = inputFile.replace(/\.input\.json$/, '.golden.json');
  const actual = JSON.parse(JSON.stringify(goldenView(estimate))) as unknown;
  const inCi = process.env.CI === 'true' || process.env.CI === '1';
  if (process.env.UPDATE_GOLDEN === '1' && !inCi) {
    writeFileSync(goldenFile, `${JSON.stringify(actual, null, 2)}\n`);
  }
  if (!existsSync(goldenFile)) {
    throw new Error(
      `${path.relative(process.cwd(), goldenFile)} is missing` +
        (inCi
          ? ': golden files are never written in CI; create it locally with UPDATE_GOLDEN=1, review and commit it.'
          : ': run `UPDATE_GOLDEN=1 npx jest test/core/resources/golden.test.ts`, review the new file and commit it.'),
    );
  }
  return { expected: JSON.parse(readFileSync(goldenFile, 'utf8')) as unknown, actual };
}
