/**
 * AWS's own pricing-page feeds (b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/…), as copied into
 * ../shared/price-data/aws-pricing-page-feeds from the public repository yeo/ec2.shop, used two ways:
 *
 * - `feedRecords`: every feed read with the backend's feed reader (backend/pricing/page-feeds) into
 *   catalog records, each keeping the feed's rateCode, the file it came from (`source.reference`,
 *   relative to ../shared) and the feed's publication date;
 * - `Feed`: single prices looked up in a feed to source a curated record (EBS, ElastiCache, RDS
 *   storage), each citing the feed file at its commit and the feed's publication date.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FeedReadResult } from '../../backend/pricing/page-feeds';
import { productsBySku, readPricingPageFeedFile } from '../../backend/pricing/page-feeds';
import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { regionForLocation } from '../../core/vocabulary/regions';
import type { Sourced } from './published';
import { repoSource } from './published';

/** Where the build reads ../shared/price-data (never copied into the repository). */
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

interface FeedFile {
  readonly manifest: { readonly hawkFilePublicationDate: string };
  readonly regions: Readonly<Record<string, Readonly<Record<string, { readonly price: string }>>>>;
  /** Descriptive groups of row keys (ElastiCache: "OnDemand Cache Instance Standard Redis …"). */
  readonly sets?: Readonly<Record<string, readonly string[]>>;
}

interface FeedSpec {
  readonly file: string;
  readonly repoPath: string;
  readonly commit: string;
  readonly what: string;
}

/** The feed files curated records cite, with the yeo/ec2.shop commit each was copied from. */
export const FEEDS = {
  ebs: {
    file: 'ebs/ebs.json',
    repoPath: 'data/ebs/ebs.json',
    commit: '576c890f33ae177837e93499866aa04a0ac4fa89',
    what: 'EBS pricing-page feed',
  },
  elasticache: {
    file: 'elasticache/elasticache.json',
    repoPath: 'data/elasticache/elasticache.json',
    commit: '73696e380ae600b175f859850a726edebd1de72f',
    what: 'ElastiCache pricing-page feed',
  },
  rdsMysql: {
    file: 'rds/rds-mysql-ondemand.json',
    repoPath: 'data/rds/rds-mysql-ondemand.json',
    commit: '44337592ba034dd0cdd1e71a1670b17f8c3f6002',
    what: 'RDS for MySQL pricing-page feed',
  },
  rdsPostgresql: {
    file: 'rds/rds-postgresql-ondemand.json',
    repoPath: 'data/rds/rds-postgresql-ondemand.json',
    commit: '44337592ba034dd0cdd1e71a1670b17f8c3f6002',
    what: 'RDS for PostgreSQL pricing-page feed',
  },
} as const satisfies Readonly<Record<string, FeedSpec>>;

/** A loaded feed: prices by region code and feed key, each with the feed's source. */
export class Feed {
  private readonly data: FeedFile;
  /** Region code → the feed's location name for it (core's location table, regionForLocation). */
  private readonly locations = new Map<string, string>();
  readonly source: PriceSource;

  constructor(private readonly spec: FeedSpec) {
    const full = path.join(priceDataDir(), FEEDS_FOLDER, spec.file);
    try {
      this.data = JSON.parse(readFileSync(full, 'utf8')) as FeedFile;
    } catch (error) {
      throw new Error(`Cannot read pricing-page feed ${full}: ${(error as Error).message}`);
    }
    for (const location of Object.keys(this.data.regions)) {
      const code = regionForLocation(location);
      if (code && !this.locations.has(code)) this.locations.set(code, location);
    }
    const published = this.data.manifest.hawkFilePublicationDate.slice(0, 10);
    this.source = repoSource(
      'yeo/ec2.shop',
      spec.commit,
      spec.repoPath,
      published,
      `AWS ${spec.what} (b0.p.awsstatic.com meteredUnitMaps), published ${published}`,
    );
  }

  private rows(region: string): Readonly<Record<string, { readonly price: string }>> | undefined {
    const location = this.locations.get(region);
    return location ? this.data.regions[location] : undefined;
  }

  /** Every row key of the feed, over all its regions, sorted. */
  keys(): string[] {
    return [
      ...new Set(Object.values(this.data.regions).flatMap((rows) => Object.keys(rows))),
    ].sort();
  }

  /** Whether the feed has a row `key` for `region` (regions the feed predates have none). */
  has(region: string, key: string): boolean {
    return this.rows(region)?.[key] !== undefined;
  }

  /** The price of `key` in `region`, or throws naming the feed, region and key. */
  price(region: string, key: string): Sourced {
    const row = this.rows(region)?.[key];
    if (!row) throw new Error(`${this.spec.file}: no "${key}" for ${region}.`);
    return { price: row.price, source: { ...this.source, note: `${this.source.note}: "${key}"` } };
  }

  /**
   * The one row of `region` in a set whose name matches `set` and whose attributes include
   * `attributes` (e.g. `{ 'Instance Type': 'cache.t3.micro' }`); throws when none or several match.
   */
  setRow(region: string, set: RegExp, attributes: Readonly<Record<string, string>>): Sourced {
    const rows = this.rows(region) as
      Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
    if (!rows) throw new Error(`${this.spec.file}: no region ${region}.`);
    const keys = new Set(
      Object.entries(this.data.sets ?? {})
        .filter(([name]) => set.test(name))
        .flatMap(([, members]) => members),
    );
    const found = Object.entries(rows).filter(
      ([key, row]) =>
        keys.has(key) && Object.entries(attributes).every(([name, value]) => row[name] === value),
    );
    const [hit, ...more] = found;
    if (!hit || more.length > 0)
      throw new Error(
        `${this.spec.file}: ${found.length} rows in ${region} for ${set} ${JSON.stringify(attributes)}.`,
      );
    const [key, row] = hit;
    return {
      price: row.price ?? '',
      source: { ...this.source, note: `${this.source.note}: ${key} ${JSON.stringify(attributes)}` },
    };
  }
}
