import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { formatQuantity } from '../money/format';
import type { ItemOf, PricedResource } from './resource';
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

/** What data transfer is billed on, in GB (the arithmetic, no words); absent = not given. */
export interface DataTransferUsage {
  /** Whether the 100 GB/month free internet egress is taken off. */
  readonly free: boolean;
  readonly internetOutGb?: Decimal;
  /** Internet egress after the free allowance (when it applies). */
  readonly netInternetOutGb?: Decimal;
  readonly interRegionGb?: Decimal;
  /** Between AZs, one direction; billed out and in (twice). */
  readonly intraRegionGb?: Decimal;
}

export function dataTransferUsage(
  item: ItemOf<'data-transfer'>,
  contextFreeTier: boolean,
): DataTransferUsage {
  const count = itemCount(item);
  const free = item.freeAllowance ?? contextFreeTier;
  const gb = (v: number | undefined) =>
    v === undefined ? undefined : count.multiply(Decimal.from(v));
  const internet = gb(item.internetOutGb);
  if (item.interRegionOutGb !== undefined && !item.destinationRegion)
    throw new ResourceInputError(item.id, 'destinationRegion', 'is required with interRegionOutGb');
  return {
    free,
    ...(internet
      ? {
          internetOutGb: internet,
          netInternetOutGb: free
            ? Decimal.max(Decimal.ZERO, internet.subtract(FREE_INTERNET_GB))
            : internet,
        }
      : {}),
    ...(item.interRegionOutGb !== undefined ? { interRegionGb: gb(item.interRegionOutGb) } : {}),
    ...(item.intraRegionGb !== undefined ? { intraRegionGb: gb(item.intraRegionGb) } : {}),
  };
}

/**
 * Data transfer: out to the internet (tiered: first 10 TB / next 40 TB / next 100 TB / over 150 TB),
 * to another region, and between AZs in one region (charged out and in, so twice the GB).
 */
export const dataTransfer: PricedResource<'data-transfer'> = {
  service: 'data-transfer',
  describe(item, context) {
    const usage = dataTransferUsage(item, context.freeTier);
    const components = transferComponents(item, context.region, usage);
    const warnings: string[] = [];
    if (usage.internetOutGb && usage.free)
      warnings.push(
        `${item.id}: 100 GB/month free internet egress applied (shared by the whole account).`,
      );
    if (components.length === 0) warnings.push(`${item.id}: no data transfer volume given.`);
    return {
      description: item.description ?? 'Data transfer',
      category: 'Network',
      components,
      warnings,
    };
  },
};

function transferComponents(
  item: ItemOf<'data-transfer'>,
  r: string,
  usage: DataTransferUsage,
): ComponentSpec[] {
  const { internetOutGb, netInternetOutGb, interRegionGb, intraRegionGb } = usage;
  const components: ComponentSpec[] = [];
  if (internetOutGb && netInternetOutGb) {
    const less = `${formatQuantity(internetOutGb)} GB less the 100 GB free allowance = ${formatQuantity(netInternetOutGb)} GB.`;
    components.push({
      name: 'Data transfer out to the internet',
      unit: 'GB',
      charge: 'monthly',
      quantity: netInternetOutGb,
      query: dtQuery(r, { transferType: 'AWS Outbound', toLocation: 'External' }),
      tiered: true,
      ...(usage.free ? { note: less } : {}),
    });
  }
  if (interRegionGb)
    components.push({
      name: `Data transfer to ${item.destinationRegion}`,
      unit: 'GB',
      charge: 'monthly',
      quantity: interRegionGb,
      query: dtQuery(r, {
        transferType: 'InterRegion Outbound',
        toRegionCode: item.destinationRegion!,
      }),
    });
  if (intraRegionGb)
    components.push({
      name: 'Data transfer between AZs (out and in)',
      unit: 'GB',
      charge: 'monthly',
      quantity: intraRegionGb.multiply(2),
      query: dtQuery(r, { transferType: 'IntraRegion' }),
      quantityWords: `${formatQuantity(intraRegionGb)} GB × 2 directions`,
    });
  return components;
}
