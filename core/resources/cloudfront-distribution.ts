import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { PricedResource } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount } from './usage';

/** CloudFront edge pricing regions and their usage-type codes. */
const EDGE_CODES: Readonly<Record<string, string>> = {
  'United States': 'US',
  Canada: 'CA',
  Europe: 'EU',
  'Asia Pacific': 'AP',
  Asia: 'AP',
  Japan: 'JP',
  Australia: 'AU',
  India: 'IN',
  'South America': 'SA',
  'Middle East': 'ME',
  'South Africa': 'ZA',
};

/**
 * CloudFront, priced globally by edge location: data out to viewers (tiered: first 10 TB / next 40 TB /
 * next 100 TB / …) and HTTP / HTTPS requests (aws.amazon.com/cloudfront/pricing/).
 */
export const cloudFrontDistribution: PricedResource<'cloudfront'> = {
  service: 'cloudfront',
  describe(item) {
    const code = EDGE_CODES[item.edgeLocation];
    if (!code) {
      throw new ResourceInputError(
        item.id,
        'edgeLocation',
        `must be one of ${Object.keys(EDGE_CODES).join(', ')}; got '${item.edgeLocation}'`,
      );
    }
    const count = itemCount(item);
    const loc = item.edgeLocation;
    const per = (v: number | undefined): Decimal | null =>
      v === undefined ? null : count.multiply(Decimal.from(v));
    const components: ComponentSpec[] = [
      {
        name: `Data transfer out to the internet (${loc})`,
        unit: 'GB',
        charge: 'monthly',
        quantity: per(item.dataOutGb),
        query: {
          service: 'AmazonCloudFront',
          region: 'global',
          productFamily: 'Data Transfer',
          attributes: { fromLocation: loc, transferType: 'CloudFront Outbound' },
          unit: 'GB',
        },
        tiered: true,
      },
      {
        name: `HTTPS requests (${loc})`,
        unit: 'requests',
        charge: 'monthly',
        quantity: per(item.httpsRequests),
        query: {
          service: 'AmazonCloudFront',
          region: 'global',
          productFamily: 'Request',
          attributes: { fromLocation: loc, usagetype: `${code}-Requests-Tier2-HTTPS` },
          unit: 'Requests',
        },
      },
    ];
    if (item.httpRequests !== undefined) {
      components.push({
        name: `HTTP requests (${loc})`,
        unit: 'requests',
        charge: 'monthly',
        quantity: per(item.httpRequests),
        query: {
          service: 'AmazonCloudFront',
          region: 'global',
          productFamily: 'Request',
          attributes: { fromLocation: loc, usagetype: `${code}-Requests-Tier1` },
          unit: 'Requests',
        },
      });
    }
    return {
      description: item.description ?? `CloudFront (${loc})`,
      category: 'Network',
      components,
      warnings: [],
    };
  },
};
