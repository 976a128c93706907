import type { PriceRecord } from '../../core/catalog/price-record';
import { EFS_USAGE } from '../../core/resources/efs-file-system';
import {
  EFS_FEED,
  GATEWAY_LOAD_BALANCERS,
  ORIGIN_SHIELD_REQUESTS,
  ROUTE53_QUERIES,
  ROUTE53_ZONES,
} from './data/storage-network-feeds-2025';
import type { FeedPrice } from './feed-sources-2025';
import { regionUsageType } from './regions';
import type { FeedRow } from './services-network-feeds';
import { feedRecord } from './services-network-feeds';
import type { RowSpec } from './services-serverless-feeds';
import { fromFeed } from './services-serverless-feeds';

/** An EFS row: family, storage class (when the row has one), the engine's usage type and unit. */
function efsRow(productFamily: string, usage: string, unit: string, storageClass?: string) {
  return (region: string): RowSpec => ({
    productFamily,
    attributes: {
      ...(storageClass ? { storageClass } : {}),
      usagetype: regionUsageType(region, usage, false),
    },
    unit,
    what: [usage],
  });
}

/**
 * EFS, efs.json of 2025-09-25: storage of every class (Infrequent Access twice — "ET", the price for
 * file systems in Elastic throughput mode, and the price under the legacy Bursting/Provisioned
 * modes), IA and Archive access per GB read and written, Elastic throughput reads and writes, and
 * Provisioned throughput per MiB/s-month. Usage types and classes: core/resources/efs-file-system.ts.
 */
export function efsFeeds(): PriceRecord[] {
  const u = EFS_USAGE;
  const s = 'Storage';
  return fromFeed('AmazonEFS', 'efs', EFS_FEED, {
    'General Purpose Storage GB Mo': efsRow(s, u.standard, 'GB-Mo', 'General Purpose'),
    'Infrequent Access ET Storage GB Mo': efsRow(s, u.iaElastic, 'GB-Mo', 'Infrequent Access'),
    'Infrequent Access Storage GB Mo': efsRow(s, u.iaLegacy, 'GB-Mo', 'Infrequent Access'),
    'Archive Storage GB Mo': efsRow(s, u.archive, 'GB-Mo', 'Archive'),
    'One Zone General Purpose Storage GB Mo': efsRow(
      s,
      u.oneZone,
      'GB-Mo',
      'One Zone-General Purpose',
    ),
    'One Zone Infrequent Access Storage GB Mo': efsRow(
      s,
      u.oneZoneIa,
      'GB-Mo',
      'One Zone-Infrequent Access',
    ),
    'Infrequent Access Requests Read per GB': efsRow(s, u.iaRead, 'GB', 'Infrequent Access'),
    'Infrequent Access Requests Write per GB': efsRow(s, u.iaWrite, 'GB', 'Infrequent Access'),
    'Archive Storage Read Read GB': efsRow(s, u.archiveRead, 'GB', 'Archive'),
    'Archive Storage Write Write GB': efsRow(s, u.archiveWrite, 'GB', 'Archive'),
    'EFS Storage Requests Read per GB': efsRow('Throughput', u.elasticRead, 'GB'),
    'EFS Storage Requests Write per GB': efsRow('Throughput', u.elasticWrite, 'GB'),
    'Throughput Provisioned': efsRow('Provisioned Throughput', u.provisioned, 'MiBps-Mo'),
  });
}

/** A global Route 53 record of one feed row, in a tier of the record's unit. */
function route53Record(
  productFamily: string,
  usagetype: string,
  unit: string,
  rowKey: string,
  row: FeedPrice | undefined,
  tier: readonly [string, string],
  note?: string,
): PriceRecord {
  if (!row) throw new Error(`Route 53: the feed has no row "${rowKey}".`);
  const spec: FeedRow = {
    service: 'AmazonRoute53',
    region: 'global',
    productFamily,
    attributes: { usagetype },
    unit,
    feed: 'route53',
    rowKey,
    row,
    what: [usagetype, tier[0]],
    tier: { begin: tier[0], end: tier[1], boundsFrom: `the row's name${note ? `; ${note}` : ''}` },
  };
  return feedRecord(spec);
}

const BILLION = '1000000000';

/**
 * Route 53 (region `global`), route53.json of 2025-08-28: hosted zones (first 25, every further
 * zone) and public DNS queries by routing policy, each in two tiers (first 1 billion a month,
 * over). The engine has one input for geolocation and geoproximity queries: their rows must price
 * the same, else the build stops.
 */
export function route53Feeds(): PriceRecord[] {
  const z = ROUTE53_ZONES;
  const records = [
    route53Record(
      'DNS Zone',
      'HostedZone',
      'HostedZone',
      'DNS Zone first 25',
      z['DNS Zone first 25'],
      ['0', '25'],
    ),
    route53Record(
      'DNS Zone',
      'HostedZone',
      'HostedZone',
      'DNS Zone',
      z['DNS Zone'],
      ['25', 'Inf'],
      'every zone after the first 25',
    ),
  ];
  const q = ROUTE53_QUERIES;
  for (const [usagetype, name] of [
    ['DNS-Queries', 'Query Standard External'],
    ['LBR-Queries', 'Query Latency Based Routing External'],
    ['Geo-Queries', 'Query Geo DNS External'],
  ] as const) {
    for (const [tierName, tier] of [
      ['first 1B', ['0', BILLION]],
      ['over 1B', [BILLION, 'Inf']],
    ] as const) {
      const rowKey = `${name} ${tierName}`;
      const proximity = q[`Query Geoproximity External ${tierName}`];
      if (usagetype === 'Geo-Queries' && proximity?.price !== q[rowKey]?.price)
        throw new Error(
          `Route 53: geoproximity queries (${tierName}) differ from geo DNS queries.`,
        );
      const note =
        usagetype === 'Geo-Queries'
          ? `geoproximity queries have the same price (rateCode ${proximity?.rateCode ?? '?'})`
          : undefined;
      records.push(route53Record('DNS Query', usagetype, 'Queries', rowKey, q[rowKey], tier, note));
    }
  }
  return records;
}

/** Gateway Load Balancer hours and GLCU-hours (AWSELB), every commercial region, elb.json of 2025-06-05. */
export function gatewayLoadBalancerFeeds(): PriceRecord[] {
  const row =
    (usage: string, unit: string) =>
    (region: string): RowSpec => ({
      productFamily: 'Load Balancer-Gateway',
      attributes: { usagetype: regionUsageType(region, usage, false) },
      unit,
      what: ['Load-Balancer-Gateway', usage],
    });
  return fromFeed('AWSELB', 'elb', GATEWAY_LOAD_BALANCERS, {
    'Gateway Load Balancer Hours': row('LoadBalancerUsage', 'Hrs'),
    'Gateway Load Balancer LCU Hours': row('LCUUsage', 'LCU-Hrs'),
  });
}

/**
 * CloudFront Origin Shield requests (region `global`), per AWS region that hosts an Origin Shield
 * (the usage type carries that region's prefix, as core/resources/cloudfront-features.ts asks),
 * cloudfront.json of 2025-07-01.
 */
export function originShieldFeeds(): PriceRecord[] {
  const rowKey = 'CloudFront Request-Origin-Shield Origin Shield Requests';
  return Object.entries(ORIGIN_SHIELD_REQUESTS).flatMap(([shieldRegion, rows]) => {
    const row = rows[rowKey];
    if (!row) return [];
    const usagetype = regionUsageType(shieldRegion, 'Requests-OriginShield', true);
    return [
      feedRecord({
        service: 'AmazonCloudFront',
        region: 'global',
        productFamily: 'Request',
        attributes: { usagetype },
        unit: 'Requests',
        feed: 'cloudfront',
        rowKey: `location of ${shieldRegion} / ${rowKey}`,
        row,
        what: ['origin-shield', shieldRegion],
      }),
    ];
  });
}
