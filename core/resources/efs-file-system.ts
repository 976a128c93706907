import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { EfsItem } from '../requirements/requirement-items';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, timesWords } from './usage';

type StorageClass = EfsItem['storageClass'];
type ThroughputMode = NonNullable<EfsItem['throughputMode']>;

/** Price List `storageClass` of each EFS storage class (aws.amazon.com/efs/pricing/). */
const STORAGE_CLASS: Readonly<Record<StorageClass, string>> = {
  standard: 'General Purpose',
  'infrequent-access': 'Infrequent Access',
  archive: 'Archive',
  'one-zone': 'One Zone-General Purpose',
  'one-zone-ia': 'One Zone-Infrequent Access',
};

/**
 * The usage types (without the region prefix; none in us-east-1) of the engine's EFS queries; the
 * catalog curation (scripts/snapshot/services-storage-dns-feeds.ts) builds its records from this
 * table. Storage names are AWS's billing names; access, Elastic throughput and Provisioned
 * throughput names are the catalog's own keys (a Price List import leaves them as gaps).
 * Infrequent Access has two storage prices: one for file systems in Elastic throughput mode
 * (`-ET-`), one under the legacy Bursting and Provisioned modes.
 */
export const EFS_USAGE = {
  standard: 'TimedStorage-ByteHrs',
  iaElastic: 'IATimedStorage-ET-ByteHrs',
  iaLegacy: 'IATimedStorage-ByteHrs',
  archive: 'ArchiveTimedStorage-ByteHrs',
  oneZone: 'TimedStorage-Z-ByteHrs',
  oneZoneIa: 'IATimedStorage-Z-ByteHrs',
  iaRead: 'IA-Read-Bytes',
  iaWrite: 'IA-Write-Bytes',
  archiveRead: 'Archive-Read-Bytes',
  archiveWrite: 'Archive-Write-Bytes',
  elasticRead: 'ElasticThroughput-Read-Bytes',
  elasticWrite: 'ElasticThroughput-Write-Bytes',
  provisioned: 'ProvisionedTP-MiBpsHrs',
} as const;

function storageUsage(storageClass: StorageClass, mode: ThroughputMode): string {
  switch (storageClass) {
    case 'standard':
      return EFS_USAGE.standard;
    case 'infrequent-access':
      return mode === 'elastic' ? EFS_USAGE.iaElastic : EFS_USAGE.iaLegacy;
    case 'archive':
      return EFS_USAGE.archive;
    case 'one-zone':
      return EFS_USAGE.oneZone;
    case 'one-zone-ia':
      return EFS_USAGE.oneZoneIa;
  }
}

function efsQuery(
  region: string,
  productFamily: string,
  attributes: Record<string, string>,
  unit?: string,
): PriceQuery {
  return { service: 'AmazonEFS', region, productFamily, attributes, ...(unit ? { unit } : {}) };
}

const prefixed = (region: string, suffix: string): string =>
  usageType(region, suffix, { prefixedInUsEast1: false });

/**
 * EFS: storage per class (Infrequent Access priced by throughput mode); IA/Archive access per GB
 * read and written; Elastic throughput per GB read/written; Provisioned throughput per MiB/s-month.
 * Archive exists only in Elastic throughput mode (docs.aws.amazon.com/efs/latest/ug/availability-durability.html).
 */
export const efsFileSystem: PricedResource<'efs'> = {
  service: 'efs',
  describe(item, context) {
    const r = context.region;
    const count = itemCount(item);
    const per = (v: number | undefined): Decimal | null =>
      v === undefined ? null : count.multiply(Decimal.from(v));
    const label = STORAGE_CLASS[item.storageClass];
    const mode = item.throughputMode ?? 'elastic';
    if (item.storageClass === 'archive' && mode !== 'elastic')
      throw new ResourceInputError(
        item.id,
        'throughputMode',
        `must be elastic for storageClass archive (EFS Archive needs Elastic throughput); got ${mode}`,
      );
    const components: ComponentSpec[] = [
      {
        name: `Storage (${label})`,
        unit: 'GB-months',
        charge: 'monthly',
        quantity: per(item.storageGb),
        query: efsQuery(
          r,
          'Storage',
          { storageClass: label, usagetype: prefixed(r, storageUsage(item.storageClass, mode)) },
          'GB-Mo',
        ),
        quantityWords: timesWords(count, `${item.storageGb} GB`),
      },
    ];
    components.push(...accessComponents(item, r, per));
    components.push(...throughputComponents(item, mode, r, per));
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

function throughputComponents(
  item: EfsItem,
  mode: ThroughputMode,
  r: string,
  per: (v: number | undefined) => Decimal | null,
): ComponentSpec[] {
  if (mode === 'provisioned')
    return [
      {
        name: 'Provisioned throughput',
        unit: 'MiBps-months',
        charge: 'monthly',
        quantity: per(item.provisionedThroughputMbps),
        query: efsQuery(r, 'Provisioned Throughput', {
          usagetype: prefixed(r, EFS_USAGE.provisioned),
        }),
      },
    ];
  if (mode !== 'elastic') return [];
  const elastic = (name: string, gb: number | undefined, suffix: string): ComponentSpec => ({
    name,
    unit: 'GB',
    charge: 'monthly',
    quantity: per(gb),
    query: efsQuery(r, 'Throughput', { usagetype: prefixed(r, suffix) }, 'GB'),
  });
  return [
    elastic('Elastic throughput reads', item.readGb, EFS_USAGE.elasticRead),
    elastic('Elastic throughput writes', item.writeGb, EFS_USAGE.elasticWrite),
  ];
}

/** Access charges per GB of the classes that have them: reads, and writes (tiering) into the class. */
const ACCESS: Partial<Record<StorageClass, readonly [string, string]>> = {
  'infrequent-access': [EFS_USAGE.iaRead, EFS_USAGE.iaWrite],
  'one-zone-ia': [EFS_USAGE.iaRead, EFS_USAGE.iaWrite],
  archive: [EFS_USAGE.archiveRead, EFS_USAGE.archiveWrite],
};

/**
 * Infrequent Access and Archive classes: the access charges per GB read from and written to the
 * class (the tiering charge), only when given; refused for a class without access charges.
 */
function accessComponents(
  item: EfsItem,
  region: string,
  per: (v: number | undefined) => Decimal | null,
): ComponentSpec[] {
  const usage = ACCESS[item.storageClass];
  const label = STORAGE_CLASS[item.storageClass];
  const out: ComponentSpec[] = [];
  const kind = item.storageClass === 'archive' ? 'Archive' : 'IA';
  for (const [field, what, i] of [
    ['iaReadGb', 'reads', 0],
    ['iaWriteGb', 'writes', 1],
  ] as const) {
    if (item[field] === undefined) continue;
    if (!usage)
      throw new ResourceInputError(
        item.id,
        field,
        `applies to storageClass infrequent-access, archive or one-zone-ia, not ${item.storageClass}`,
      );
    out.push({
      name: `${kind} access charges, ${what} (${label})`,
      unit: 'GB',
      charge: 'monthly',
      quantity: per(item[field]),
      query: efsQuery(
        region,
        'Storage',
        { storageClass: label, usagetype: prefixed(region, usage[i]) },
        'GB',
      ),
    });
  }
  return out;
}
