import type { PriceRecord } from '../../core/catalog/price-record';
import { CURATED_REGIONS as REGIONS, curated, usagePrefix } from './curated-record';
import type { Feed } from './feeds';
import type { ReferenceFacts, Sourced } from './published';
import { perRegion } from './published';

/** RDS storage rows: Price List volumeType, deploymentOption, usage type, feed key. */
const STORAGE: readonly (readonly [string, string, string, string])[] = [
  [
    'General Purpose-GP3',
    'Single-AZ',
    'RDS:GP3-Storage',
    'Database Storage Single AZ General Purpose-GP3',
  ],
  [
    'General Purpose-GP3',
    'Multi-AZ',
    'RDS:Multi-AZ-GP3-Storage',
    'Database Storage Multi AZ General Purpose-GP3',
  ],
  ['General Purpose', 'Single-AZ', 'RDS:GP2-Storage', 'Database Storage Single AZ General Purpose'],
  [
    'General Purpose',
    'Multi-AZ',
    'RDS:Multi-AZ-GP2-Storage',
    'Database Storage Multi AZ General Purpose',
  ],
];

/**
 * RDS storage per GB-month (gp2 and gp3, Single-AZ and Multi-AZ) and backup storage beyond the free
 * allocation, in the six regions, from AWS's RDS for MySQL pricing-page feed (2024-09-28; the
 * storage rows are engine-independent, `databaseEngine: Any`). Rates printed on the May 2025
 * invoice are newer and win where they exist.
 */
export function rdsStorage(feed: Feed, facts: ReferenceFacts): PriceRecord[] {
  const newer = new Map<string, Sourced>([
    [
      'ap-southeast-1|RDS:GP3-Storage',
      facts.billRate('ap-southeast-1', /provisioned GP3 storage running PostgreSQL/),
    ],
    [
      'ap-southeast-1|RDS:Multi-AZ-GP2-Storage',
      facts.billRate('ap-southeast-1', /gp2 storage for Multi-AZ deployments running PostgreSQL/),
    ],
    [
      'eu-west-1|RDS:ChargedBackupUsage',
      facts.billRate('eu-west-1', /backup storage exceeding free allocation/),
    ],
  ]);
  const records: PriceRecord[] = [];
  for (const region of REGIONS) {
    const pfx = usagePrefix(region);
    const known = (usage: string, key: string): Sourced =>
      newer.get(`${region}|${usage}`) ?? feed.price(region, key);
    for (const [volumeType, deploymentOption, usage, key] of STORAGE) {
      const { price, source } = known(usage, key);
      records.push(
        curated({
          service: 'AmazonRDS',
          region,
          productFamily: 'Database Storage',
          attributes: {
            volumeType,
            deploymentOption,
            databaseEngine: 'Any',
            usagetype: `${pfx}${usage}`,
          },
          unit: 'GB-Mo',
          price,
          source,
          what: ['storage', volumeType.replace(/ /g, ''), deploymentOption],
        }),
      );
    }
    const backup = known('RDS:ChargedBackupUsage', 'Storage Snapshot');
    records.push(
      curated({
        service: 'AmazonRDS',
        region,
        productFamily: 'Storage Snapshot',
        attributes: { usagetype: `${pfx}RDS:ChargedBackupUsage` },
        unit: 'GB-Mo',
        price: backup.price,
        source: backup.source,
        what: ['backup-storage'],
      }),
    );
  }
  return records;
}

/**
 * CloudWatch: only rates a source printed — Singapore's first custom-metrics tier (invoice), standard
 * alarms and Logs ingestion (2026-07 Price List facts), and Oregon's Logs ingestion (invoice).
 */
export function cloudwatch(facts: ReferenceFacts): PriceRecord[] {
  const sg = 'ap-southeast-1';
  return [
    ...perRegion(
      { [sg]: facts.billRate(sg, /per metric-month for the first 10,000 metrics/) },
      (region, price, source) => ({
        service: 'AmazonCloudWatch',
        region,
        productFamily: 'Metric',
        attributes: { usagetype: 'APS1-CW:MetricMonitorUsage' },
        unit: 'Metrics',
        price,
        source,
        beginRange: '0',
        endRange: '10000',
        what: ['metrics', '0'],
      }),
    ),
    ...perRegion(
      { [sg]: facts.fact('s3zip_2026_07', sg, { usageType: 'APS1-CW:AlarmMonitorUsage' }) },
      (region, price, source) => ({
        service: 'AmazonCloudWatch',
        region,
        productFamily: 'Alarm',
        attributes: { usagetype: 'APS1-CW:AlarmMonitorUsage' },
        unit: 'Alarms',
        price,
        source,
        what: ['alarms'],
      }),
    ),
    ...perRegion(
      {
        [sg]: facts.fact('s3zip_2026_07', sg, { usageType: 'APS1-DataProcessing-Bytes' }),
        'us-west-2': facts.billRate('us-west-2', /custom log data ingested in Standard log class/),
      },
      (region, price, source) => ({
        service: 'AmazonCloudWatch',
        region,
        productFamily: 'Data Payload',
        attributes: {
          usagetype: `${region === sg ? 'APS1' : 'USW2'}-DataProcessing-Bytes`,
        },
        unit: 'GB',
        price,
        source,
        what: ['logs-ingestion'],
      }),
    ),
  ];
}
