import type { EmbeddedCoverage } from '../../core';

/**
 * The embedded catalog's coverage as the admin catalog page reads it: each shard's summary
 * precomputed by the catalog build (coverage.json), so no region file is read (DECISIONS 93, 98).
 */
export interface EmbeddedCoverageSource {
  /** The precomputed coverage, checked against the catalog's index (read once per process). */
  summaries(): Promise<EmbeddedCoverage>;
}
