import type {
  CatalogCoverage,
  CatalogShard,
  CatalogSnapshot,
  RegionCoverageSummary,
  SummarisedShard,
} from '../../../core';
import {
  EmbeddedCatalogError,
  combineCoverage,
  isSummarised,
  regionCoverage,
  sameShards,
} from '../../../core';
import type { CatalogSource } from '../../ports/catalog-source';
import type { EmbeddedCoverageSource } from '../../ports/embedded-coverage';

export interface CatalogCoverageDeps {
  readonly catalog: CatalogSource;
  readonly embeddedCoverage: EmbeddedCoverageSource;
}

/** One summary per snapshot object: the catalog cache hands out the same one until it reloads. */
const computed = new WeakMap<CatalogSnapshot, Promise<CatalogCoverage>>();

/**
 * `GET /admin/catalog/coverage`: core's coverage report (the one `npm run catalog:coverage`
 * prints) of the catalog the API prices with — the embedded snapshot overlaid with the published
 * shards — summarised per region and service. A region whose shards are all embedded is answered
 * from the catalog build's precomputed summary; a region the catalog store has replaced shards of
 * is computed from its shards, one region at a time (DECISIONS 93).
 */
export function catalogCoverageNow(deps: CatalogCoverageDeps): Promise<CatalogCoverage> {
  return deps.catalog.snapshot().then((snapshot) => {
    let summary = computed.get(snapshot);
    if (!summary) {
      summary = coverageOf(snapshot, deps);
      computed.set(snapshot, summary);
      // A failed computation is not remembered: the next request tries again.
      summary.catch(() => computed.delete(snapshot));
    }
    return summary;
  });
}

async function coverageOf(
  snapshot: CatalogSnapshot,
  deps: CatalogCoverageDeps,
): Promise<CatalogCoverage> {
  const embedded = await deps.embeddedCoverage.summaries();
  const parts: RegionCoverageSummary[] = [];
  for (const region of new Set(snapshot.shards.map((s) => s.region))) {
    const shards = snapshot.shards.filter((s) => s.region === region);
    const summarised = embedded.regions.get(region);
    if (summarised && sameShards(summarised.shards, shards)) parts.push(summarised.summary);
    else
      parts.push(
        regionCoverage(region, await liveShards(region, shards, summarised?.shards ?? [], deps)),
      );
  }
  return combineCoverage(snapshot.version, parts);
}

/**
 * A partly replaced region's shards to compute from: the store's as the snapshot holds them, the
 * embedded ones read afresh, so that the process's shared embedded snapshot does not keep them.
 */
async function liveShards(
  region: string,
  shards: readonly CatalogShard[],
  summarised: readonly SummarisedShard[],
  deps: CatalogCoverageDeps,
): Promise<readonly CatalogShard[]> {
  if (!shards.some((s) => isSummarised(summarised, s))) return shards;
  const fresh = await deps.embeddedCoverage.regionShards(region);
  return shards.map((s) => {
    if (!isSummarised(summarised, s)) return s;
    const found = fresh.find((f) => f.service === s.service && f.version === s.version);
    if (!found)
      throw new EmbeddedCatalogError(
        `The embedded catalog's ${region} file has no ${s.service} shard of version ${s.version}, which its coverage summary lists.`,
      );
    return found;
  });
}
