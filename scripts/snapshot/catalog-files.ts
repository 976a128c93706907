/**
 * The committed files of the embedded catalog (core/catalog/data), rendered from a built catalog:
 * per region `<region>.json` (core's shard codec, one record per line so a diff shows the prices that
 * moved), `index.json` (core/catalog/embedded-index.ts: per region its file and its shards'
 * service, version, date, source and record count, so a process reads a region only when it
 * prices there) and `coverage.json` (coverage-file.ts: each region's coverage summary).
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
import type { EncodedShard } from '../../core/catalog/shard-codec';
import { encodeShard } from '../../core/catalog/shard-codec';
import type { BuiltCatalog } from './build';
import { coverageFileText } from './coverage-file';

function shardText(shard: EncodedShard): string {
  const { records, ...head } = shard;
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"records":[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}`;
}

/** A region file: `{"region", "shards": [...]}` with one encoded record per line. */
export function regionFileText(region: string, shards: readonly CatalogShard[]): string {
  const body = shards.map((s) => shardText(encodeShard(s))).join(',\n');
  return `{"region":${JSON.stringify(region)},"shards":[\n${body}\n]}\n`;
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
    files.set(`${region}.json`, regionFileText(region, shards));
  }
  files.set(EMBEDDED_INDEX_FILE, indexText(built));
  files.set(EMBEDDED_COVERAGE_FILE, coverageFileText(built.snapshot, built.regions));
  return files;
}

export interface RegionSize {
  readonly region: string;
  readonly records: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** gzip bytes of what the add-in downloads for the region: its shards and the global ones. */
  readonly downloadGzipBytes: number;
}

/** Records, raw and gzip bytes per region file, and the gzip size of each region's download. */
export function regionSizes(built: BuiltCatalog, files: Map<string, string>): RegionSize[] {
  const global = built.snapshot.shards.filter((s) => s.region === 'global');
  return built.regions.map((region) => {
    const text = files.get(`${region}.json`) ?? '';
    const shards = built.snapshot.shards.filter((s) => s.region === region);
    const download = JSON.stringify({
      catalogVersion: built.snapshot.version,
      region,
      shards: [...shards, ...(region === 'global' ? [] : global)].map(encodeShard),
    });
    return {
      region,
      records: shards.reduce((n, s) => n + s.records.length, 0),
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 9 }).length,
      downloadGzipBytes: gzipSync(download, { level: 9 }).length,
    };
  });
}
