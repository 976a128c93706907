import type { PriceRecord } from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import { CURATED_REGIONS as REGIONS, usagePrefix } from './curated-record';
import type { ReferenceFacts } from './published';
import { PAGES, page, perRegion } from './published';
import { rdsRecord } from './rds';

type Prices = Parameters<typeof perRegion>[0];
const us = (price: string): Prices => ({ 'us-east-1': price, 'us-west-2': price });

/** Aurora instance-hours (MySQL- and PostgreSQL-compatible, same price), storage, I/O, Serverless v2. */
export function aurora(): PriceRecord[] {
  const src = page(PAGES.aurora);
  const instances: [string, string][] = [
    ['db.t3.medium', '0.082'],
    ['db.t4g.medium', '0.073'],
    ['db.r5.large', '0.29'],
    ['db.r5.xlarge', '0.58'],
    ['db.r6g.large', '0.26'],
    ['db.r6g.xlarge', '0.519'],
  ];
  const records: PriceRecord[] = [];
  for (const databaseEngine of ['Aurora MySQL', 'Aurora PostgreSQL']) {
    for (const [instanceType, price] of instances) {
      for (const region of ['us-east-1', 'us-west-2'] as const) {
        records.push(
          rdsRecord({
            region,
            instanceType,
            databaseEngine,
            deploymentOption: 'Single-AZ',
            licenseModel: 'No license required',
            term: ON_DEMAND,
            unit: 'Hrs',
            price: Number(price),
            source: src,
          }),
        );
      }
    }
    const engineId = databaseEngine.replace(/ /g, '');
    const parts: [string, string, string, string, string][] = [
      ['Database Storage', 'Aurora:StorageUsage', 'GB-Mo', '0.10', 'storage'],
      ['System Operation', 'Aurora:StorageIOUsage', 'IOs', '0.0000002', 'io'],
      ['ServerlessV2', 'Aurora:ServerlessV2Usage', 'ACU-Hr', '0.12', 'serverless-v2'],
    ];
    for (const [family, usage, unit, price, what] of parts) {
      records.push(
        ...perRegion(us(price), src, (region, p, source) => ({
          service: 'AmazonRDS',
          region,
          productFamily: family,
          attributes: { databaseEngine, usagetype: `${usagePrefix(region)}${usage}` },
          unit,
          price: p,
          source,
          what: [engineId, what],
        })),
      );
    }
  }
  return records;
}

/** RDS storage (gp2/gp3 per GB-month, Single-AZ and Multi-AZ) and backup storage beyond the free allocation. */
export function rdsStorage(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.rds);
  const storage = (volumeType: string, deploymentOption: string, usage: string, prices: Prices) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonRDS',
      region,
      productFamily: 'Database Storage',
      attributes: {
        volumeType,
        deploymentOption,
        databaseEngine: 'Any',
        usagetype: `${usagePrefix(region)}${usage}`,
      },
      unit: 'GB-Mo',
      price,
      source,
      what: ['storage', volumeType.replace(/ /g, ''), deploymentOption],
    }));
  return [
    ...storage('General Purpose-GP3', 'Single-AZ', 'RDS:GP3-Storage', {
      ...us('0.115'),
      'ap-southeast-1': facts.billRate(
        'ap-southeast-1',
        /provisioned GP3 storage running PostgreSQL/,
      ),
    }),
    ...storage('General Purpose-GP3', 'Multi-AZ', 'RDS:Multi-AZ-GP3-Storage', us('0.23')),
    ...storage('General Purpose', 'Single-AZ', 'RDS:GP2-Storage', {
      ...us('0.115'),
      'ap-southeast-1': '0.138',
    }),
    ...storage('General Purpose', 'Multi-AZ', 'RDS:Multi-AZ-GP2-Storage', {
      ...us('0.23'),
      'ap-southeast-1': facts.billRate(
        'ap-southeast-1',
        /gp2 storage for Multi-AZ deployments running PostgreSQL/,
      ),
    }),
    ...perRegion(
      {
        ...us('0.095'),
        'eu-west-1': facts.billRate('eu-west-1', /backup storage exceeding free allocation/),
      },
      src,
      (region, price, source) => ({
        service: 'AmazonRDS',
        region,
        productFamily: 'Storage Snapshot',
        attributes: { usagetype: `${usagePrefix(region)}RDS:ChargedBackupUsage` },
        unit: 'GB-Mo',
        price,
        source,
        what: ['backup-storage'],
      }),
    ),
  ];
}

/** CloudWatch basics: custom metrics (tiered), standard alarms, Logs ingestion and storage. */
export function cloudwatch(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.cloudwatch);
  const records: PriceRecord[] = [];
  const metricTiers: [string, string, string, Prices][] = [
    [
      '0',
      '10000',
      '0.30',
      {
        ...Object.fromEntries(REGIONS.map((r) => [r, '0.30'])),
        'ap-southeast-1': facts.billRate(
          'ap-southeast-1',
          /per metric-month for the first 10,000 metrics/,
        ),
      },
    ],
    ['10000', '250000', '0.10', us('0.10')],
    ['250000', '1000000', '0.05', us('0.05')],
    ['1000000', 'Inf', '0.02', us('0.02')],
  ];
  for (const [begin, end, , prices] of metricTiers) {
    records.push(
      ...perRegion(prices, src, (region, price, source) => ({
        service: 'AmazonCloudWatch',
        region,
        productFamily: 'Metric',
        attributes: { usagetype: `${usagePrefix(region)}CW:MetricMonitorUsage` },
        unit: 'Metrics',
        price,
        source,
        beginRange: begin,
        endRange: end,
        what: ['metrics', begin],
      })),
    );
  }
  const alarms = Object.fromEntries(REGIONS.map((r) => [r, '0.10'])) as Prices;
  alarms['ap-southeast-1'] = facts.fact('s3zip_2026_07', 'ap-southeast-1', {
    usageType: 'APS1-CW:AlarmMonitorUsage',
  });
  const ingestion: Prices = {
    ...us('0.50'),
    'us-west-2': facts.billRate('us-west-2', /custom log data ingested in Standard log class/),
    'eu-west-1': '0.57',
    'ap-southeast-1': facts.fact('s3zip_2026_07', 'ap-southeast-1', {
      usageType: 'APS1-DataProcessing-Bytes',
    }),
  };
  const parts: [string, string, string, string, Prices][] = [
    ['Alarm', 'CW:AlarmMonitorUsage', 'Alarms', 'alarms', alarms],
    ['Data Payload', 'DataProcessing-Bytes', 'GB', 'logs-ingestion', ingestion],
    ['Storage Snapshot', 'TimedStorage-ByteHrs', 'GB-Mo', 'logs-storage', us('0.03')],
  ];
  for (const [family, usage, unit, what, prices] of parts) {
    records.push(
      ...perRegion(prices, src, (region, price, source) => ({
        service: 'AmazonCloudWatch',
        region,
        productFamily: family,
        attributes: { usagetype: `${usagePrefix(region)}${usage}` },
        unit,
        price,
        source,
        what: [what],
      })),
    );
  }
  return records;
}
