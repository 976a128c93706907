import type { PriceRecord } from '../../core/catalog/price-record';
import type { ReferenceFacts } from './published';
import { PAGES, page, perRegion } from './published';
import { curated } from './curated-record';

/** Route 53 (region `global`): hosted zones (tiered by count) and DNS queries (tiered per month). */
export function route53(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.route53);
  const firstZones = facts.billRate(
    'global (billing location "Any")',
    /per Hosted Zone for the first 25 Hosted Zones/,
  );
  const rows: [string, string, string, string, string, number | string, typeof src][] = [
    ['DNS Zone', 'HostedZone', 'HostedZone', '0', '25', firstZones.price, firstZones.source],
    ['DNS Zone', 'HostedZone', 'HostedZone', '25', 'Inf', '0.10', src],
    ['DNS Query', 'DNS-Queries', 'Queries', '0', '1000000000', '0.0000004', src],
    ['DNS Query', 'DNS-Queries', 'Queries', '1000000000', 'Inf', '0.0000002', src],
    ['DNS Query', 'LBR-Queries', 'Queries', '0', '1000000000', '0.0000006', src],
    ['DNS Query', 'LBR-Queries', 'Queries', '1000000000', 'Inf', '0.0000003', src],
    ['DNS Query', 'Geo-Queries', 'Queries', '0', '1000000000', '0.0000007', src],
    ['DNS Query', 'Geo-Queries', 'Queries', '1000000000', 'Inf', '0.00000035', src],
  ];
  return rows.map(([productFamily, usagetype, unit, beginRange, endRange, price, source]) =>
    curated({
      service: 'AmazonRoute53',
      region: 'global',
      productFamily,
      attributes: { usagetype },
      unit,
      price,
      source,
      beginRange,
      endRange,
      what: [usagetype, beginRange],
    }),
  );
}

const CLOUDFRONT_US_EU_OUT = [
  ['0', '10240', '0.085'],
  ['10240', '51200', '0.080'],
  ['51200', '153600', '0.060'],
  ['153600', '512000', '0.040'],
  ['512000', '1048576', '0.030'],
  ['1048576', '5242880', '0.025'],
  ['5242880', 'Inf', '0.020'],
] as const;

/**
 * CloudFront (region `global`, edge location group in `fromLocation`): data transfer out to the
 * internet for United States and Europe (tiered), HTTP/HTTPS requests, and transfer to origin.
 */
export function cloudfront(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.cloudfront);
  const records: PriceRecord[] = [];
  for (const [fromLocation, code] of [
    ['United States', 'US'],
    ['Europe', 'EU'],
  ] as const) {
    for (const [beginRange, endRange, price] of CLOUDFRONT_US_EU_OUT) {
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
          source: src,
          beginRange,
          endRange,
          what: ['out', code, beginRange],
        }),
      );
    }
    // Per request: US $0.0075 (HTTP) / $0.0100 (HTTPS) per 10,000; Europe $0.0090 / $0.0120.
    const [http, https] = code === 'US' ? ['0.00000075', '0.000001'] : ['0.0000009', '0.0000012'];
    for (const [usage, price] of [
      [`${code}-Requests-Tier1`, http],
      [`${code}-Requests-Tier2-HTTPS`, https],
    ] as const) {
      records.push(
        curated({
          service: 'AmazonCloudFront',
          region: 'global',
          productFamily: 'Request',
          attributes: { fromLocation, usagetype: usage },
          unit: 'Requests',
          price,
          source: src,
          what: [usage],
        }),
      );
    }
  }
  // Transfer to origin, from the invoice (billed per edge location group).
  const origin: [string, string, string, RegExp][] = [
    ['United States', 'US', 'us-east-1', /out to Origin \(US\)/],
    ['Europe', 'EU', 'eu-west-1', /out to Origin \(Europe\)/],
    ['Asia', 'AP', 'ap-southeast-1', /out to Origin \(Asia\)/],
    ['Japan', 'JP', 'ap-northeast-1', /out to Origin \(Japan\)/],
    ['Australia', 'AU', 'ap-southeast-2', /out to Origin \(Australia\)/],
  ];
  for (const [fromLocation, code, billRegion, line] of origin) {
    const rate = facts.billRate(billRegion, line);
    records.push(
      ...perRegion({ 'us-east-1': rate }, src, (_region, price, source) => ({
        service: 'AmazonCloudFront',
        region: 'global',
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
