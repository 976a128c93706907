/**
 * The embedded catalog's coverage, precomputed by `npm run catalog:build` into `coverage.json`
 * beside the region files (index.json names it): per region, each of its shards with that shard's
 * coverage summary (shard-coverage.ts). The admin API answers `GET /admin/catalog/coverage` from it
 * without reading a region file, joining a region's embedded shards' summaries with the ones the
 * catalog store keeps for the shards it replaced (DECISIONS 93, 98).
 */
import type { CatalogShard } from './catalog-shard';
import type { RegionCoverageSummary } from './coverage-parts';
import type { SourceTally } from './coverage-sources';
import type { EmbeddedIndex, EmbeddedShardEntry } from './embedded-index';
import { EmbeddedCatalogError } from './embedded-index';
import { joinRegionCoverage } from './shard-coverage';

/**
 * `format` of coverage.json; a change of its shape changes the number (2: per shard; 3: a service's
 * confirmed prices, DECISIONS 101).
 */
export const EMBEDDED_COVERAGE_FORMAT = 'aws-cost-embedded-coverage/3';
/** The file's name beside index.json (index.json's `coverage`). */
export const EMBEDDED_COVERAGE_FILE = 'coverage.json';

/** What a summary was computed from: a shard as index.json lists it, but for its source text. */
export type SummarisedShard = Omit<EmbeddedShardEntry, 'source'>;

/** A source tally with its references as positions in the file's `references` list. */
type StoredTally = Omit<SourceTally, 'references'> & { readonly references: readonly number[] };

/** A shard of coverage.json: as index.json lists it, with its own summary. */
export type StoredShardCoverage = SummarisedShard & {
  readonly coverage: RegionCoverageSummary['coverage'];
  readonly sources: readonly StoredTally[];
};

/** One region of coverage.json: its shards as index.json lists them, each summarised. */
export interface StoredRegionCoverage {
  readonly region: string;
  readonly shards: readonly StoredShardCoverage[];
}

/** coverage.json: references listed once (sorted), regions in index order. */
export interface EmbeddedCoverageJson {
  readonly format: typeof EMBEDDED_COVERAGE_FORMAT;
  readonly version: string;
  readonly references: readonly string[];
  readonly regions: readonly StoredRegionCoverage[];
}

/** A summarised shard and its summary. */
export interface SummarisedShardCoverage {
  readonly shard: SummarisedShard;
  readonly summary: RegionCoverageSummary;
}

export interface EmbeddedRegionCoverage {
  readonly shards: readonly SummarisedShard[];
  /** Each shard's own summary, in the order of `shards`. */
  readonly perShard: readonly SummarisedShardCoverage[];
  /** The region's summary: its shards' joined. */
  readonly summary: RegionCoverageSummary;
}

/** The precomputed coverage of the embedded catalog, by region. */
export interface EmbeddedCoverage {
  readonly version: string;
  readonly regions: ReadonlyMap<string, EmbeddedRegionCoverage>;
}

/** The file's content for the regions' shard summaries (what the catalog build writes). */
export function embeddedCoverageJson(
  version: string,
  regions: readonly {
    readonly region: string;
    readonly shards: readonly SummarisedShardCoverage[];
  }[],
): EmbeddedCoverageJson {
  const summaries = regions.flatMap((r) => r.shards.map((s) => s.summary));
  const references = [
    ...new Set(summaries.flatMap((s) => s.sources.flatMap((t) => t.references))),
  ].sort();
  const position = new Map(references.map((r, i) => [r, i]));
  return {
    format: EMBEDDED_COVERAGE_FORMAT,
    version,
    references,
    regions: regions.map(({ region, shards }) => ({
      region,
      shards: shards.map(({ shard, summary }) => ({
        ...summarisedShards([shard])[0]!,
        coverage: summary.coverage,
        sources: summary.sources.map((s) => ({
          ...s,
          references: s.references.map((r) => position.get(r) ?? -1),
        })),
      })),
    })),
  };
}

/** The shards of an index entry as a summary records them. */
export function summarisedShards(shards: readonly SummarisedShard[]): SummarisedShard[] {
  return shards.map(({ service, version, publishedAt, records }) => ({
    service,
    version,
    publishedAt,
    records,
  }));
}

function shardsText(shards: readonly SummarisedShard[]): string {
  return JSON.stringify(summarisedShards(shards));
}

function storedRegion(
  value: unknown,
  references: readonly string[],
  where: string,
): StoredRegionCoverage {
  const fields = value as Partial<StoredRegionCoverage> | null;
  if (typeof fields !== 'object' || fields === null || typeof fields.region !== 'string')
    throw new EmbeddedCatalogError(`${where}: expected a region's coverage.`);
  if (!Array.isArray(fields.shards))
    throw new EmbeddedCatalogError(`${where}.shards: expected the region's shards.`);
  for (const [i, shard] of (fields.shards as unknown[]).entries())
    storedShard(shard, references, `${where}.shards[${i}]`);
  return fields as StoredRegionCoverage;
}

function storedShard(value: unknown, references: readonly string[], where: string): void {
  const fields = value as Partial<StoredShardCoverage> | null;
  if (typeof fields !== 'object' || fields === null || typeof fields.service !== 'string')
    throw new EmbeddedCatalogError(`${where}: expected a shard's coverage.`);
  if (!Array.isArray(fields.sources) || !fields.coverage)
    throw new EmbeddedCatalogError(`${where}: expected its coverage and sources.`);
  for (const [i, s] of (fields.sources as unknown[]).entries()) {
    const positions = (s as Partial<StoredTally> | null)?.references;
    if (!Array.isArray(positions) || positions.some((r: number) => references[r] === undefined))
      throw new EmbeddedCatalogError(`${where}.sources[${i}].references: not in the list.`);
  }
}

/**
 * Reads parsed coverage.json against the index it belongs to (`name` is how errors call the file):
 * it must be of the index's version and hold every region of the index computed from exactly the
 * shards the index lists, else EmbeddedCatalogError names what differs.
 */
export function parseEmbeddedCoverage(
  json: unknown,
  index: EmbeddedIndex,
  name = EMBEDDED_COVERAGE_FILE,
): EmbeddedCoverage {
  const file = json as Partial<EmbeddedCoverageJson> | null;
  const rebuild =
    '(the file and index.json come from different builds: run `npm run catalog:build`)';
  if (typeof file !== 'object' || file === null || file.format !== EMBEDDED_COVERAGE_FORMAT)
    throw new EmbeddedCatalogError(`${name}.format: expected '${EMBEDDED_COVERAGE_FORMAT}'.`);
  if (file.version !== index.version)
    throw new EmbeddedCatalogError(
      `${name} is of catalog ${String(file.version)}, index.json of ${index.version} ${rebuild}.`,
    );
  if (!Array.isArray(file.references) || !Array.isArray(file.regions))
    throw new EmbeddedCatalogError(`${name}: expected its references and regions lists.`);
  const references = file.references;
  const stored = new Map(
    file.regions.map((r, i) => {
      const region = storedRegion(r, references, `${name}.regions[${i}]`);
      return [region.region, region];
    }),
  );
  const regions = new Map<string, EmbeddedRegionCoverage>();
  for (const entry of index.regions) {
    const found = stored.get(entry.region);
    if (!found)
      throw new EmbeddedCatalogError(`${name} has no coverage of ${entry.region} ${rebuild}.`);
    if (shardsText(found.shards) !== shardsText(entry.shards))
      throw new EmbeddedCatalogError(
        `${name}: the shards of ${entry.region} differ from index.json ${rebuild}.`,
      );
    const perShard = found.shards.map((s) => ({
      shard: summarisedShards([s])[0]!,
      summary: {
        coverage: s.coverage,
        sources: s.sources.map((t) => ({
          ...t,
          references: t.references.map((r) => references[r] ?? ''),
        })),
      },
    }));
    regions.set(entry.region, {
      shards: perShard.map((s) => s.shard),
      perShard,
      summary: joinRegionCoverage(
        entry.region,
        perShard.map((s) => s.summary),
      ),
    });
  }
  return { version: file.version, regions };
}

function shardKey(s: Omit<SummarisedShard, 'records'>): string {
  return JSON.stringify([s.service, s.version, s.publishedAt]);
}

/**
 * Whether `shard` is one of the embedded shards a summary was computed from (the catalog store
 * replaces a shard only by a later publication, so version and date tell them apart without
 * reading a record).
 */
export function isSummarised(summary: readonly SummarisedShard[], shard: CatalogShard): boolean {
  return summary.some((s) => shardKey(s) === shardKey(shard));
}

/** Whether a catalog's shards of a region are exactly the embedded ones a summary was computed from. */
export function sameShards(
  summary: readonly SummarisedShard[],
  shards: readonly CatalogShard[],
): boolean {
  const expected = new Set(summary.map(shardKey));
  return shards.length === expected.size && shards.every((s) => expected.has(shardKey(s)));
}
