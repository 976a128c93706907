import type { CatalogShard, CatalogSnapshot, EmbeddedCoverage } from '../../../core';
import { EmbeddedCatalogError, regionCoverage, summarisedShards } from '../../../core';
import type { EmbeddedCoverageSource } from '../../ports/embedded-coverage';

/**
 * An embedded catalog held in memory (tests): each region summarised from its shards as the
 * catalog build does, and the regions read afresh recorded in `regionReads`.
 */
export class MemoryEmbeddedCoverage implements EmbeddedCoverageSource {
  readonly regionReads: string[] = [];

  constructor(private readonly snapshot: CatalogSnapshot) {}

  async summaries(): Promise<EmbeddedCoverage> {
    const regions = [...new Set(this.snapshot.shards.map((s) => s.region))];
    return {
      version: this.snapshot.version,
      regions: new Map(
        regions.map((region) => {
          const shards = this.of(region);
          const listed = shards.map((s) => ({ ...s, records: s.records.length }));
          return [
            region,
            { shards: summarisedShards(listed), summary: regionCoverage(region, shards) },
          ];
        }),
      ),
    };
  }

  async regionShards(region: string): Promise<readonly CatalogShard[]> {
    this.regionReads.push(region);
    const shards = this.of(region);
    if (!shards.length)
      throw new EmbeddedCatalogError(`The embedded catalog has no shards for region ${region}.`);
    return shards;
  }

  private of(region: string): CatalogShard[] {
    return this.snapshot.shards.filter((s) => s.region === region);
  }
}
