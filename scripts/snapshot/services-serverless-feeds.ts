import type { PriceRecord } from '../../core/catalog/price-record';
import type { FeedTable } from './data/serverless-feeds-2025';
import {
  CLOUDWATCH_ANY_DASHBOARD,
  CLOUDWATCH_FEED,
  DYNAMODB_FEED,
  LAMBDA_FEED,
} from './data/serverless-feeds-2025';
import type { FeedName } from './feed-sources-2025';
import { PAGES } from './published';
import { regionUsageType } from './regions';
import type { FeedRow } from './services-network-feeds';
import { feedRecord } from './services-network-feeds';

/** One feed row → the record the engine's query finds (family, attributes, unit, tier). */
export type RowSpec = Omit<FeedRow, 'service' | 'region' | 'feed' | 'rowKey' | 'row'>;

/** Every region's records of `rows` (feed row key → record, given the region); rows a region lacks are left out. */
export function fromFeed(
  service: string,
  feed: FeedName,
  table: FeedTable,
  rows: Readonly<Record<string, (region: string) => RowSpec>>,
): PriceRecord[] {
  return Object.entries(table).flatMap(([region, prices]) =>
    Object.entries(rows).flatMap(([rowKey, spec]) => {
      const row = prices[rowKey];
      return row ? [feedRecord({ service, region, feed, rowKey, row, ...spec(region) })] : [];
    }),
  );
}

const LAMBDA_TIERS = `AWS Compute Blog "Introducing tiered pricing for AWS Lambda" (${PAGES.lambdaTieredPricingBlog})`;

/**
 * A Lambda row: `group` as core/resources/lambda-function.ts asks, and AWS's usage type (region
 * prefix, none in us-east-1: `Request`, `Lambda-GB-Second`, `Lambda-Storage-GB-Second`, `-ARM`).
 */
function lambdaRow(group: string, unit: string, usage: string, tier?: [string, string]) {
  return (region: string): RowSpec => ({
    productFamily: 'Serverless',
    attributes: { group, usagetype: regionUsageType(region, usage, false) },
    unit,
    what: tier ? [group, tier[0]] : [group],
    ...(tier ? { tier: { begin: tier[0], end: tier[1], boundsFrom: LAMBDA_TIERS } } : {}),
  });
}

/**
 * Lambda requests, duration (3 tiers each for x86 and Arm; the feed names the tiers, the bounds are
 * AWS's: x86 6 / 15 billion GB-s, Arm 7.5 / 18.75 billion) and ephemeral storage, lambda.json of
 * 2025-10-30. The free tier is the engine's, not a record.
 */
export function lambdaFeeds(): PriceRecord[] {
  const d = 'AWS-Lambda-Duration';
  const gbs = 'Lambda-GB-Second';
  const storage = 'Lambda-Storage-GB-Second';
  return fromFeed('AWSLambda', 'lambda', LAMBDA_FEED, {
    'Lambda Requests': lambdaRow('AWS-Lambda-Requests', 'Requests', 'Request'),
    'Lambda Requests-ARM': lambdaRow('AWS-Lambda-Requests-ARM', 'Requests', 'Request-ARM'),
    'Lambda Duration': lambdaRow(d, gbs, gbs, ['0', '6000000000']),
    'Lambda Duration Tier2': lambdaRow(d, gbs, gbs, ['6000000000', '15000000000']),
    'Lambda Duration Tier3': lambdaRow(d, gbs, gbs, ['15000000000', 'Inf']),
    'Lambda Duration-ARM': lambdaRow(`${d}-ARM`, gbs, `${gbs}-ARM`, ['0', '7500000000']),
    'Lambda Duration-ARM Tier2': lambdaRow(`${d}-ARM`, gbs, `${gbs}-ARM`, [
      '7500000000',
      '18750000000',
    ]),
    'Lambda Duration-ARM Tier3': lambdaRow(`${d}-ARM`, gbs, `${gbs}-ARM`, ['18750000000', 'Inf']),
    'Lambda Storage-Duration': lambdaRow('AWS-Lambda-Storage-Duration', 'GB-Seconds', storage),
    'Lambda Storage-Duration-ARM': lambdaRow(
      'AWS-Lambda-Storage-Duration-ARM',
      'GB-Seconds',
      `${storage}-ARM`,
    ),
  });
}

/** A record with the usage type core's DynamoDB and CloudWatch resources build (no prefix in us-east-1). */
function usageRow(productFamily: string, usage: string, unit: string, group?: string) {
  return (region: string): RowSpec => ({
    productFamily,
    attributes: {
      ...(group ? { group } : {}),
      usagetype: regionUsageType(region, usage, false),
    },
    unit,
    what: [usage],
  });
}

const PAY_PER_REQUEST = 'Amazon DynamoDB PayPerRequest Throughput';

/** The Standard and Standard-IA (`IA-` usage type) rows of one DynamoDB price. */
function bothClasses(
  rowKey: string,
  iaRowKey: string,
  family: string,
  usage: string,
  unit: string,
  group?: string,
): Record<string, (region: string) => RowSpec> {
  return {
    [rowKey]: usageRow(family, usage, unit, group),
    [iaRowKey]: usageRow(family, `IA-${usage}`, unit, group),
  };
}

/**
 * DynamoDB (dynamodb.json of 2025-08-28), Standard and Standard-IA: on-demand request units,
 * provisioned capacity-unit hours, storage; backups, PITR, restores, Streams reads and replicated
 * writes. The feed's "Free Tier" rows ($0) are not records: free allowances are the engine's.
 */
export function dynamodbFeeds(): PriceRecord[] {
  const pr = 'PayPerRequest';
  return fromFeed('AmazonDynamoDB', 'dynamodb', DYNAMODB_FEED, {
    ...bothClasses(
      `${pr} Read Request Units`,
      `${pr} Read Request Units IA`,
      PAY_PER_REQUEST,
      'ReadRequestUnits',
      'ReadRequestUnits',
      'DDB-ReadUnits',
    ),
    ...bothClasses(
      `${pr} Write Request Units`,
      `${pr} Write Request Units IA`,
      PAY_PER_REQUEST,
      'WriteRequestUnits',
      'WriteRequestUnits',
      'DDB-WriteUnits',
    ),
    ...bothClasses(
      'Data Storage Indexed GB-Mo',
      'Data Storage Indexed - IA GB-Mo',
      'Database Storage',
      'TimedStorage-ByteHrs',
      'GB-Mo',
    ),
    ...bothClasses(
      'Provisioned Read Units',
      'Provisioned Read Units IA',
      'Provisioned IOPS',
      'ReadCapacityUnit-Hrs',
      'ReadCapacityUnit-Hrs',
      'DDB-ReadUnits',
    ),
    ...bothClasses(
      'Provisioned Write Units',
      'Provisioned Write Units IA',
      'Provisioned IOPS',
      'WriteCapacityUnit-Hrs',
      'WriteCapacityUnit-Hrs',
      'DDB-WriteUnits',
    ),
    ...bothClasses(
      `${pr} Replicated Write Request Units`,
      `${pr} Replicated Write Request Units IA`,
      PAY_PER_REQUEST,
      'ReplWriteRequestUnits',
      'ReplicatedWriteRequestUnits',
    ),
    ...bothClasses(
      'Provisioned Replicated Write Units',
      'Provisioned Replicated Write Units IA',
      'Provisioned IOPS',
      'ReplWriteCapacityUnit-Hrs',
      'ReplicatedWriteCapacityUnit-Hrs',
    ),
    'On-Demand Backup Storage GB-Month': usageRow(
      'Amazon DynamoDB On-Demand Backup Storage',
      'TimedBackupStorage-ByteHrs',
      'GB-Mo',
    ),
    'PITR Backup Storage GB-Mo': usageRow(
      'Amazon DynamoDB Point-In-Time-Restore (PITR) Backup Storage',
      'TimedPITRStorage-ByteHrs',
      'GB-Mo',
    ),
    'Restore Data Size': usageRow(
      'Amazon DynamoDB Restore Data Size',
      'RestoreDataSize-Bytes',
      'GB',
    ),
    'Streams Read Requests': usageRow('API Request', 'Streams-Requests', 'Requests'),
  });
}

/** The custom-metric tiers, as the feed's row names state them (metrics per month). */
const METRIC_TIERS: readonly (readonly [string, string, string])[] = [
  ['Metric for the first 10000', '0', '10000'],
  ['Metric for the next 240000', '10000', '250000'],
  ['Metric for the next 750000', '250000', '1000000'],
  ['Metric for over 1000000', '1000000', 'Inf'],
];

function metricRow(begin: string, end: string) {
  return (region: string): RowSpec => ({
    ...usageRow('Metric', 'CW:MetricMonitorUsage', 'Metrics')(region),
    what: ['metrics', begin],
    tier: { begin, end },
  });
}

/**
 * CloudWatch (cloudwatch.json of 2025-09-23): custom metrics in 4 tiers, Logs ingestion (Standard
 * class, row "Logs Collected Data Ingestion") and storage ("Stored Data"), standard alarms, and
 * basic dashboards — the feed prices dashboards once, at location "Any", so every region gets
 * that row. Free allowances are the engine's.
 */
export function cloudwatchFeeds(): PriceRecord[] {
  const regional = fromFeed('AmazonCloudWatch', 'cloudwatch', CLOUDWATCH_FEED, {
    ...Object.fromEntries(METRIC_TIERS.map(([key, b, e]) => [key, metricRow(b, e)])),
    'Logs Collected Data Ingestion': (region) => ({
      ...usageRow('Data Payload', 'DataProcessing-Bytes', 'GB')(region),
      what: ['logs-ingestion'],
    }),
    'Stored Data': (region) => ({
      ...usageRow('Storage Snapshot', 'TimedStorage-ByteHrs', 'GB-Mo')(region),
      what: ['logs-storage'],
    }),
    'Alarm Standard': (region) => ({
      ...usageRow('Alarm', 'CW:AlarmMonitorUsage', 'Alarms')(region),
      what: ['alarms'],
    }),
  });
  const dashboards = Object.keys(CLOUDWATCH_FEED).map((region) =>
    feedRecord({
      service: 'AmazonCloudWatch',
      region,
      feed: 'cloudwatch',
      rowKey: 'Any / Dashboard Basic Dashboard',
      row: CLOUDWATCH_ANY_DASHBOARD,
      ...usageRow('Dashboard', 'DashboardsUsageHour-Basic', 'Dashboards')(region),
      what: ['dashboards'],
    }),
  );
  return [...regional, ...dashboards];
}
