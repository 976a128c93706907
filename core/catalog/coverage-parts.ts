import type { CatalogCoverage, RegionCoverage } from './coverage-summary';
import type { SourceTally } from './coverage-sources';
import { mergeSourceTallies } from './coverage-sources';

/**
 * One region's part of `CatalogCoverage`: what `regionCoverage` computes from the region's shards
 * and what the embedded catalog's coverage file (embedded-coverage.ts) holds per region.
 */
export interface RegionCoverageSummary {
  readonly coverage: RegionCoverage;
  /** The region's records by source group, references listed so regions combine. */
  readonly sources: readonly SourceTally[];
}

/** The coverage of a catalog from its regions' parts, in the order given. */
export function combineCoverage(
  version: string,
  parts: readonly RegionCoverageSummary[],
): CatalogCoverage {
  return {
    version,
    regions: parts.map((p) => p.coverage),
    sources: mergeSourceTallies(parts.flatMap((p) => p.sources)),
  };
}
