import { readFile } from 'node:fs/promises';
import type { PriceRecord } from '../../core';
import { fileChunks } from './file-chunks';
import type { CatalogImportResult } from './import-catalog';
import { finishImport } from './import-catalog';
import { ImportContext } from './import-context';
import { readCsvOffer } from './offer-file-csv';
import type { OfferHeader, OfferReadResult } from './offer-file-json';
import { readJsonOffer } from './offer-file-json';
import { readGetProductsItem } from './get-products-item';
import type { KeptProduct } from './offer-records';
import type { PriceListFileKind } from './price-list-file-kind';
import { priceListFileKind } from './price-list-file-kind';
import { SavingsPlanJoin, readSavingsPlanCsv, readSavingsPlanJson } from './savings-plans';
import type { ServiceFilter } from './service-filters';
import { serviceFilter } from './service-filters';
import type { ShardMeta } from './shard-set';
import { ShardSet } from './shard-set';

export interface FileImportOptions {
  /** Price List files by path: offer files (JSON, CSV), GetProducts items, Savings Plans rates. */
  readonly files: readonly string[];
  /** Keep only these offers / regions (default: everything the files hold). */
  readonly services?: readonly string[];
  readonly regions?: readonly string[];
  readonly outDir: string;
  readonly log?: (line: string) => void;
}

interface Classified {
  readonly file: string;
  readonly kind: PriceListFileKind;
}

/**
 * Imports loose Price List files (e.g. ../shared/aws-price-list-samples, or files downloaded one by
 * one) instead of a mirror of the endpoint's paths: each file's kind and offer are read from the
 * file itself; its records go to the shard of their own service and region. Offer files are read
 * first, then Savings Plans rates are joined to the products they read. Files that are not price
 * data (indexes, a README) are listed in `skipped`, never silently.
 */
export async function importFiles(
  options: FileImportOptions,
): Promise<CatalogImportResult & { skipped: string[] }> {
  const log = options.log ?? (() => undefined);
  const ctx = new ImportContext();
  const shards = new ShardSet(options.outDir);
  const services = options.services ? new Set(options.services) : undefined;
  const regions = options.regions ? new Set(options.regions) : undefined;
  const keep = (r: PriceRecord): boolean => !regions || regions.has(r.region);
  const skipped: string[] = [];
  const products: KeptProduct[] = [];
  const planFiles: Classified[] = [];
  const metas = new Map<string, ShardMeta>();
  let bytesRead = 0;
  try {
    const classified = await Promise.all(
      options.files.map(async (file): Promise<Classified> => ({
        file,
        kind: await priceListFileKind(file),
      })),
    );
    for (const { file, kind } of classified) {
      if (kind.kind === 'savings-plan-csv' || kind.kind === 'savings-plan-json') {
        planFiles.push({ file, kind });
        continue;
      }
      if (kind.kind === 'index' || kind.kind === 'unknown') {
        skipped.push(`${file}: ${kind.kind === 'index' ? kind.what : kind.why}; not read`);
        continue;
      }
      const filter = serviceFilter(kind.offerCode);
      if (!filter || (services && !services.has(kind.offerCode))) {
        skipped.push(
          `${file}: offer ${kind.offerCode} ${filter ? 'not among --services' : 'is not one the importer handles'}; not read`,
        );
        continue;
      }
      const touched = new Set<string>();
      let records = 0;
      const read = await readOne(file, kind, filter, ctx, (record) => {
        if (!keep(record)) return;
        records++;
        touched.add(`${record.service}|${record.region}`);
        shards.writer(record.service, record.region, EMPTY).add(record);
      });
      for (const key of touched) {
        const [service = '', region = ''] = key.split('|');
        shards.describe(service, region, merged(metas.get(key), read.header, file));
        metas.set(key, merged(metas.get(key), read.header, file));
      }
      bytesRead += read.bytes;
      products.push(...read.products.values());
      log(`${file}: ${kind.kind} of ${kind.offerCode}, ${records} records`);
    }
    const unmatched = await joinPlans(planFiles, products, shards, ctx, log);
    const result = await finishImport(shards, ctx, {
      missing: [],
      savingsPlanRatesUnmatched: unmatched,
      bytesRead,
    });
    return { ...result, skipped };
  } catch (error) {
    shards.abort();
    throw error;
  }
}

const EMPTY: ShardMeta = { version: '', publishedAt: '', source: '' };

/** A shard filled from several files: the newest version and date, every file named. */
function merged(previous: ShardMeta | undefined, header: OfferHeader, file: string): ShardMeta {
  const version = header.version ?? '';
  const publishedAt = header.publicationDate ?? '';
  if (!previous) return { version, publishedAt, source: `aws-price-list-file:${file}` };
  return {
    version: version > previous.version ? version : previous.version,
    publishedAt: publishedAt > previous.publishedAt ? publishedAt : previous.publishedAt,
    source: `${previous.source},${file}`,
  };
}

/** One offer file or GetProducts item, its records handed to `onRecord`. */
async function readOne(
  file: string,
  kind: Extract<PriceListFileKind, { offerCode: string }>,
  filter: ServiceFilter,
  ctx: ImportContext,
  onRecord: (record: PriceRecord) => void,
): Promise<OfferReadResult> {
  if (kind.kind === 'get-products-item') {
    const text = await readFile(file, 'utf8');
    const item = JSON.parse(text) as { version?: string; publicationDate?: string };
    const header: OfferHeader = {
      offerCode: kind.offerCode,
      ...(item.version ? { version: item.version } : {}),
      ...(item.publicationDate ? { publicationDate: item.publicationDate } : {}),
    };
    for (const record of readGetProductsItem(file, text, filter, ctx)) onRecord(record);
    return { header, products: new Map(), bytes: Buffer.byteLength(text) };
  }
  const read = kind.kind === 'offer-json' ? readJsonOffer : readCsvOffer;
  return read(file, fileChunks(file), { filter, ctx, onRecord });
}

async function joinPlans(
  files: readonly Classified[],
  products: KeptProduct[],
  shards: ShardSet,
  ctx: ImportContext,
  log: (line: string) => void,
): Promise<number> {
  if (files.length === 0) return 0;
  const join = new SavingsPlanJoin(products, ctx);
  for (const { file, kind } of files) {
    let added = 0;
    const onRate = (rate: Parameters<SavingsPlanJoin['record']>[0]): void => {
      const record = join.record(rate);
      if (record && shards.addToOpen(record)) added++;
    };
    if (kind.kind === 'savings-plan-json')
      await readSavingsPlanJson(file, fileChunks(file), kind.regionCode, ctx, onRate);
    else await readSavingsPlanCsv(file, fileChunks(file), ctx, onRate);
    log(`${file}: Savings Plans rates, ${added} joined to products read`);
  }
  return join.unmatched;
}
