import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { formatQuantity } from '../money/format';
import type { PricedResource } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount } from './usage';

/** 100 GB/month out to the internet is free, aggregated over the account (aws.amazon.com/ec2/pricing/on-demand/). */
const FREE_INTERNET_GB = Decimal.from(100);

function dtQuery(region: string, attributes: Record<string, string>): PriceQuery {
  return {
    service: 'AWSDataTransfer',
    region,
    productFamily: 'Data Transfer',
    attributes,
    unit: 'GB',
  };
}

/**
 * Data transfer: out to the internet (tiered: first 10 TB / next 40 TB / next 100 TB / over 150 TB),
 * to another region, and between AZs in one region (charged out and in, so twice the GB).
 */
export const dataTransfer: PricedResource<'data-transfer'> = {
  service: 'data-transfer',
  describe(item, context) {
    const r = context.region;
    const count = itemCount(item);
    const components: ComponentSpec[] = [];
    const warnings: string[] = [];
    if (item.internetOutGb !== undefined) {
      const gb = count.multiply(Decimal.from(item.internetOutGb));
      const free = item.freeAllowance ?? context.freeTier;
      const net = free ? Decimal.max(Decimal.ZERO, gb.subtract(FREE_INTERNET_GB)) : gb;
      components.push({
        name: 'Data transfer out to the internet',
        unit: 'GB',
        charge: 'monthly',
        quantity: net,
        query: dtQuery(r, { transferType: 'AWS Outbound', toLocation: 'External' }),
        tiered: true,
        ...(free
          ? {
              note: `${formatQuantity(gb)} GB less the 100 GB free allowance = ${formatQuantity(net)} GB.`,
            }
          : {}),
      });
      if (free)
        warnings.push(
          `${item.id}: 100 GB/month free internet egress applied (shared by the whole account).`,
        );
    }
    if (item.interRegionOutGb !== undefined) {
      if (!item.destinationRegion)
        throw new ResourceInputError(
          item.id,
          'destinationRegion',
          'is required with interRegionOutGb',
        );
      components.push({
        name: `Data transfer to ${item.destinationRegion}`,
        unit: 'GB',
        charge: 'monthly',
        quantity: count.multiply(Decimal.from(item.interRegionOutGb)),
        query: dtQuery(r, {
          transferType: 'InterRegion Outbound',
          toRegionCode: item.destinationRegion,
        }),
      });
    }
    if (item.intraRegionGb !== undefined) {
      const gb = count.multiply(Decimal.from(item.intraRegionGb));
      components.push({
        name: 'Data transfer between AZs (out and in)',
        unit: 'GB',
        charge: 'monthly',
        quantity: gb.multiply(2),
        query: dtQuery(r, { transferType: 'IntraRegion' }),
        quantityWords: `${formatQuantity(gb)} GB × 2 directions`,
      });
    }
    if (components.length === 0) warnings.push(`${item.id}: no data transfer volume given.`);
    return {
      description: item.description ?? 'Data transfer',
      category: 'Network',
      components,
      warnings,
    };
  },
};
