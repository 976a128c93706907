import type { CatalogSnapshot, EmbeddedCoverage } from '../../../core';
import { joinRegionCoverage, shardCoverage, summarisedShards } from '../../../core';
import type { EmbeddedCoverageSource } from '../../ports/embedded-coverage';

/**
 * An embedded catalog held in memory (tests): each shard summarised as the catalog build does;
 * `reads` counts the summaries read.
 */
export class MemoryEmbeddedCoverage implements EmbeddedCoverageSource {
  reads = 0;

  constructor(private readonly snapshot: CatalogSnapshot) {}

  async summaries(): Promise<EmbeddedCoverage> {
    this.reads += 1;
    const regions = [...new Set(this.snapshot.shards.map((s) => s.region))];
    return {
      version: this.snapshot.version,
      regions: new Map(
        regions.map((region) => {
          const shards = this.snapshot.shards.filter((s) => s.region === region);
          const listed = summarisedShards(shards.map((s) => ({ ...s, records: s.records.length })));
          const perShard = shards.map((s, i) => ({
            shard: listed[i]!,
            summary: shardCoverage(s).summary,
          }));
          const summary = joinRegionCoverage(
            region,
            perShard.map((p) => p.summary),
          );
          return [region, { shards: listed, perShard, summary }];
        }),
      ),
    };
  }
}
