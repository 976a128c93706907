import type { CatalogShard, PriceRecord, TermPart } from '../../core';

/**
 * Asked for a Reserved or Savings Plans price of a region whose commitments were not downloaded:
 * a caller that forgot to ask for them (`RegionCatalogCache.load(region, { commitments: true })`)
 * fails loudly instead of pricing "not in catalog".
 */
export class CommitmentsNotLoadedError extends Error {
  override readonly name = 'CommitmentsNotLoadedError';
}

/** A shard of the On-Demand part whose commitments part refuses to be read. */
export function onDemandOnlyShard(shard: CatalogShard, region: string): CatalogShard {
  const records = shard.records;
  const part = (which: TermPart): readonly PriceRecord[] => {
    if (which === 'on-demand') return records;
    throw new CommitmentsNotLoadedError(
      `The Reserved and Savings Plans prices of ${region} were not downloaded for this use ` +
        `(${shard.service}); reload the add-in.`,
    );
  };
  return { ...shard, records, partRecords: part };
}

/** The On-Demand part's shards with the commitments part's records added, service by service. */
export function withCommitments(
  onDemand: readonly CatalogShard[],
  commitments: readonly CatalogShard[],
): CatalogShard[] {
  const byKey = new Map(commitments.map((s) => [`${s.service}|${s.region}`, s]));
  const merged = onDemand.map((s) => {
    const extra = byKey.get(`${s.service}|${s.region}`);
    byKey.delete(`${s.service}|${s.region}`);
    return joined(s, extra?.records ?? []);
  });
  // A service with commitments and no On-Demand shard (none today) keeps its commitments.
  return [...merged, ...[...byKey.values()].map((s) => joined({ ...s, records: [] }, s.records))];
}

function joined(shard: CatalogShard, commitments: readonly PriceRecord[]): CatalogShard {
  const onDemand = shard.records;
  return {
    service: shard.service,
    region: shard.region,
    version: shard.version,
    publishedAt: shard.publishedAt,
    source: shard.source,
    records: [...onDemand, ...commitments],
    partRecords: (part) => (part === 'on-demand' ? onDemand : commitments),
  };
}
