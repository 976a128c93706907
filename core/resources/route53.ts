import { Decimal } from '../money/decimal';
import type { PricedResource } from './resource';
import { itemCount } from './usage';

/** Route 53 (global): hosted zones (first 25 / over 25) and standard queries (first 1B / over 1B) (aws.amazon.com/route53/pricing/). */
export const route53: PricedResource<'route53'> = {
  service: 'route53',
  describe(item) {
    const count = itemCount(item);
    return {
      description: item.description ?? `Route 53: ${item.hostedZones} hosted zone(s)`,
      category: 'Network',
      components: [
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
        {
          name: 'Standard queries',
          unit: 'queries',
          charge: 'monthly',
          quantity:
            item.standardQueriesMillions === undefined
              ? null
              : count.multiply(Decimal.from(item.standardQueriesMillions)).multiply(1_000_000),
          query: {
            service: 'AmazonRoute53',
            region: 'global',
            productFamily: 'DNS Query',
            attributes: { usagetype: 'DNS-Queries' },
          },
          tiered: true,
        },
      ],
      warnings: [],
    };
  },
};
