/**
 * Options priced on top of RDS instances (issue #12 item 5): io1/io2/magnetic storage, provisioned
 * IOPS (io1, io2, gp3), magnetic I/O requests, Performance Insights paid retention, RDS Extended
 * Support. Every price is a row of AWS's own pricing-page feeds (the JSON the tables of
 * aws.amazon.com/rds/mysql/pricing/ and /rds/postgresql/pricing/ load), in every region whose feed
 * has the row; each record cites the feed file at its commit, the row's key and the feed's
 * publication date. The rows are engine-independent (the same price in the MySQL, PostgreSQL and
 * MariaDB feeds: 1,621 region × row pairs compared, none differ), but carry a different rateCode in
 * each engine's feed, hence curated ids (`databaseEngine: Any`), as for gp2/gp3 storage. The query
 * each record answers is the one core/resources/rds-instance.ts and rds-options.ts send
 * (core/catalog/data/README.md, "Records and the query to use"). EBS fast snapshot restore is read
 * from the EBS feed with its rateCode (backend/pricing/page-feeds/ebs.ts).
 */
import type { PriceRecord } from '../../core/catalog/price-record';
import { REGIONS, curated } from './curated-record';
import type { Feed } from './feeds';

type Row = {
  readonly productFamily: string;
  readonly unit: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly what: readonly string[];
};

const DEPLOYMENTS = [
  ['Single AZ', 'Single-AZ', 'single-az'],
  ['Multi AZ', 'Multi-AZ', 'multi-az'],
  ['Multi AZ readable standbys', 'Multi-AZ (readable standbys)', 'multi-az-cluster'],
] as const;

/** RDS storage volume types the feed names, with the Price List `volumeType` the engine asks for. */
const STORAGE = [
  ['Provisioned IOPS', 'io1'],
  ['Provisioned IOPS-IO2', 'io2'],
  ['Magnetic', 'magnetic'],
  // gp2/gp3 Single-AZ and Multi-AZ are curated in services-database.ts; readable standbys here.
  ['General Purpose-GP3', 'gp3'],
] as const;

/** Provisioned IOPS rows: feed key word, Price List volumeType, short name. */
const IOPS = [
  ['Provisioned IOPS', 'Provisioned IOPS', 'io1'],
  ['Provisioned IO2 IOPS', 'Provisioned IOPS-IO2', 'io2'],
  ['Provisioned GP3 IOPS', 'General Purpose-GP3', 'gp3'],
] as const;

/** Engine-independent RDS rows (the same price in every engine's feed), keyed by feed key. */
function rdsRows(): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const [feedDeployment, deploymentOption, short] of DEPLOYMENTS) {
    for (const [volumeType, volume] of STORAGE) {
      if (volume === 'gp3' && short !== 'multi-az-cluster') continue;
      rows.set(`Database Storage ${feedDeployment} ${volumeType}`, {
        productFamily: 'Database Storage',
        unit: 'GB-Mo',
        attributes: { volumeType, deploymentOption, databaseEngine: 'Any' },
        what: ['storage', volume, short],
      });
    }
    for (const [keyWord, volumeType, volume] of IOPS)
      rows.set(`${keyWord} ${feedDeployment}`, {
        productFamily: 'Provisioned IOPS',
        unit: 'IOPS-Mo',
        attributes: { volumeType, deploymentOption, databaseEngine: 'Any' },
        what: ['iops', volume, short],
      });
  }
  rows.set('System Operation Magnetic', {
    productFamily: 'System Operation',
    unit: 'IOs',
    attributes: { volumeType: 'Magnetic', databaseEngine: 'Any' },
    what: ['io-requests', 'magnetic'],
  });
  rows.set('Performance Insights ProvisionedFMR vCPU-Months', {
    productFamily: 'Performance Insights',
    unit: 'vCPU-Months',
    attributes: { databaseEngine: 'Any', retention: 'first month' },
    what: ['performance-insights', 'first-month'],
  });
  rows.set('Performance Insights ProvisionedAMR vCPU-Months', {
    productFamily: 'Performance Insights',
    unit: 'vCPU-Months',
    attributes: { databaseEngine: 'Any', retention: 'each additional month' },
    what: ['performance-insights', 'additional-month'],
  });
  return rows;
}

/** Extended Support rows of one engine's feed: `MySQL Year 1 Year 2 5 7` → MySQL 5.7, years 1–2. */
const EXTENDED_KEY = /^(MySQL|PostgreSQL) (Year 1 Year 2|Year 3) (\d+(?: \d+)?)$/;

function extendedSupportRow(key: string): Row | undefined {
  const match = EXTENDED_KEY.exec(key);
  if (!match) return undefined;
  const [, engine = '', years = '', version = ''] = match;
  const engineMajorVersion = version.replace(' ', '.');
  const band = years === 'Year 3' ? 'Year 3' : 'Year 1-2';
  return {
    productFamily: 'Extended Support',
    unit: 'vCPU-Hours',
    attributes: { databaseEngine: engine, engineMajorVersion, extendedSupportYears: band },
    what: ['extended-support', engine.toLowerCase(), engineMajorVersion, band.replace(' ', '')],
  };
}

function recordsFrom(
  feed: Feed,
  service: string,
  rows: ReadonlyMap<string, Row>,
  keys: readonly string[],
): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const region of REGIONS)
    for (const key of keys) {
      const row = rows.get(key);
      if (!row || !feed.has(region, key)) continue;
      const { price, source } = feed.price(region, key);
      records.push(curated({ service, region, ...row, price, source }));
    }
  return records;
}

/**
 * RDS options from the RDS for MySQL feed (engine-independent rows) and the Extended Support rows
 * of the MySQL (5.7) and PostgreSQL (10, 11, 12) feeds: every engine-named Extended Support row.
 */
export function rdsOptions(mysql: Feed, postgresql: Feed): PriceRecord[] {
  const common = rdsRows();
  const extended = (keys: readonly string[]): Map<string, Row> =>
    new Map(keys.flatMap((k) => (extendedSupportRow(k) ? [[k, extendedSupportRow(k)!]] : [])));
  const mysqlExtended = extended(mysql.keys());
  const pgExtended = extended(postgresql.keys());
  return [
    ...recordsFrom(mysql, 'AmazonRDS', common, [...common.keys()]),
    ...recordsFrom(mysql, 'AmazonRDS', mysqlExtended, [...mysqlExtended.keys()]),
    ...recordsFrom(postgresql, 'AmazonRDS', pgExtended, [...pgExtended.keys()]),
  ];
}
