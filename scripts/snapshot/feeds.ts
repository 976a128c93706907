import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PriceSource } from '../../core/catalog/price-record';
import type { Sourced } from './published';
import { repoSource } from './published';

/**
 * AWS's own pricing-page feeds (b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/…), as copied into
 * ../shared/price-data/aws-pricing-page-feeds from the public repository yeo/ec2.shop. The curation
 * reads a few prices from them to source curated records (EBS, ElastiCache, RDS storage); each
 * record cites the feed file at its commit and the feed's publication date.
 */
export function priceDataDir(): string {
  return (
    process.env.PRICE_DATA_DIR ??
    path.resolve(__dirname, '../../../shared/price-data/aws-pricing-page-feeds')
  );
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
} as const satisfies Readonly<Record<string, FeedSpec>>;

/** The AWS location name each curated region has in the feeds. */
export const FEED_LOCATION: Readonly<Record<string, string>> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'EU (Ireland)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
};

/** A loaded feed: prices by region code and feed key, each with the feed's source. */
export class Feed {
  private readonly data: FeedFile;
  readonly source: PriceSource;

  constructor(private readonly spec: FeedSpec) {
    const full = path.join(priceDataDir(), spec.file);
    try {
      this.data = JSON.parse(readFileSync(full, 'utf8')) as FeedFile;
    } catch (error) {
      throw new Error(`Cannot read pricing-page feed ${full}: ${(error as Error).message}`);
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

  /** The price of `key` in `region`, or throws naming the feed, region and key. */
  price(region: string, key: string): Sourced {
    const location = FEED_LOCATION[region];
    const row = location ? this.data.regions[location]?.[key] : undefined;
    if (!row) throw new Error(`${this.spec.file}: no "${key}" for ${region} (${location ?? '?'}).`);
    return { price: row.price, source: { ...this.source, note: `${this.source.note}: "${key}"` } };
  }

  /**
   * The one row of `region` in a set whose name matches `set` and whose attributes include
   * `attributes` (e.g. `{ 'Instance Type': 'cache.t3.micro' }`); throws when none or several match.
   */
  setRow(region: string, set: RegExp, attributes: Readonly<Record<string, string>>): Sourced {
    const location = FEED_LOCATION[region];
    const rows = (location ? this.data.regions[location] : undefined) as
      Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
    if (!rows) throw new Error(`${this.spec.file}: no region ${region} (${location ?? '?'}).`);
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
