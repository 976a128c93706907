import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import type { Decimal } from '../money/decimal';
import type { PricedResource } from './resource';
import { usageType } from './region-prefix';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

/**
 * Public IPv4 addresses, in use or idle, are billed per address-hour since 2024-02-01
 * (aws.amazon.com/vpc/pricing/). Both states have the same rate; the in-use row is the one selected.
 */
export function publicIpv4Query(region: string): PriceQuery {
  return {
    service: 'AmazonVPC',
    region,
    productFamily: 'VPC Public IPv4 Address',
    attributes: {
      usagetype: usageType(region, 'PublicIPv4:InUseAddress', { prefixedInUsEast1: true }),
    },
    unit: 'Hrs',
  };
}

export function publicIpv4Component(
  region: string,
  addresses: Decimal,
  hours: Decimal,
  words?: string,
): ComponentSpec {
  return {
    name: 'Public IPv4 addresses',
    unit: 'address-hours',
    charge: 'monthly',
    quantity: addresses.multiply(hours),
    query: publicIpv4Query(region),
    quantityWords: words ?? timesWords(`${addresses.toString()} addresses`, hoursWords(hours)),
  };
}

export const publicIpv4: PricedResource<'public-ipv4'> = {
  service: 'public-ipv4',
  describe(item, context) {
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    return {
      description: item.description ?? `${count.toString()} public IPv4 address(es)`,
      category: 'Network',
      components: [publicIpv4Component(context.region, count, hours)],
      warnings: [],
    };
  },
};
