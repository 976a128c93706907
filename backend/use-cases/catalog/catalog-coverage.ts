import type {
  AdminCatalogCoverage,
  EmbeddedCoverage,
  LiveShardCoverage,
  RegionCoverageSummary,
} from '../../../core';
import {
  EmbeddedCatalogError,
  combineCoverage,
  joinRegionCoverage,
  regionCoverage,
  staleShardCoverage,
} from '../../../core';
import type {
  CatalogOutline,
  CatalogOutlineSource,
  OutlinedShard,
} from '../../ports/catalog-outline';
import type { CatalogStore } from '../../ports/catalog-store';
import type { EmbeddedCoverageSource } from '../../ports/embedded-coverage';

export interface CatalogCoverageDeps {
  readonly catalog: CatalogOutlineSource;
  readonly embeddedCoverage: EmbeddedCoverageSource;
  /** Where a published shard without a usable stored summary is read from. */
  readonly catalogStore: Pick<CatalogStore, 'get'>;
}

/** Per catalog source, the last answer and the outline it was computed for. */
const answers = new WeakMap<
  CatalogOutlineSource,
  { key: string; answer: Promise<AdminCatalogCoverage> }
>();

/**
 * `GET /admin/catalog/coverage`: core's coverage summary (the one `npm run catalog:coverage`
 * prints) of the catalog the API prices with — the embedded shards overlaid with the catalog
 * store's later ones — joined per region from each shard's own summary: an embedded shard's from
 * the catalog build's coverage.json, a published shard's from the summary the store keeps with it
 * (DECISIONS 98). No shard body is read, except a published shard whose summary is missing or
 * not of its version and format: that one is read and summarised, one at a time, and named in
 * `computedLive`.
 */
export function catalogCoverageNow(deps: CatalogCoverageDeps): Promise<AdminCatalogCoverage> {
  return deps.catalog.outline().then((outline) => {
    const key = outlineKey(outline);
    const last = answers.get(deps.catalog);
    if (last?.key === key) return last.answer;
    const entry = { key, answer: coverageOf(outline, deps) };
    answers.set(deps.catalog, entry);
    // A failed computation is not remembered: the next request tries again.
    entry.answer.catch(() => {
      if (answers.get(deps.catalog) === entry) answers.delete(deps.catalog);
    });
    return entry.answer;
  });
}

function outlineKey(outline: CatalogOutline): string {
  return JSON.stringify([
    outline.version,
    outline.shards.map((s) => [s.region, s.service, s.version, s.publishedAt, s.origin]),
  ]);
}

async function coverageOf(
  outline: CatalogOutline,
  deps: CatalogCoverageDeps,
): Promise<AdminCatalogCoverage> {
  const embedded = await deps.embeddedCoverage.summaries();
  const computedLive: LiveShardCoverage[] = [];
  const parts: RegionCoverageSummary[] = [];
  for (const region of new Set(outline.shards.map((s) => s.region))) {
    const shards: RegionCoverageSummary[] = [];
    for (const shard of outline.shards.filter((s) => s.region === region))
      shards.push(await shardSummary(shard, embedded, deps, computedLive));
    parts.push(joinRegionCoverage(region, shards));
  }
  return { ...combineCoverage(outline.version, parts), computedLive };
}

async function shardSummary(
  shard: OutlinedShard,
  embedded: EmbeddedCoverage,
  deps: CatalogCoverageDeps,
  computedLive: LiveShardCoverage[],
): Promise<RegionCoverageSummary> {
  if (shard.origin === 'embedded') return embeddedSummary(shard, embedded);
  const reason = staleShardCoverage(shard.coverage, shard);
  if (!reason && shard.coverage) return shard.coverage.summary;
  const stored = await deps.catalogStore.get(shard.service, shard.region, shard.version);
  if (!stored)
    throw new Error(
      `The catalog store has no ${shard.service}/${shard.region} version ${shard.version}, which it lists as latest.`,
    );
  computedLive.push({
    region: shard.region,
    service: shard.service,
    version: shard.version,
    reason: reason ?? 'no stored summary',
  });
  return regionCoverage(shard.region, [stored.shard]);
}

/** An embedded shard's summary from coverage.json (which is checked against index.json). */
function embeddedSummary(shard: OutlinedShard, embedded: EmbeddedCoverage): RegionCoverageSummary {
  const found = embedded.regions
    .get(shard.region)
    ?.perShard.find(
      (s) =>
        s.shard.service === shard.service &&
        s.shard.version === shard.version &&
        s.shard.publishedAt === shard.publishedAt,
    );
  if (!found)
    throw new EmbeddedCatalogError(
      `The embedded catalog's coverage has no summary of ${shard.service} ${shard.region} version ${shard.version}, a shard of the catalog in use (its coverage.json and index.json are of different builds: run \`npm run catalog:build\`).`,
    );
  return found.summary;
}
