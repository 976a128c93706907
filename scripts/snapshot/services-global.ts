import type { PriceRecord } from '../../core/catalog/price-record';
import { curated } from './curated-record';
import type { ReferenceFacts } from './published';
import { PAGES, pageRead, perRegion } from './published';

/** Route 53 (region `global`): the first 25 hosted zones, as printed on the May 2025 invoice. */
export function route53(facts: ReferenceFacts): PriceRecord[] {
  const firstZones = facts.billRate(
    'global (billing location "Any")',
    /per Hosted Zone for the first 25 Hosted Zones/,
  );
  return [
    curated({
      service: 'AmazonRoute53',
      region: 'global',
      productFamily: 'DNS Zone',
      attributes: { usagetype: 'HostedZone' },
      unit: 'HostedZone',
      price: firstZones.price,
      source: firstZones.source,
      beginRange: '0',
      endRange: '25',
      what: ['HostedZone', '0'],
    }),
  ];
}

/** Data-transfer tiers per month in GB: 10 TB, 40 TB, 100 TB, 350 TB, 524 TB, 4 PB, over 5 PB. */
const TIERS = [
  ['0', '10240'],
  ['10240', '51200'],
  ['51200', '153600'],
  ['153600', '512000'],
  ['512000', '1048576'],
  ['1048576', '5242880'],
  ['5242880', 'Inf'],
] as const;

/**
 * "Regional Data Transfer Out to Internet (per GB)" on the CloudFront pricing page, one column per
 * edge-location group, rows First 10TB … Over 5PB.
 */
const OUT_TO_INTERNET: readonly (readonly [string, readonly string[]])[] = [
  [
    'United States, Mexico, and Canada',
    ['0.085', '0.080', '0.060', '0.040', '0.030', '0.025', '0.020'],
  ],
  ['Europe, Israel, and Türkiye', ['0.085', '0.080', '0.060', '0.040', '0.030', '0.025', '0.020']],
  [
    'South Africa, Kenya, Nigeria, and Middle East',
    ['0.110', '0.105', '0.090', '0.080', '0.060', '0.050', '0.040'],
  ],
  ['South America', ['0.110', '0.105', '0.090', '0.080', '0.060', '0.050', '0.040']],
  ['Japan', ['0.114', '0.089', '0.086', '0.084', '0.080', '0.070', '0.060']],
  ['Australia and New Zealand', ['0.114', '0.098', '0.094', '0.092', '0.090', '0.085', '0.080']],
  [
    'Hong Kong, Indonesia, Philippines, Singapore, South Korea, Taiwan, Thailand, Malaysia, and Vietnam',
    ['0.120', '0.100', '0.095', '0.090', '0.080', '0.070', '0.060'],
  ],
  ['India', ['0.109', '0.085', '0.082', '0.080', '0.078', '0.075', '0.072']],
];

/**
 * The edge locations the engine accepts (core/resources/cloudfront-distribution.ts), their
 * usage-type code, and the page's group that prices them.
 */
const EDGE_LOCATIONS: readonly (readonly [string, string, string])[] = [
  ['United States', 'US', 'United States, Mexico, and Canada'],
  ['Canada', 'CA', 'United States, Mexico, and Canada'],
  ['Europe', 'EU', 'Europe, Israel, and Türkiye'],
  ['Middle East', 'ME', 'South Africa, Kenya, Nigeria, and Middle East'],
  ['South Africa', 'ZA', 'South Africa, Kenya, Nigeria, and Middle East'],
  ['South America', 'SA', 'South America'],
  ['Japan', 'JP', 'Japan'],
  ['Australia', 'AU', 'Australia and New Zealand'],
  [
    'Asia Pacific',
    'AP',
    'Hong Kong, Indonesia, Philippines, Singapore, South Korea, Taiwan, Thailand, Malaysia, and Vietnam',
  ],
  [
    'Asia',
    'AP',
    'Hong Kong, Indonesia, Philippines, Singapore, South Korea, Taiwan, Thailand, Malaysia, and Vietnam',
  ],
  ['India', 'IN', 'India'],
];

/**
 * CloudFront (region `global`, edge location in `fromLocation`): data transfer out to the internet
 * for every edge-location group in the page's seven tiers, and data transfer to the origin as the
 * May 2025 invoice printed it. Request prices are not on the part of the page that was read, so
 * HTTP/HTTPS requests have no price in the catalog.
 */
export function cloudfront(facts: ReferenceFacts): PriceRecord[] {
  const records: PriceRecord[] = [];
  const prices = new Map(OUT_TO_INTERNET);
  for (const [fromLocation, code, group] of EDGE_LOCATIONS) {
    const column = prices.get(group);
    if (!column) throw new Error(`CloudFront: no page column for ${group}.`);
    TIERS.forEach(([beginRange, endRange], i) => {
      const price = column[i];
      if (price === undefined) throw new Error(`CloudFront: ${group} has no tier ${i + 1}.`);
      records.push(
        curated({
          service: 'AmazonCloudFront',
          region: 'global',
          productFamily: 'Data Transfer',
          attributes: {
            transferType: 'CloudFront Outbound',
            fromLocation,
            usagetype: `${code}-DataTransfer-Out-Bytes`,
          },
          unit: 'GB',
          price,
          source: pageRead(
            PAGES.cloudfront,
            `"Regional Data Transfer Out to Internet (per GB)", column "${group}", tier ${beginRange}–${endRange} GB`,
          ),
          beginRange,
          endRange,
          what: ['out', fromLocation.replace(/ /g, '-'), beginRange],
        }),
      );
    });
  }
  const origin: readonly (readonly [string, string, string, RegExp])[] = [
    ['United States', 'US', 'us-east-1', /out to Origin \(US\)/],
    ['Europe', 'EU', 'eu-west-1', /out to Origin \(Europe\)/],
    ['Asia', 'AP', 'ap-southeast-1', /out to Origin \(Asia\)/],
    ['Japan', 'JP', 'ap-northeast-1', /out to Origin \(Japan\)/],
    ['Australia', 'AU', 'ap-southeast-2', /out to Origin \(Australia\)/],
  ];
  for (const [fromLocation, code, billRegion, line] of origin) {
    records.push(
      ...perRegion({ global: facts.billRate(billRegion, line) }, (region, price, source) => ({
        service: 'AmazonCloudFront',
        region,
        productFamily: 'Data Transfer',
        attributes: {
          transferType: 'CloudFront to Origin',
          fromLocation,
          usagetype: `${code}-DataTransfer-Out-OBytes`,
        },
        unit: 'GB',
        price,
        source,
        what: ['to-origin', code],
      })),
    );
  }
  return records;
}
