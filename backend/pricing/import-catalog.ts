import { existsSync } from 'node:fs';
import { ImportContext } from './import-context';
import { readCsvOffer } from './offer-file-csv';
import type { OfferReadOptions, OfferReadResult } from './offer-file-json';
import { lineAt, readJsonOffer } from './offer-file-json';
import { PriceListFormatError } from './errors';
import type { KeptProduct } from './offer-records';
import {
  SAVINGS_PLAN_REGION_INDEX_PATH,
  parseRegionIndex,
  parseSavingsPlanRegionIndex,
  regionIndexPath,
  regionOfferPath,
} from './price-list-indexes';
import type { RegionFile } from './price-list-indexes';
import type { PriceListSource } from './price-list-source';
import { readText } from './price-list-source';
import { SavingsPlanJoin, readSavingsPlanCsv, readSavingsPlanJson } from './savings-plans';
import { serviceFilter, supportedServices } from './service-filters';
import type { ShardOutput } from './shard-set';
import { ShardSet } from './shard-set';

export type { ShardOutput } from './shard-set';

/** Offers whose usage Compute / EC2 Instance Savings Plans discount. */
const SAVINGS_PLAN_SERVICES = new Set(['AmazonEC2', 'AmazonECS', 'AWSLambda', 'AmazonEKS']);

export interface CatalogImportOptions {
  readonly source: PriceListSource;
  readonly services: readonly string[];
  readonly regions: readonly string[];
  readonly outDir: string;
  /** Join Savings Plans rates (default: when an offer they discount is imported). */
  readonly savingsPlans?: boolean;
  readonly log?: (line: string) => void;
}

export interface CatalogImportResult {
  /** The newest publication version among the shards: the catalog version estimates record. */
  readonly version: string;
  readonly shards: readonly ShardOutput[];
  /** Service/region pairs the source has no file for. */
  readonly missing: readonly string[];
  readonly warnings: readonly string[];
  readonly productsSeen: number;
  readonly productsKept: number;
  readonly savingsPlanRatesUnmatched: number;
  readonly bytesRead: number;
}

export class ImportRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRequestError';
  }
}

export async function importCatalog(options: CatalogImportOptions): Promise<CatalogImportResult> {
  const unknown = options.services.filter((s) => !serviceFilter(s));
  if (unknown.length) {
    throw new ImportRequestError(
      `Unknown service(s) ${unknown.join(', ')}; the importer handles: ${supportedServices().join(', ')}.`,
    );
  }
  const log = options.log ?? (() => undefined);
  const ctx = new ImportContext();
  const shards = new ShardSet(options.outDir);
  const joinable: KeptProduct[] = [];
  const missing: string[] = [];
  let bytesRead = 0;
  try {
    for (const service of options.services) {
      const global = serviceFilter(service)?.global === true;
      // Global offers (CloudFront, Route 53) have one shard, read from the all-regions file.
      const regionFiles = global ? undefined : await regionIndex(options.source, service);
      for (const region of global ? ['global'] : options.regions) {
        if (regionFiles && !regionFiles.has(region)) {
          missing.push(
            `${service} ${region}: not in ${options.source.locate(regionIndexPath(service))}`,
          );
          continue;
        }
        const path = global
          ? `/offers/v1.0/aws/${service}/current/index.json`
          : (regionFiles?.get(region)?.url ?? regionOfferPath(service, region));
        const writer = shards.writer(service, region, { version: '', publishedAt: '', source: '' });
        const result = await readOffer(options.source, path, {
          filter: serviceFilter(service)!,
          regions: new Set([region]),
          ctx,
          onRecord: (record) => writer.add(record),
        });
        if (!result) {
          shards.drop(service, region);
          missing.push(
            `${service} ${region}: no file at ${options.source.locate(path)} (nor .csv)`,
          );
          continue;
        }
        bytesRead += result.read.bytes;
        const { header } = result.read;
        shards.describe(service, region, {
          version: header.version ?? '',
          publishedAt: header.publicationDate ?? '',
          source: `aws-price-list:${result.path}`,
        });
        if (SAVINGS_PLAN_SERVICES.has(service)) joinable.push(...result.read.products.values());
        log(
          `${service} ${region}: ${writer.records} records from ${result.path} (${(result.read.bytes / 1e6).toFixed(1)} MB)`,
        );
      }
    }
    const wantPlans =
      options.savingsPlans ?? options.services.some((s) => SAVINGS_PLAN_SERVICES.has(s));
    const unmatched =
      wantPlans && joinable.length
        ? await joinSavingsPlans(options, ctx, joinable, shards, log)
        : 0;
    return await finishImport(shards, ctx, {
      missing,
      savingsPlanRatesUnmatched: unmatched,
      bytesRead,
    });
  } catch (error) {
    shards.abort();
    throw error;
  }
}

/** The result of an import whose records are all written: the shards' files and the tallies. */
export async function finishImport(
  shards: ShardSet,
  ctx: ImportContext,
  tally: Pick<CatalogImportResult, 'missing' | 'savingsPlanRatesUnmatched' | 'bytesRead'>,
): Promise<CatalogImportResult> {
  const { version, shards: outputs } = await shards.finish();
  return {
    version,
    shards: outputs,
    missing: tally.missing,
    warnings: ctx.warnings(),
    productsSeen: ctx.counters.productsSeen,
    productsKept: ctx.counters.productsKept,
    savingsPlanRatesUnmatched: tally.savingsPlanRatesUnmatched,
    bytesRead: tally.bytesRead,
  };
}

async function regionIndex(
  source: PriceListSource,
  service: string,
): Promise<Map<string, RegionFile> | undefined> {
  const path = regionIndexPath(service);
  const text = await readText(source, path);
  return text === undefined ? undefined : parseRegionIndex(source.locate(path), text);
}

/** Read a region offer file, JSON when present, else the CSV at the same path. */
async function readOffer(
  source: PriceListSource,
  jsonPath: string,
  options: OfferReadOptions,
): Promise<{ read: OfferReadResult; path: string } | undefined> {
  const json = await source.open(jsonPath);
  if (json) {
    const file = source.locate(jsonPath);
    try {
      return { read: await readJsonOffer(file, json, options), path: jsonPath };
    } catch (error) {
      // A local file: say which line the error is on (the scanner only counts bytes).
      if (
        error instanceof PriceListFormatError &&
        error.offset >= 0 &&
        error.line === undefined &&
        existsSync(file)
      ) {
        throw error.withLine(await lineAt(file, error.offset));
      }
      throw error;
    }
  }
  const csvPath = jsonPath.replace(/\.json$/, '.csv');
  const csv = await source.open(csvPath);
  if (csv) return { read: await readCsvOffer(source.locate(csvPath), csv, options), path: csvPath };
  return undefined;
}

async function joinSavingsPlans(
  options: CatalogImportOptions,
  ctx: ImportContext,
  products: KeptProduct[],
  shards: ShardSet,
  log: (line: string) => void,
): Promise<number> {
  const indexText = await readText(options.source, SAVINGS_PLAN_REGION_INDEX_PATH);
  const index =
    indexText === undefined
      ? undefined
      : parseSavingsPlanRegionIndex(
          options.source.locate(SAVINGS_PLAN_REGION_INDEX_PATH),
          indexText,
        );
  if (!index)
    ctx.warn(
      'sp-missing',
      `No Savings Plans region index at ${options.source.locate(SAVINGS_PLAN_REGION_INDEX_PATH)}; Savings Plans rates not imported`,
    );
  const join = new SavingsPlanJoin(products, ctx);
  for (const region of options.regions) {
    const file = index?.regions.get(region);
    if (!file) continue;
    let added = 0;
    const onRate = (rate: Parameters<SavingsPlanJoin['record']>[0]): void => {
      const record = join.record(rate);
      if (record && shards.addToOpen(record)) added++;
    };
    const json = await options.source.open(file.url);
    if (json) await readSavingsPlanJson(options.source.locate(file.url), json, region, ctx, onRate);
    else {
      const csvPath = file.url.replace(/\.json$/, '.csv');
      const csv = await options.source.open(csvPath);
      if (!csv) {
        ctx.warn(
          'sp-missing',
          `Savings Plans rates for ${region} not found at ${options.source.locate(file.url)} (nor .csv)`,
        );
        continue;
      }
      await readSavingsPlanCsv(options.source.locate(csvPath), csv, ctx, onRate);
    }
    log(`Savings Plans ${region}: ${added} rates joined to On-Demand products`);
  }
  return join.unmatched;
}
