import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { PricedResource } from './resource';
import { itemCount } from './usage';

/** Query kinds beyond standard queries, each priced per query in tiers (first 1B / over 1B a month). */
const QUERY_KINDS = [
  ['standardQueriesMillions', 'Standard queries', 'DNS-Queries'],
  ['latencyQueriesMillions', 'Latency-based routing queries', 'LBR-Queries'],
  ['geoQueriesMillions', 'Geo DNS and geoproximity queries', 'Geo-Queries'],
] as const;

/**
 * Route 53 (global): hosted zones (first 25 / over 25) and queries by routing policy — standard,
 * latency-based, geolocation/geoproximity — each tiered first 1B / over 1B a month
 * (aws.amazon.com/route53/pricing/). Latency and geo queries appear only when given.
 */
export const route53: PricedResource<'route53'> = {
  service: 'route53',
  describe(item) {
    const count = itemCount(item);
    const components: ComponentSpec[] = [
      {
        name: 'Hosted zones',
        unit: 'zones',
        charge: 'monthly',
        quantity: count.multiply(Decimal.from(item.hostedZones)),
        query: {
          service: 'AmazonRoute53',
          region: 'global',
          productFamily: 'DNS Zone',
          attributes: { usagetype: 'HostedZone' },
        },
        tiered: true,
      },
    ];
    for (const [field, name, usagetype] of QUERY_KINDS) {
      const millions = item[field];
      if (millions === undefined && field !== 'standardQueriesMillions') continue;
      components.push({
        name,
        unit: 'queries',
        charge: 'monthly',
        quantity:
          millions === undefined
            ? null
            : count.multiply(Decimal.from(millions)).multiply(1_000_000),
        query: {
          service: 'AmazonRoute53',
          region: 'global',
          productFamily: 'DNS Query',
          attributes: { usagetype },
        },
        tiered: true,
      });
    }
    return {
      description: item.description ?? `Route 53: ${item.hostedZones} hosted zone(s)`,
      category: 'Network',
      components,
      warnings: [],
    };
  },
};
