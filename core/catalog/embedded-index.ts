/**
 * The index of the embedded catalog (`core/catalog/data/index.json`, written by
 * `npm run catalog:build`): the snapshot's version and, per region, the files holding its shards
 * and what each shard is (service, version, publication date, source, record counts). A region's
 * records are in two files by term (DECISIONS 95): `file` holds On-Demand and every other
 * non-commitment record, `commitmentsFile` the Reserved (with RI upfront fees) and Savings Plans
 * records. A process reads the index at start, a region's file when an estimate first asks for
 * that region's prices, and its commitments file only when a query asks for a Reserved or Savings
 * Plans term there (`lazyEmbeddedSnapshot`).
 */
import type { CatalogShard } from './catalog-shard';
import { termPart } from './term-parts';

/** `format` of index.json; a change of its shape changes the number. */
export const EMBEDDED_INDEX_FORMAT = 'aws-cost-embedded-index/2';
/**
 * The format before commitments had a file of their own: one file per region with every term.
 * Still read (a region without `commitmentsFile` is read that way).
 */
export const EMBEDDED_INDEX_FORMAT_V1 = 'aws-cost-embedded-index/1';
export type EmbeddedIndexFormat = typeof EMBEDDED_INDEX_FORMAT | typeof EMBEDDED_INDEX_FORMAT_V1;
/** A region's commitments file is `<region>` + this, beside its `<region>.json`. */
export const EMBEDDED_COMMITMENTS_SUFFIX = '.commitments.json';
/** The index's file name, beside the region files. */
export const EMBEDDED_INDEX_FILE = 'index.json';
/** The folder beside a Lambda bundle that holds the index and region files (infra copies them). */
export const EMBEDDED_CATALOG_BUNDLE_FOLDER = 'catalog-data';

export interface EmbeddedShardEntry {
  readonly service: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
  /**
   * Records of the shard in the region's `file`, checked when it is read: the non-commitment
   * records, or every record when the region has no `commitmentsFile`.
   */
  readonly records: number;
  /** Records of the shard in the region's `commitmentsFile` (absent: none). */
  readonly commitments?: number;
}

export interface EmbeddedRegionEntry {
  readonly region: string;
  /** File name beside index.json, e.g. `us-east-1.json`. */
  readonly file: string;
  /**
   * File of the region's Reserved and Savings Plans records, e.g. `us-east-1.commitments.json`;
   * absent when the region has none (or the index is format 1): `file` then holds every term.
   */
  readonly commitmentsFile?: string;
  readonly shards: readonly EmbeddedShardEntry[];
}

export interface EmbeddedIndex {
  readonly format: EmbeddedIndexFormat;
  readonly version: string;
  readonly createdAt: string;
  readonly regions: readonly EmbeddedRegionEntry[];
  /** The file of the regions' precomputed coverage (embedded-coverage.ts), beside the index. */
  readonly coverage?: string;
}

/** The index entry of a region whose shards are `shards` (what the catalog build writes). */
export function embeddedRegionEntry(
  region: string,
  shards: readonly CatalogShard[],
): EmbeddedRegionEntry {
  const entries = shards.map((s) => {
    const commitments = s.records.filter((r) => termPart(r.term) === 'commitments').length;
    return {
      service: s.service,
      version: s.version,
      publishedAt: s.publishedAt,
      source: s.source,
      records: s.records.length - commitments,
      ...(commitments ? { commitments } : {}),
    };
  });
  const split = entries.some((e) => e.commitments);
  return {
    region,
    file: `${region}.json`,
    ...(split ? { commitmentsFile: `${region}${EMBEDDED_COMMITMENTS_SUFFIX}` } : {}),
    shards: entries,
  };
}

/** Every file the index names (index.json itself not included), in index order. */
export function embeddedIndexFiles(index: EmbeddedIndex): string[] {
  return index.regions.flatMap((r) => (r.commitmentsFile ? [r.file, r.commitmentsFile] : [r.file]));
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

function count(fields: Fields, name: string, where: string): number {
  const value = fields[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new EmbeddedCatalogError(`${where}.${name}: expected a record count.`);
  return value;
}

function shardEntry(value: unknown, where: string, v1: boolean): EmbeddedShardEntry {
  const fields = object(value, where);
  if (v1 && fields['commitments'] !== undefined)
    throw new EmbeddedCatalogError(
      `${where}.commitments: a format 1 index has no commitments files.`,
    );
  const commitments = fields['commitments'] === undefined ? 0 : count(fields, 'commitments', where);
  return {
    service: text(fields, 'service', where),
    version: text(fields, 'version', where),
    publishedAt: text(fields, 'publishedAt', where),
    source: text(fields, 'source', where),
    records: count(fields, 'records', where),
    ...(commitments ? { commitments } : {}),
  };
}

function fileName(fields: Fields, name: string, where: string): string {
  const file = text(fields, name, where);
  if (file.includes('/') || file.includes('\\') || !file.endsWith('.json'))
    throw new EmbeddedCatalogError(`${where}.${name}: '${file}' is not a .json file name.`);
  return file;
}

function regionEntry(value: unknown, where: string, v1: boolean): EmbeddedRegionEntry {
  const fields = object(value, where);
  const file = fileName(fields, 'file', where);
  if (v1 && fields['commitmentsFile'] !== undefined)
    throw new EmbeddedCatalogError(
      `${where}.commitmentsFile: a format 1 index has no commitments files.`,
    );
  const commitmentsFile =
    fields['commitmentsFile'] === undefined
      ? undefined
      : fileName(fields, 'commitmentsFile', where);
  if (commitmentsFile === file)
    throw new EmbeddedCatalogError(`${where}.commitmentsFile: the same file as ${where}.file.`);
  const shards = list(fields, 'shards', where).map((s, i) =>
    shardEntry(s, `${where}.shards[${i}]`, v1),
  );
  const counted = shards.findIndex((s) => s.commitments);
  if (counted >= 0 && commitmentsFile === undefined)
    throw new EmbeddedCatalogError(
      `${where}.shards[${counted}].commitments: the region names no commitmentsFile to hold them.`,
    );
  const services = new Set<string>();
  for (const [i, s] of shards.entries()) {
    if (services.has(s.service))
      throw new EmbeddedCatalogError(`${where}.shards[${i}]: a second ${s.service} shard.`);
    services.add(s.service);
  }
  return {
    region: text(fields, 'region', where),
    file,
    ...(commitmentsFile ? { commitmentsFile } : {}),
    shards,
  };
}

/**
 * Reads parsed index.json (`name` is how errors call it, e.g. its path); throws
 * EmbeddedCatalogError naming the field that is wrong.
 */
export function parseEmbeddedIndex(json: unknown, name = EMBEDDED_INDEX_FILE): EmbeddedIndex {
  const fields = object(json, name);
  const format = fields['format'];
  if (format !== EMBEDDED_INDEX_FORMAT && format !== EMBEDDED_INDEX_FORMAT_V1)
    throw new EmbeddedCatalogError(
      `${name}.format is ${JSON.stringify(format)}, expected '${EMBEDDED_INDEX_FORMAT}' or ` +
        `'${EMBEDDED_INDEX_FORMAT_V1}' (an index written before regions were read on first use: ` +
        'run `npm run catalog:build`).',
    );
  const v1 = format === EMBEDDED_INDEX_FORMAT_V1;
  const regions = list(fields, 'regions', name).map((r, i) =>
    regionEntry(r, `${name}.regions[${i}]`, v1),
  );
  const seen = new Set<string>();
  for (const [i, r] of regions.entries()) {
    if (seen.has(r.region))
      throw new EmbeddedCatalogError(`${name}.regions[${i}]: region ${r.region} is listed twice.`);
    seen.add(r.region);
  }
  return {
    format,
    version: text(fields, 'version', name),
    createdAt: text(fields, 'createdAt', name),
    regions,
    ...(fields['coverage'] === undefined ? {} : { coverage: fileName(fields, 'coverage', name) }),
  };
}
