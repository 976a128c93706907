import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { curated } from './curated-record';
import type { LoadBalancerPrice } from './data/network-feeds-2025';
import {
  CLOUDFRONT_REQUESTS,
  LOAD_BALANCERS,
  NAT_GATEWAY,
  PUBLIC_IPV4,
} from './data/network-feeds-2025';
import type { FeedName, FeedPrice } from './feed-sources-2025';
import { feedSource } from './feed-sources-2025';
import { regionUsageType } from './regions';

export interface FeedRow {
  readonly service: string;
  readonly region: string;
  readonly productFamily: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly unit: string;
  readonly feed: FeedName;
  readonly rowKey: string;
  readonly row: FeedPrice;
  readonly what: readonly string[];
  /** A tier of the row: its bounds in the record's unit, and where the bounds are published. */
  readonly tier?: { readonly begin: string; readonly end: string; readonly boundsFrom?: string };
}

export function feedRecord(r: FeedRow): PriceRecord {
  return curated({
    service: r.service,
    region: r.region,
    productFamily: r.productFamily,
    attributes: r.attributes,
    unit: r.unit,
    price: r.row.price,
    source: tieredSource(feedSource(r.feed, r.rowKey, r.row.rateCode), r.tier?.boundsFrom),
    what: r.what,
    ...(r.tier ? { beginRange: r.tier.begin, endRange: r.tier.end } : {}),
  });
}

function tieredSource(source: PriceSource, boundsFrom: string | undefined): PriceSource {
  return boundsFrom
    ? { ...source, note: `${source.note}; tier bounds from ${boundsFrom}` }
    : source;
}

/** NAT gateway hours and GB processed (AmazonEC2), every commercial region, natgateway.json of 2025-10-28. */
export function natGatewayFeeds(): PriceRecord[] {
  return Object.entries(NAT_GATEWAY).flatMap(([region, { hours, bytes }]) =>
    (
      [
        ['NatGateway-Hours', 'Hrs', 'Hourly charge for NAT Gateways', hours],
        ['NatGateway-Bytes', 'GB', 'Charge for per GB data processed by NatGateways', bytes],
      ] as const
    ).map(([usage, unit, rowKey, row]) =>
      feedRecord({
        service: 'AmazonEC2',
        region,
        productFamily: 'NAT Gateway',
        attributes: { usagetype: regionUsageType(region, usage, false) },
        unit,
        feed: 'natGateway',
        rowKey,
        row,
        what: ['NatGateway', unit === 'Hrs' ? 'hours' : 'bytes'],
      }),
    ),
  );
}

/** Public IPv4 addresses in use and idle, per address-hour (AmazonVPC), vpc.json of 2025-11-04. */
export function publicIpv4Feeds(): PriceRecord[] {
  return Object.entries(PUBLIC_IPV4).flatMap(([region, { inUse, idle }]) =>
    (
      [
        ['InUseAddress', 'Hourly charge for In use Public IPv4 Addresses per Hrs', inUse],
        ['IdleAddress', 'Hourly charge for Idle Public IPv4 Addresses per Hrs', idle],
      ] as const
    ).map(([kind, rowKey, row]) =>
      feedRecord({
        service: 'AmazonVPC',
        region,
        productFamily: 'VPC Public IPv4 Address',
        attributes: { usagetype: regionUsageType(region, `PublicIPv4:${kind}`, true) },
        unit: 'Hrs',
        feed: 'vpc',
        rowKey,
        row,
        what: ['PublicIPv4', kind],
      }),
    ),
  );
}

/** elb.json rows → the family, usage type and unit core/resources/load-balancer.ts asks for. */
const LB_ROWS: readonly (readonly [LoadBalancerPrice, string, string, string, string])[] = [
  [
    'albHours',
    'Load Balancer-Application',
    'LoadBalancerUsage',
    'Hrs',
    'Application Load Balancer Hours',
  ],
  [
    'albLcu',
    'Load Balancer-Application',
    'LCUUsage',
    'LCU-Hrs',
    'Application Load Balancer LCU Hours',
  ],
  ['nlbHours', 'Load Balancer-Network', 'LoadBalancerUsage', 'Hrs', 'Network Load Balancer Hours'],
  ['nlbLcu', 'Load Balancer-Network', 'LCUUsage', 'LCU-Hrs', 'Network Load Balancer LCU Hours'],
  ['clbHours', 'Load Balancer', 'LoadBalancerUsage', 'Hrs', 'Classic Load Balancer Hours'],
  ['clbData', 'Load Balancer', 'DataProcessing-Bytes', 'GB', 'Classic Load Balancer Data'],
];

/** Application, Network and Classic load balancers (AWSELB), every commercial region, elb.json of 2025-06-05. */
export function loadBalancerFeeds(): PriceRecord[] {
  return Object.entries(LOAD_BALANCERS).flatMap(([region, prices]) =>
    LB_ROWS.flatMap(([key, productFamily, usage, unit, rowKey]) => {
      const row = prices[key];
      return row
        ? [
            feedRecord({
              service: 'AWSELB',
              region,
              productFamily,
              attributes: { usagetype: regionUsageType(region, usage, false) },
              unit,
              feed: 'elb',
              rowKey,
              row,
              what: [productFamily.replace(/ /g, '-'), usage],
            }),
          ]
        : [];
    }),
  );
}

/**
 * The edge locations core/resources/cloudfront-distribution.ts accepts, their usage-type code and
 * the cloudfront.json location that prices their requests.
 */
const EDGE_REQUESTS: readonly (readonly [string, string, string])[] = [
  ['United States', 'US', 'United States'],
  ['Canada', 'CA', 'Canada'],
  ['Europe', 'EU', 'EU'],
  ['Asia Pacific', 'AP', 'Asia Pacific'],
  ['Asia', 'AP', 'Asia Pacific'],
  ['Japan', 'JP', 'Japan'],
  ['Australia', 'AU', 'Australia'],
  ['India', 'IN', 'India'],
  ['South America', 'SA', 'South America'],
  ['Middle East', 'ME', 'Middle East'],
  ['South Africa', 'ZA', 'South Africa'],
];

/** CloudFront HTTP and HTTPS GET/HEAD requests per edge location (region `global`), cloudfront.json of 2025-07-01. */
export function cloudfrontRequestFeeds(): PriceRecord[] {
  return EDGE_REQUESTS.flatMap(([fromLocation, code, feedLocation]) => {
    const prices = CLOUDFRONT_REQUESTS[feedLocation];
    if (!prices) throw new Error(`CloudFront: the feed has no requests for ${feedLocation}.`);
    return (
      [
        ['Requests-Tier1', 'CloudFront Request-Tier1 HTTP GET and HEAD requests', prices.http],
        [
          'Requests-Tier2-HTTPS',
          'CloudFront Request-Tier2 HTTPS GET and HEAD requests',
          prices.https,
        ],
      ] as const
    ).map(([usage, rowKey, row]) =>
      feedRecord({
        service: 'AmazonCloudFront',
        region: 'global',
        productFamily: 'Request',
        attributes: { fromLocation, usagetype: `${code}-${usage}` },
        unit: 'Requests',
        feed: 'cloudfront',
        rowKey: `${feedLocation} / ${rowKey}`,
        row,
        what: ['requests', fromLocation.replace(/ /g, '-'), usage],
      }),
    );
  });
}
