import { readFile } from 'node:fs/promises';
import type { PriceRecord } from '../../../core';
import { AWS_REGION_CODES, regionForLocation } from '../../../core';
import { ebs } from './ebs';
import { ec2OnDemand, ec2Reserved } from './ec2';
import { elastiCacheOnDemand, elastiCacheReserved } from './elasticache';
import type { FeedDocument } from './feed-document';
import { FeedFormatError, parseFeed } from './feed-document';
import type { FeedMapper } from './feed-mapper';
import { isSkip } from './feed-mapper';
import { RDS_ENGINES, rdsOnDemand, rdsReserved } from './rds';

export interface FeedReadOptions {
  /** How records name the file (`source.reference`); default: the file path given. */
  readonly sourceName?: string;
  /**
   * The feed's publication date (`YYYY-MM-DD`) when its manifest has none (the EC2 Reserved feeds
   * carry no `hawkFilePublicationDate`); a manifest date always wins and must not contradict it.
   */
  readonly publicationDate?: string;
  /** Regions to keep (default: core's AWS_REGION_CODES); rows of other locations are counted as skipped. */
  readonly regions?: ReadonlySet<string>;
  /** On-Demand records of the service by SKU, for feeds of Reserved rows (see `productsBySku`). */
  readonly products?: ReadonlyMap<string, PriceRecord>;
}

export interface SkippedRows {
  readonly reason: string;
  readonly count: number;
  /** JSON path of the first row skipped for this reason. */
  readonly example: string;
}

export interface FeedReadResult {
  readonly file: string;
  /** `manifest.source`: which table of the page the feed fills. */
  readonly table: string;
  readonly service: string;
  readonly publicationDate: string;
  readonly records: readonly PriceRecord[];
  readonly rows: number;
  readonly skipped: readonly SkippedRows[];
}

/** The mapper of a feed, by `manifest.source`. */
function mapperFor(source: string): FeedMapper | undefined {
  if (source === 'ec2-ondemand-without-sec-sel') return ec2OnDemand(true);
  if (source === 'previousgen-ondemand') return ec2OnDemand(false);
  if (source === 'ec2-reservedinstance') return ec2Reserved('standard');
  if (source === 'ec2-reservedinstance-convertible') return ec2Reserved('convertible');
  if (source === 'elasticache') return elastiCacheOnDemand;
  if (source === 'elasticache-reservedinstance') return elastiCacheReserved;
  if (source === 'ebs') return ebs;
  const rds = /^rds-([a-z]+)-(ondemand|reservedinstance)$/.exec(source);
  const engine = rds ? RDS_ENGINES[rds[1] ?? ''] : undefined;
  if (rds && engine) return rds[2] === 'ondemand' ? rdsOnDemand(engine) : rdsReserved(engine);
  return undefined;
}

const KNOWN_TABLES =
  'ec2-ondemand-without-sec-sel, previousgen-ondemand, ec2-reservedinstance[-convertible], ' +
  'rds-{mysql,postgresql,mariadb}-{ondemand,reservedinstance}, elasticache[-reservedinstance], ebs';

function publicationDate(document: FeedDocument, given: string | undefined): string {
  const fromManifest = document.manifest.publishedAt?.slice(0, 10);
  if (given !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(given))
    throw new Error(`${document.file}: publication date '${given}' is not YYYY-MM-DD`);
  if (fromManifest && given && fromManifest !== given)
    throw new FeedFormatError(
      document.file,
      '$.manifest.hawkFilePublicationDate',
      `says ${fromManifest}, but the file was described as published ${given}`,
    );
  const date = fromManifest ?? given;
  if (!date)
    throw new FeedFormatError(
      document.file,
      '$.manifest.hawkFilePublicationDate',
      'is missing: give the feed publication date (YYYY-MM-DD) from its documentation',
    );
  return date;
}

/** Read one feed's text into price records (see FeedReadResult); throws FeedFormatError on bad input. */
export function readPricingPageFeed(
  file: string,
  text: string,
  options: FeedReadOptions = {},
): FeedReadResult {
  const document = parseFeed(file, text);
  const mapper = mapperFor(document.manifest.source);
  if (!mapper)
    throw new FeedFormatError(
      file,
      '$.manifest.source',
      `'${document.manifest.source}' is not a feed this reader knows (${KNOWN_TABLES})`,
    );
  if (mapper.needsProducts && !options.products)
    throw new Error(
      `${file}: a '${document.manifest.source}' feed reserves On-Demand products; read the On-Demand feed first and pass its records as options.products`,
    );
  const date = publicationDate(document, options.publicationDate);
  const regions = options.regions ?? new Set<string>(AWS_REGION_CODES);
  const env = { document, ...(options.products ? { products: options.products } : {}) };
  const byId = new Map<string, { record: PriceRecord; path: string }>();
  const skipped = new Map<string, { count: number; example: string }>();
  const skip = (reason: string, path: string): void => {
    const entry = skipped.get(reason);
    if (entry) entry.count++;
    else skipped.set(reason, { count: 1, example: path });
  };
  for (const row of document.rows) {
    const location = row.optional('Location');
    if (location !== undefined && location !== row.location)
      throw row.error(`is '${location}' in the rows of '${row.location}'`, 'Location');
    const region = regionForLocation(row.location);
    if (!region || !regions.has(region)) {
      skip('location is not one of the regions read (Local Zone, GovCloud, …)', row.path());
      continue;
    }
    const ctx = {
      sourceName: options.sourceName ?? file,
      publicationDate: date,
      table: document.manifest.source,
      service: mapper.service,
      region,
    };
    const result = mapper.map(row, ctx, env);
    if (isSkip(result)) {
      skip(result.skip, row.path());
      continue;
    }
    for (const record of result) {
      const seen = byId.get(record.id);
      if (!seen) byId.set(record.id, { record, path: row.path() });
      else if (JSON.stringify(seen.record) === JSON.stringify(record))
        skip('the same price listed twice under another key (same rateCode)', row.path());
      else
        throw row.error(
          `rateCode ${record.id} is also at ${seen.path} with another price or attributes`,
        );
    }
  }
  return {
    file,
    table: document.manifest.source,
    service: mapper.service,
    publicationDate: date,
    records: [...byId.values()].map((v) => v.record),
    rows: document.rows.length,
    skipped: [...skipped].map(([reason, { count, example }]) => ({ reason, count, example })),
  };
}

/** `readPricingPageFeed` on a file. */
export async function readPricingPageFeedFile(
  path: string,
  options: FeedReadOptions = {},
): Promise<FeedReadResult> {
  return readPricingPageFeed(path, await readFile(path, 'utf8'), options);
}

/** On-Demand records by SKU: the products Reserved feeds join to. */
export function productsBySku(records: Iterable<PriceRecord>): Map<string, PriceRecord> {
  const products = new Map<string, PriceRecord>();
  for (const record of records)
    if (record.term.type === 'OnDemand') products.set(record.sku, record);
  return products;
}
