/**
 * The committed files of the embedded catalog (core/catalog/data), rendered from a built catalog:
 * per region `<region>.json` (its On-Demand and other non-commitment records) and, where it has
 * Reserved or Savings Plans records, `<region>.commitments.json` (those; DECISIONS 95) — core's
 * shard codec, one record per line so a diff shows the prices that moved — and `index.json`
 * (core/catalog/embedded-index.ts: per region its files and its shards' service, version, date,
 * source and record counts, so a process reads a region only when it prices there, and its
 * commitments only when it prices a commitment) and `coverage.json` (coverage-file.ts: each
 * region's coverage summary).
 */
import { gzipSync } from 'node:zlib';
import type { CatalogShard } from '../../core/catalog/catalog-shard';
import { EMBEDDED_COVERAGE_FILE } from '../../core/catalog/embedded-coverage';
import type { EmbeddedRegionEntry } from '../../core/catalog/embedded-index';
import {
  EMBEDDED_INDEX_FILE,
  EMBEDDED_INDEX_FORMAT,
  embeddedRegionEntry,
} from '../../core/catalog/embedded-index';
import { COMMITMENTS_FILE_TERMS } from '../../core/catalog/embedded-snapshot';
import type { EncodedShard } from '../../core/catalog/shard-codec';
import { encodeShard } from '../../core/catalog/shard-codec';
import { splitRegionShards } from '../../core/catalog/term-parts';
import type { BuiltCatalog } from './build';
import { coverageFileText } from './coverage-file';

function shardText(shard: EncodedShard): string {
  const { records, ...head } = shard;
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"records":[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}`;
}

/**
 * A region file: `{"region", "shards": [...]}` with one encoded record per line; a commitments
 * file says so: `{"region", "terms": "commitments", "shards": [...]}`.
 */
export function regionFileText(
  region: string,
  shards: readonly CatalogShard[],
  commitments = false,
): string {
  const body = shards.map((s) => shardText(encodeShard(s))).join(',\n');
  const terms = commitments ? `"terms":${JSON.stringify(COMMITMENTS_FILE_TERMS)},` : '';
  return `{"region":${JSON.stringify(region)},${terms}"shards":[\n${body}\n]}\n`;
}

/** index.json: per region its file and what each shard is, one shard per line. */
function indexText(built: BuiltCatalog): string {
  const entries = built.regions.map((region) =>
    embeddedRegionEntry(
      region,
      built.snapshot.shards.filter((s) => s.region === region),
    ),
  );
  const region = (e: EmbeddedRegionEntry): string => {
    const { shards, ...head } = e;
    const lines = shards.map((s) => `        ${JSON.stringify(s)}`).join(',\n');
    return `    ${JSON.stringify(head).slice(0, -1)},"shards":[\n${lines}\n    ]}`;
  };
  return [
    '{',
    `  "format": ${JSON.stringify(EMBEDDED_INDEX_FORMAT)},`,
    `  "version": ${JSON.stringify(built.snapshot.version)},`,
    `  "createdAt": ${JSON.stringify(built.snapshot.createdAt)},`,
    `  "coverage": ${JSON.stringify(EMBEDDED_COVERAGE_FILE)},`,
    '  "regions": [',
    entries.map(region).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

/** Every file of core/catalog/data the build writes, by name. */
export function catalogFiles(built: BuiltCatalog): Map<string, string> {
  const files = new Map<string, string>();
  for (const region of built.regions) {
    const shards = built.snapshot.shards.filter((s) => s.region === region);
    const entry = embeddedRegionEntry(region, shards);
    const { onDemand, commitments } = splitRegionShards(shards);
    files.set(entry.file, regionFileText(region, onDemand));
    if (entry.commitmentsFile)
      files.set(entry.commitmentsFile, regionFileText(region, commitments, true));
  }
  files.set(EMBEDDED_INDEX_FILE, indexText(built));
  files.set(EMBEDDED_COVERAGE_FILE, coverageFileText(built.snapshot, built.regions));
  return files;
}

export interface RegionSize {
  readonly region: string;
  /** Records of the region's file (On-Demand and the rest) and of its commitments file. */
  readonly records: number;
  readonly commitmentRecords: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly commitmentBytes: number;
  readonly commitmentGzipBytes: number;
  /**
   * gzip bytes of what the add-in downloads for the region's On-Demand cells (its non-commitment
   * records and the global ones) and, when a cell or estimate uses a Reserved or Savings Plans
   * term, for its commitments (`GET /calculations/pricing-data?region=R&terms=commitments`).
   */
  readonly downloadGzipBytes: number;
  readonly commitmentDownloadGzipBytes: number;
}

function gzipBytes(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

/** The body of the API's pricing-data answer for these shards (as the add-in downloads it). */
function downloadBytes(version: string, region: string, shards: readonly CatalogShard[]): number {
  if (!shards.length) return 0;
  return gzipBytes(
    JSON.stringify({ catalogVersion: version, region, shards: shards.map(encodeShard) }),
  );
}

/** Records, raw and gzip bytes per region file, and the gzip size of each region's downloads. */
export function regionSizes(built: BuiltCatalog, files: Map<string, string>): RegionSize[] {
  const global = splitRegionShards(built.snapshot.shards.filter((s) => s.region === 'global'));
  const version = built.snapshot.version;
  return built.regions.map((region) => {
    const shards = built.snapshot.shards.filter((s) => s.region === region);
    const entry = embeddedRegionEntry(region, shards);
    const { onDemand, commitments } = splitRegionShards(shards);
    const text = files.get(entry.file) ?? '';
    const commitmentText = entry.commitmentsFile ? (files.get(entry.commitmentsFile) ?? '') : '';
    const other = region === 'global' ? undefined : global;
    const count = (list: readonly CatalogShard[]) => list.reduce((n, s) => n + s.records.length, 0);
    return {
      region,
      records: count(onDemand),
      commitmentRecords: count(commitments),
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipBytes(text),
      commitmentBytes: Buffer.byteLength(commitmentText),
      commitmentGzipBytes: commitmentText ? gzipBytes(commitmentText) : 0,
      downloadGzipBytes: downloadBytes(version, region, [...onDemand, ...(other?.onDemand ?? [])]),
      commitmentDownloadGzipBytes: downloadBytes(version, region, [
        ...commitments,
        ...(other?.commitments ?? []),
      ]),
    };
  });
}
