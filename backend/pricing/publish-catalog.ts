import type { CatalogShard, CatalogSnapshot, GateReport, PriceNeed } from '../../core';
import { runValidationGate } from '../../core';
import type { CatalogStore, StoredShardInfo } from '../ports/catalog-store';

export interface PublishOptions {
  readonly needs?: readonly PriceNeed[];
  readonly maxMovedShare?: number;
  readonly sourceProblems?: readonly string[];
}

export interface PublishResult {
  readonly report: GateReport;
  /** The shards stored; empty when the gate refused the catalog. */
  readonly stored: readonly StoredShardInfo[];
}

/**
 * Publish an imported catalog: compare it with what the store holds as latest for the same
 * services and regions, run the validation gate, and store every shard only when it passes.
 * Earlier versions stay in the store (an estimate that used one can still be re-priced and diffed).
 */
export async function publishCatalog(
  store: CatalogStore,
  candidate: CatalogSnapshot,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const previousShards: CatalogShard[] = [];
  for (const shard of candidate.shards) {
    const latest = await store.latest(shard.service, shard.region);
    if (latest) previousShards.push(latest.shard);
  }
  const previousVersion = previousShards
    .map((s) => s.version)
    .sort()
    .at(-1);
  const previous: CatalogSnapshot | undefined = previousVersion
    ? { version: previousVersion, createdAt: '', shards: previousShards }
    : undefined;
  const report = runValidationGate({
    candidate,
    previous,
    needs: options.needs ?? [],
    sourceProblems: options.sourceProblems,
    options: { maxMovedShare: options.maxMovedShare },
  });
  if (!report.passed) return { report, stored: [] };
  const stored: StoredShardInfo[] = [];
  for (const shard of candidate.shards) stored.push(await store.put(shard));
  return { report, stored };
}
