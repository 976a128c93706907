/**
 * The AWS pricing-page feeds in ../shared/price-data/aws-pricing-page-feeds, read with the backend's
 * feed reader (backend/pricing/page-feeds). Every record keeps the feed's rateCode, the file it came
 * from (`source.reference`, relative to ../shared) and the feed's publication date.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { PriceRecord } from '../../core/catalog/price-record';
import type { FeedReadResult } from '../../backend/pricing/page-feeds';
import { productsBySku, readPricingPageFeedFile } from '../../backend/pricing/page-feeds';

/** Where the build reads the feeds (never copied into the repository). */
export function priceDataDir(): string {
  return process.env.PRICE_DATA_DIR ?? path.resolve(__dirname, '../../../shared/price-data');
}

export const FEEDS_FOLDER = 'aws-pricing-page-feeds';

/**
 * Publication dates of feeds whose manifest has none: the EC2 Reserved feeds were downloaded with
 * the EC2 On-Demand feeds of 2025-04-04 (../shared/price-data/README.md, "publication date" column).
 */
const UNDATED: readonly { readonly pattern: RegExp; readonly date: string }[] = [
  { pattern: /^ec2\/[a-z0-9-]+-reservedinstance-/, date: '2025-04-04' },
];

export interface FeedSummary {
  readonly file: string;
  readonly table: string;
  readonly publicationDate: string;
  readonly rows: number;
  readonly records: number;
  readonly skipped: FeedReadResult['skipped'];
}

export interface FeedRecords {
  readonly records: PriceRecord[];
  readonly files: FeedSummary[];
}

function feedFiles(dir: string): string[] {
  return ['ec2', 'ebs', 'rds', 'elasticache'].flatMap((folder) =>
    existsSync(path.join(dir, folder))
      ? readdirSync(path.join(dir, folder))
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => `${folder}/${f}`)
      : [],
  );
}

/**
 * Every feed, On-Demand first: Reserved feeds are joined to the On-Demand products of their service
 * (ElastiCache Reserved rows name no engine; EC2 Reserved rows no licence model).
 */
export async function feedRecords(dataDir = priceDataDir()): Promise<FeedRecords> {
  const dir = path.join(dataDir, FEEDS_FOLDER);
  const files = feedFiles(dir);
  const reserved = (f: string): boolean => f.includes('reservedinstance');
  const records: PriceRecord[] = [];
  const summaries: FeedSummary[] = [];
  const read = async (file: string, products?: Map<string, PriceRecord>): Promise<void> => {
    const undated = UNDATED.find((u) => u.pattern.test(file));
    const result = await readPricingPageFeedFile(path.join(dir, file), {
      sourceName: `price-data/${FEEDS_FOLDER}/${file}`,
      ...(undated ? { publicationDate: undated.date } : {}),
      ...(products ? { products } : {}),
    });
    records.push(...result.records);
    summaries.push({
      file,
      table: result.table,
      publicationDate: result.publicationDate,
      rows: result.rows,
      records: result.records.length,
      skipped: result.skipped,
    });
  };
  for (const file of files.filter((f) => !reserved(f))) await read(file);
  const products = productsBySku(records);
  for (const file of files.filter(reserved)) await read(file, products);
  return { records, files: summaries };
}
