/**
 * The index of the embedded catalog (`core/catalog/data/index.json`, written by
 * `npm run catalog:build`): the snapshot's version and, per region, the file holding its shards and
 * what each shard is (service, version, publication date, source, record count). A process reads
 * the index at start and a region file only when an estimate asks for that region's prices
 * (`lazyEmbeddedSnapshot`).
 */
import type { CatalogShard } from './catalog-shard';

/** `format` of index.json; a change of its shape changes the number. */
export const EMBEDDED_INDEX_FORMAT = 'aws-cost-embedded-index/1';
/** The index's file name, beside the region files. */
export const EMBEDDED_INDEX_FILE = 'index.json';
/** The folder beside a Lambda bundle that holds the index and region files (infra copies them). */
export const EMBEDDED_CATALOG_BUNDLE_FOLDER = 'catalog-data';

export interface EmbeddedShardEntry {
  readonly service: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
  /** Records the shard holds, checked when the region file is read. */
  readonly records: number;
}

export interface EmbeddedRegionEntry {
  readonly region: string;
  /** File name beside index.json, e.g. `us-east-1.json`. */
  readonly file: string;
  readonly shards: readonly EmbeddedShardEntry[];
}

export interface EmbeddedIndex {
  readonly format: typeof EMBEDDED_INDEX_FORMAT;
  readonly version: string;
  readonly createdAt: string;
  readonly regions: readonly EmbeddedRegionEntry[];
  /** The file of the regions' precomputed coverage (embedded-coverage.ts), beside the index. */
  readonly coverage?: string;
}

/** The index entry of a region file holding `shards` (what the catalog build writes). */
export function embeddedRegionEntry(
  region: string,
  shards: readonly CatalogShard[],
): EmbeddedRegionEntry {
  return {
    region,
    file: `${region}.json`,
    shards: shards.map((s) => ({
      service: s.service,
      version: s.version,
      publishedAt: s.publishedAt,
      source: s.source,
      records: s.records.length,
    })),
  };
}

/** A region file or the index is missing, unreadable or disagrees with the other; names the file. */
export class EmbeddedCatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedCatalogError';
  }
}

type Fields = Record<string, unknown>;

function object(value: unknown, where: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new EmbeddedCatalogError(`${where}: expected an object.`);
  return value as Fields;
}

function text(fields: Fields, name: string, where: string): string {
  const value = fields[name];
  if (typeof value !== 'string' || value === '')
    throw new EmbeddedCatalogError(`${where}.${name}: expected a non-empty string.`);
  return value;
}

function list(fields: Fields, name: string, where: string): unknown[] {
  const value = fields[name];
  if (!Array.isArray(value)) throw new EmbeddedCatalogError(`${where}.${name}: expected a list.`);
  return value;
}

function shardEntry(value: unknown, where: string): EmbeddedShardEntry {
  const fields = object(value, where);
  const records = fields['records'];
  if (typeof records !== 'number' || !Number.isInteger(records) || records < 0)
    throw new EmbeddedCatalogError(`${where}.records: expected a record count.`);
  return {
    service: text(fields, 'service', where),
    version: text(fields, 'version', where),
    publishedAt: text(fields, 'publishedAt', where),
    source: text(fields, 'source', where),
    records,
  };
}

function fileName(fields: Fields, name: string, where: string): string {
  const file = text(fields, name, where);
  if (file.includes('/') || file.includes('\\') || !file.endsWith('.json'))
    throw new EmbeddedCatalogError(`${where}.${name}: '${file}' is not a .json file name.`);
  return file;
}

function regionEntry(value: unknown, where: string): EmbeddedRegionEntry {
  const fields = object(value, where);
  const file = fileName(fields, 'file', where);
  const shards = list(fields, 'shards', where).map((s, i) =>
    shardEntry(s, `${where}.shards[${i}]`),
  );
  const services = new Set<string>();
  for (const [i, s] of shards.entries()) {
    if (services.has(s.service))
      throw new EmbeddedCatalogError(`${where}.shards[${i}]: a second ${s.service} shard.`);
    services.add(s.service);
  }
  return { region: text(fields, 'region', where), file, shards };
}

/**
 * Reads parsed index.json (`name` is how errors call it, e.g. its path); throws
 * EmbeddedCatalogError naming the field that is wrong.
 */
export function parseEmbeddedIndex(json: unknown, name = EMBEDDED_INDEX_FILE): EmbeddedIndex {
  const fields = object(json, name);
  if (fields['format'] !== EMBEDDED_INDEX_FORMAT)
    throw new EmbeddedCatalogError(
      `${name}.format is ${JSON.stringify(fields['format'])}, expected '${EMBEDDED_INDEX_FORMAT}' ` +
        '(an index written before regions were read on first use: run `npm run catalog:build`).',
    );
  const regions = list(fields, 'regions', name).map((r, i) =>
    regionEntry(r, `${name}.regions[${i}]`),
  );
  const seen = new Set<string>();
  for (const [i, r] of regions.entries()) {
    if (seen.has(r.region))
      throw new EmbeddedCatalogError(`${name}.regions[${i}]: region ${r.region} is listed twice.`);
    seen.add(r.region);
  }
  return {
    format: EMBEDDED_INDEX_FORMAT,
    version: text(fields, 'version', name),
    createdAt: text(fields, 'createdAt', name),
    regions,
    ...(fields['coverage'] === undefined ? {} : { coverage: fileName(fields, 'coverage', name) }),
  };
}
