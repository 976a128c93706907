import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { cloudFrontFeatureComponents } from './cloudfront-features';
import type { ItemOf, PricedResource } from './resource';
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

/** What a distribution is billed on (the arithmetic, no words); null = not given. */
export interface CloudFrontUsage {
  readonly dataOutGb: Decimal | null;
  readonly httpsRequests: Decimal | null;
  readonly httpRequests: Decimal | null;
}

export function cloudFrontUsage(item: ItemOf<'cloudfront'>): CloudFrontUsage {
  const count = itemCount(item);
  const per = (v: number | undefined): Decimal | null =>
    v === undefined ? null : count.multiply(Decimal.from(v));
  return {
    dataOutGb: per(item.dataOutGb),
    httpsRequests: per(item.httpsRequests),
    httpRequests: per(item.httpRequests),
  };
}

/**
 * CloudFront, priced globally by edge location: data out to viewers (tiered: first 10 TB / next 40 TB /
 * next 100 TB / …) and HTTP / HTTPS requests (aws.amazon.com/cloudfront/pricing/); the optional
 * features given (cloudfront-features.ts).
 */
export const cloudFrontDistribution: PricedResource<'cloudfront'> = {
  service: 'cloudfront',
  describe(item, context) {
    const code = EDGE_CODES[item.edgeLocation];
    if (!code) {
      throw new ResourceInputError(
        item.id,
        'edgeLocation',
        `must be one of ${Object.keys(EDGE_CODES).join(', ')}; got '${item.edgeLocation}'`,
      );
    }
    const usage = cloudFrontUsage(item);
    const loc = item.edgeLocation;
    const components: ComponentSpec[] = [
      {
        name: `Data transfer out to the internet (${loc})`,
        unit: 'GB',
        charge: 'monthly',
        quantity: usage.dataOutGb,
        query: edgeQuery('Data Transfer', loc, { transferType: 'CloudFront Outbound' }, 'GB'),
        tiered: true,
      },
      requestsComponent(
        `HTTPS requests (${loc})`,
        usage.httpsRequests,
        loc,
        `${code}-Requests-Tier2-HTTPS`,
      ),
    ];
    if (item.httpRequests !== undefined)
      components.push(
        requestsComponent(
          `HTTP requests (${loc})`,
          usage.httpRequests,
          loc,
          `${code}-Requests-Tier1`,
        ),
      );
    components.push(...cloudFrontFeatureComponents(item, context.region));
    return {
      description: item.description ?? `CloudFront (${loc})`,
      category: 'Network',
      components,
      warnings: [],
    };
  },
};

function edgeQuery(
  productFamily: string,
  fromLocation: string,
  attributes: Record<string, string>,
  unit: string,
): PriceQuery {
  return {
    service: 'AmazonCloudFront',
    region: 'global',
    productFamily,
    attributes: { fromLocation, ...attributes },
    unit,
  };
}

function requestsComponent(
  name: string,
  quantity: Decimal | null,
  loc: string,
  usagetype: string,
): ComponentSpec {
  return {
    name,
    unit: 'requests',
    charge: 'monthly',
    quantity,
    query: edgeQuery('Request', loc, { usagetype }, 'Requests'),
  };
}
