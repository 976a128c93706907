import { Decimal } from '../money/decimal';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

/** NAT gateways: per gateway-hour plus per GB processed (aws.amazon.com/vpc/pricing/). */
export const natGateway: PricedResource<'nat-gateway'> = {
  service: 'nat-gateway',
  describe(item, context) {
    const r = context.region;
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    const ut = (suffix: string): string => usageType(r, suffix, { prefixedInUsEast1: false });
    return {
      description: item.description ?? `${item.quantity} NAT gateway(s)`,
      category: 'Network',
      components: [
        {
          name: 'NAT gateway hours',
          unit: 'hours',
          charge: 'monthly',
          quantity: count.multiply(hours),
          query: {
            service: 'AmazonEC2',
            region: r,
            productFamily: 'NAT Gateway',
            attributes: { usagetype: ut('NatGateway-Hours') },
            unit: 'Hrs',
          },
          quantityWords: timesWords(`${count.toString()} gateways`, hoursWords(hours)),
        },
        {
          name: 'Data processed',
          unit: 'GB',
          charge: 'monthly',
          quantity: count.multiply(Decimal.from(item.dataProcessedGb)),
          query: {
            service: 'AmazonEC2',
            region: r,
            productFamily: 'NAT Gateway',
            attributes: { usagetype: ut('NatGateway-Bytes') },
            unit: 'GB',
          },
          quantityWords: timesWords(count, `${item.dataProcessedGb} GB`),
        },
      ],
      warnings: [],
    };
  },
};
