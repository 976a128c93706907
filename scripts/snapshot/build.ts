/**
 * `npm run catalog:build [-- --date YYYY-MM-DD]` — builds the embedded catalog (core/catalog/data)
 * from the curated records (../shared/pricing-reference and AWS's pricing pages, curate.ts) and
 * AWS's pricing-page feeds (../shared/price-data, feeds.ts), merged by merge.ts (the newer
 * publication date wins; a same-date disagreement stops the build), checked by core's validation
 * gate, and written one file per region (catalog-files.ts). The same inputs give the same bytes:
 * test/core/catalog/snapshot-curation.test.ts compares the committed files with this output.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CatalogShard, CatalogSnapshot } from '../../core/catalog/catalog-shard';
import type { PriceRecord } from '../../core/catalog/price-record';
import { isCurated } from '../../core/catalog/price-record';
import { runValidationGate } from '../../core/catalog/validation-gate';
import { catalogNeeds, splitNeeds } from '../../core/estimate/catalog-needs';
import { catalogFiles, regionSizes } from './catalog-files';
import { SHARD_SOURCE, allRecords } from './curate';
import { REGIONS } from './curated-record';
import type { FeedSummary } from './feeds';
import { feedRecords } from './feeds';
import type { MergeReport } from './merge';
import { changeSummary, mergeRecords } from './merge';
import { runMain } from '../run-main';

export interface BuiltCatalog {
  readonly snapshot: CatalogSnapshot;
  /** The regions written, in order, then `global`. */
  readonly regions: readonly string[];
  readonly feeds: readonly FeedSummary[];
  readonly curatedRecords: number;
  readonly merge: MergeReport;
}

/** Group records into (service, region) shards; version = the newest price date in the shard. */
export function toShards(records: readonly PriceRecord[]): CatalogShard[] {
  const groups = new Map<string, PriceRecord[]>();
  const ids = new Set<string>();
  for (const record of records) {
    const key = `${record.service}|${record.region}|${record.id}`;
    if (ids.has(key))
      throw new Error(`Duplicate record id ${record.id} (${record.service} ${record.region}).`);
    ids.add(key);
    const shard = `${record.service}|${record.region}`;
    const group = groups.get(shard);
    if (group) group.push(record);
    else groups.set(shard, [record]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => shardOf(group));
}

function shardOf(group: PriceRecord[]): CatalogShard {
  const first = group[0]!;
  const version = group.reduce((v, r) => (r.effectiveDate > v ? r.effectiveDate : v), '');
  const curated = SHARD_SOURCE[first.service];
  if (!curated) throw new Error(`No shard source description for ${first.service}.`);
  const feeds = [...new Set(group.filter((r) => !isCurated(r)).map((r) => r.source?.note))].length;
  // A stable order, so that the files change only where prices change.
  const records = group
    .map((r) => ({ r, key: `${r.productFamily}|${r.attributes.instanceType ?? ''}|${r.id}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ r }) => r);
  return {
    service: first.service,
    region: first.region,
    version,
    publishedAt: `${version}T00:00:00Z`,
    source: feeds ? `aws-pricing-page-feeds + ${curated}` : curated,
    records,
  };
}

/** Build the catalog in memory; throws when sources conflict or the gate refuses it. */
export async function buildCatalog(date: string): Promise<BuiltCatalog> {
  const curated = allRecords();
  const feeds = await feedRecords();
  const merged = mergeRecords([...curated, ...feeds.records]);
  const snapshot: CatalogSnapshot = {
    version: `embedded-${date}`,
    createdAt: `${date}T00:00:00Z`,
    shards: toShards(merged.records),
  };
  const { required } = splitNeeds(catalogNeeds());
  const report = runValidationGate({ candidate: snapshot, needs: required });
  if (!report.passed) throw new Error(`The validation gate refused the catalog:\n${report.text}`);
  return {
    snapshot,
    regions: [...REGIONS, 'global'],
    feeds: feeds.files,
    curatedRecords: curated.length,
    merge: merged.report,
  };
}

/** Where the build writes: the committed snapshot of core. */
export const DATA_DIR = path.resolve(__dirname, '../../core/catalog/data');

function writeFiles(files: Map<string, string>): void {
  // Also removes what earlier builds wrote and this one does not (region-files.ts, <region>.d.json.ts).
  const generated = /\.(json|d\.json\.ts)$|^region-files\.ts$/;
  for (const name of readdirSync(DATA_DIR)) {
    if (generated.test(name) && !files.has(name)) rmSync(path.join(DATA_DIR, name));
  }
  for (const [name, text] of files) writeFileSync(path.join(DATA_DIR, name), text);
}

function printSummary(built: BuiltCatalog, files: Map<string, string>, ms: number): void {
  const skipped = built.feeds.reduce((n, f) => n + f.skipped.reduce((m, s) => m + s.count, 0), 0);
  console.log(
    `Feeds: ${built.feeds.length} files, ${built.feeds.reduce((n, f) => n + f.records, 0)} records (${skipped} rows not read, by reason in --verbose); curated: ${built.curatedRecords} records.`,
  );
  console.log(
    `Merged: ${built.merge.superseded} prices superseded by a newer source (${built.merge.changes.filter((c) => c.kind === 'price change').length} price changes, ${built.merge.changes.filter((c) => c.kind === 'contradicted').length} contradicted), ${built.merge.duplicates} duplicates of an agreeing price dropped, ${built.merge.roundedCopies} rounded copies of an exact price dropped; ${built.merge.confirmed} records kept over a newer source that confirms their price (confirmedBy).`,
  );
  console.log(
    '| region | records | bytes | gzip bytes | download gzip bytes | commitment records | commitments bytes | commitments gzip bytes | commitments download gzip bytes |\n' +
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const s of regionSizes(built, files))
    console.log(
      `| ${[s.region, s.records, s.bytes, s.gzipBytes, s.downloadGzipBytes, s.commitmentRecords, s.commitmentBytes, s.commitmentGzipBytes, s.commitmentDownloadGzipBytes].join(' | ')} |`,
    );
  console.log(
    `Catalog ${built.snapshot.version} written to ${DATA_DIR} in ${(ms / 1000).toFixed(1)} s.`,
  );
}

function printSkipped(built: BuiltCatalog): void {
  const byReason = new Map<string, number>();
  for (const f of built.feeds)
    for (const s of f.skipped)
      byReason.set(
        `${f.table}: ${s.reason}`,
        (byReason.get(`${f.table}: ${s.reason}`) ?? 0) + s.count,
      );
  for (const [reason, count] of byReason) console.log(`  ${count} rows — ${reason}`);
  for (const line of changeSummary(built.merge.changes)) console.log(`  superseded: ${line}`);
  for (const line of built.merge.examples) console.log(`  superseded: ${line}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { date: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(`--date must be YYYY-MM-DD, got '${date}'.`);
    return 1;
  }
  const started = Date.now();
  const built = await buildCatalog(date);
  const files = catalogFiles(built);
  writeFiles(files);
  printSummary(built, files, Date.now() - started);
  if (values.verbose) printSkipped(built);
  return 0;
}

if (require.main === module) runMain(main);
