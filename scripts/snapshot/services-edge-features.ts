import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { CLOUDFRONT_FEATURES } from '../../core/resources/cloudfront-features';
import { curated } from './curated-record';
import { shiftDecimal } from './decimal';

/** AWS's "How AWS Pricing Works" whitepaper, CloudFront section (read on 2026-12-06). */
export const CLOUDFRONT_WHITEPAPER =
  'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/cloudfront.html';
const READ_ON = '2026-12-06';

function whitepaper(quote: string): PriceSource {
  return {
    reference: CLOUDFRONT_WHITEPAPER,
    asOf: READ_ON,
    note: `AWS whitepaper "How AWS Pricing Works", CloudFront pricing: ${quote} (page read ${READ_ON})`,
  };
}

/**
 * CloudFront's optional charges (region `global`), as AWS states them: invalidation paths $0.005
 * each after the free 1,000 a month (the engine takes the free paths off), field-level encryption
 * $0.02 per 10,000 requests, dedicated-IP custom SSL $600 per certificate-month, real-time logs
 * $0.01 per 1,000,000 log lines. Prices per 10,000 / 1,000,000 are shifted exactly to per unit.
 */
export function cloudfrontFeatures(): PriceRecord[] {
  const record = (
    feature: keyof typeof CLOUDFRONT_FEATURES,
    price: string,
    quote: string,
  ): PriceRecord => {
    const f = CLOUDFRONT_FEATURES[feature];
    return curated({
      service: 'AmazonCloudFront',
      region: 'global',
      productFamily: f.productFamily,
      attributes: { usagetype: f.usagetype },
      unit: f.unit,
      price,
      source: whitepaper(quote),
      what: [f.usagetype],
    });
  };
  return [
    record(
      'invalidations',
      '0.005',
      '"$0.005 per path requested for invalidation" after the first 1,000 paths a month',
    ),
    record(
      'fieldLevelEncryption',
      shiftDecimal('0.02', -4),
      '"$0.02 for every 10,000 requests" encrypted with field-level encryption',
    ),
    record(
      'dedicatedIpSsl',
      '600',
      '"$600 per month for each custom SSL certificate" on dedicated IPs, pro-rated by the hour',
    ),
    record(
      'realtimeLogs',
      shiftDecimal('0.01', -6),
      '"$0.01 for every 1,000,000 log lines" of real-time logs',
    ),
  ];
}
