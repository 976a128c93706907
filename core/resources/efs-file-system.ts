import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { EfsItem } from '../requirements/requirement-items';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, timesWords } from './usage';

/** Price List `storageClass` of each EFS storage class (aws.amazon.com/efs/pricing/). */
const STORAGE_CLASS: Readonly<Record<EfsItem['storageClass'], string>> = {
  standard: 'General Purpose',
  'infrequent-access': 'Infrequent Access',
  'one-zone': 'One Zone-General Purpose',
  'one-zone-ia': 'One Zone-Infrequent Access',
};

function efsQuery(
  region: string,
  productFamily: string,
  attributes: Record<string, string>,
  unit?: string,
): PriceQuery {
  return { service: 'AmazonEFS', region, productFamily, attributes, ...(unit ? { unit } : {}) };
}

/** EFS: storage per class; Elastic throughput per GB read/written; Provisioned throughput per MiB/s-month. */
export const efsFileSystem: PricedResource<'efs'> = {
  service: 'efs',
  describe(item, context) {
    const r = context.region;
    const count = itemCount(item);
    const per = (v: number | undefined): Decimal | null =>
      v === undefined ? null : count.multiply(Decimal.from(v));
    const label = STORAGE_CLASS[item.storageClass];
    const components: ComponentSpec[] = [
      {
        name: `Storage (${label})`,
        unit: 'GB-months',
        charge: 'monthly',
        quantity: per(item.storageGb),
        query: efsQuery(r, 'Storage', { storageClass: label }, 'GB-Mo'),
        quantityWords: timesWords(count, `${item.storageGb} GB`),
      },
    ];
    components.push(...iaAccessComponents(item, r, per));
    const mode = item.throughputMode ?? 'elastic';
    if (mode === 'elastic') {
      const elastic = (name: string, gb: number | undefined, suffix: string): ComponentSpec => ({
        name,
        unit: 'GB',
        charge: 'monthly',
        quantity: per(gb),
        query: efsQuery(
          r,
          'Throughput',
          { usagetype: usageType(r, suffix, { prefixedInUsEast1: false }) },
          'GB',
        ),
      });
      components.push(
        elastic('Elastic throughput reads', item.readGb, 'ElasticThroughput-Read-Bytes'),
      );
      components.push(
        elastic('Elastic throughput writes', item.writeGb, 'ElasticThroughput-Write-Bytes'),
      );
    } else if (mode === 'provisioned') {
      components.push({
        name: 'Provisioned throughput',
        unit: 'MiBps-months',
        charge: 'monthly',
        quantity: per(item.provisionedThroughputMbps),
        query: efsQuery(r, 'Provisioned Throughput', {
          usagetype: usageType(r, 'ProvisionedTP-MiBpsHrs', { prefixedInUsEast1: false }),
        }),
      });
    }
    return {
      description: item.description ?? `EFS ${label} ${item.storageGb} GB (${mode} throughput)`,
      category: 'Storage',
      components,
      warnings:
        mode === 'bursting'
          ? [`${item.id}: bursting throughput is included in storage; no throughput charge.`]
          : [],
    };
  },
};

/**
 * Infrequent Access classes: the access charges per GB read from and written to IA storage (the
 * tiering charge), only when given. No price in the catalog yet: "price not in catalog".
 */
function iaAccessComponents(
  item: EfsItem,
  region: string,
  per: (v: number | undefined) => Decimal | null,
): ComponentSpec[] {
  const ia = item.storageClass === 'infrequent-access' || item.storageClass === 'one-zone-ia';
  const out: ComponentSpec[] = [];
  for (const [field, name, suffix] of [
    ['iaReadGb', 'IA access charges, reads', 'IA-Read-Bytes'],
    ['iaWriteGb', 'IA access charges, writes', 'IA-Write-Bytes'],
  ] as const) {
    if (item[field] === undefined) continue;
    if (!ia)
      throw new ResourceInputError(
        item.id,
        field,
        `applies to storageClass infrequent-access or one-zone-ia, not ${item.storageClass}`,
      );
    out.push({
      name: `${name} (${STORAGE_CLASS[item.storageClass]})`,
      unit: 'GB',
      charge: 'monthly',
      quantity: per(item[field]),
      query: efsQuery(
        region,
        'Storage',
        {
          storageClass: STORAGE_CLASS[item.storageClass],
          usagetype: usageType(region, suffix, { prefixedInUsEast1: false }),
        },
        'GB',
      ),
    });
  }
  return out;
}
