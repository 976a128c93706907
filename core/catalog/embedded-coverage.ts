/**
 * The embedded catalog's coverage, precomputed by `npm run catalog:build` into `coverage.json`
 * beside the region files (index.json names it): per region, `regionCoverage` of its shards and the
 * shards it was computed from. The admin API answers `GET /admin/catalog/coverage` from it without
 * reading a region file, and computes live only the regions whose shards the catalog store has
 * replaced (DECISIONS 93).
 */
import type { CatalogShard } from './catalog-shard';
import type { RegionCoverageSummary } from './coverage-parts';
import type { SourceTally } from './coverage-sources';
import type { EmbeddedIndex, EmbeddedShardEntry } from './embedded-index';
import { EmbeddedCatalogError } from './embedded-index';

/** `format` of coverage.json; a change of its shape changes the number. */
export const EMBEDDED_COVERAGE_FORMAT = 'aws-cost-embedded-coverage/1';
/** The file's name beside index.json (index.json's `coverage`). */
export const EMBEDDED_COVERAGE_FILE = 'coverage.json';

/** What a summary was computed from: a shard as index.json lists it, but for its source text. */
export type SummarisedShard = Omit<EmbeddedShardEntry, 'source'>;

/** A source tally with its references as positions in the file's `references` list. */
type StoredTally = Omit<SourceTally, 'references'> & { readonly references: readonly number[] };

/** One region of coverage.json. */
export interface StoredRegionCoverage {
  readonly region: string;
  /** The region's shards as index.json lists them: the summary holds for exactly these. */
  readonly shards: readonly SummarisedShard[];
  readonly coverage: RegionCoverageSummary['coverage'];
  readonly sources: readonly StoredTally[];
}

/** coverage.json: references listed once (sorted), regions in index order. */
export interface EmbeddedCoverageJson {
  readonly format: typeof EMBEDDED_COVERAGE_FORMAT;
  readonly version: string;
  readonly references: readonly string[];
  readonly regions: readonly StoredRegionCoverage[];
}

export interface EmbeddedRegionCoverage {
  readonly shards: readonly SummarisedShard[];
  readonly summary: RegionCoverageSummary;
}

/** The precomputed coverage of the embedded catalog, by region. */
export interface EmbeddedCoverage {
  readonly version: string;
  readonly regions: ReadonlyMap<string, EmbeddedRegionCoverage>;
}

/** The file's content for the regions' summaries (what the catalog build writes). */
export function embeddedCoverageJson(
  version: string,
  regions: readonly ({ readonly region: string } & EmbeddedRegionCoverage)[],
): EmbeddedCoverageJson {
  const references = [
    ...new Set(regions.flatMap((r) => r.summary.sources.flatMap((s) => s.references))),
  ].sort();
  const position = new Map(references.map((r, i) => [r, i]));
  return {
    format: EMBEDDED_COVERAGE_FORMAT,
    version,
    references,
    regions: regions.map(({ region, shards, summary }) => ({
      region,
      shards,
      coverage: summary.coverage,
      sources: summary.sources.map((s) => ({
        ...s,
        references: s.references.map((r) => position.get(r) ?? -1),
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
  if (!Array.isArray(fields.shards) || !Array.isArray(fields.sources) || !fields.coverage)
    throw new EmbeddedCatalogError(`${where}: expected its shards, coverage and sources.`);
  for (const [i, s] of (fields.sources as unknown[]).entries()) {
    const positions = (s as Partial<StoredTally> | null)?.references;
    if (!Array.isArray(positions) || positions.some((r: number) => references[r] === undefined))
      throw new EmbeddedCatalogError(`${where}.sources[${i}].references: not in the list.`);
  }
  return fields as StoredRegionCoverage;
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
    const sources = found.sources.map((s) => ({
      ...s,
      references: s.references.map((r) => references[r] ?? ''),
    }));
    regions.set(entry.region, {
      shards: found.shards,
      summary: { coverage: found.coverage, sources },
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
