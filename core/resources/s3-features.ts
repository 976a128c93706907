import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { S3Item, S3StorageClass } from '../requirements/requirement-items';
import type { S3_RETRIEVAL_TIERS } from '../vocabulary/items';
import { usageType } from './region-prefix';
import { ResourceInputError } from './resource-input-error';

export type S3RetrievalTier = (typeof S3_RETRIEVAL_TIERS)[number];

/** Short class codes in usage types (`SIA`, `GDA`…), as the storage usage types use them. */
const CODE: Readonly<Record<S3StorageClass, string>> = {
  standard: 'STD',
  'intelligent-tiering': 'INT',
  'standard-ia': 'SIA',
  'one-zone-ia': 'ZIA',
  'glacier-instant': 'GIR',
  'glacier-flexible': 'GLACIER',
  'glacier-deep-archive': 'GDA',
};
const TIER_WORD: Readonly<Record<S3RetrievalTier, string>> = {
  expedited: 'Expedited',
  standard: 'Standard',
  bulk: 'Bulk',
};

/**
 * The usagetype suffixes of the S3 feature prices (without region prefix). Intelligent-Tiering
 * tiers and monitoring use AWS's billing names; lifecycle transitions, S3 Select and restore
 * requests use the catalog's own keys (`LifecycleTransition-SIA`…), because no Price List copy
 * at hand names them — a Price List import then shows these as gaps, never as a wrong price.
 * scripts/snapshot/services-s3-features.ts builds its records from this same table.
 */
export const S3_FEATURE_USAGE = {
  intInfrequentAccess: 'TimedStorage-INT-IA-ByteHrs',
  intArchiveInstantAccess: 'TimedStorage-INT-AIA-ByteHrs',
  intMonitoring: 'Monitoring-Automation-INT',
  transition: (cls: S3StorageClass): string => `LifecycleTransition-${CODE[cls]}`,
  selectScanned: (cls: S3StorageClass): string => `Select-Scanned-${CODE[cls]}-Bytes`,
  selectReturned: (cls: S3StorageClass): string => `Select-Returned-${CODE[cls]}-Bytes`,
  /** Per GB restored; the standard tier is the class's plain retrieval fee. */
  retrieval: (cls: 'glacier-flexible' | 'glacier-deep-archive', tier: S3RetrievalTier): string =>
    `Retrieval-${cls === 'glacier-flexible' ? 'Glacier' : 'GDA'}-${TIER_WORD[tier]}`,
  restoreRequests: (
    cls: 'glacier-flexible' | 'glacier-deep-archive',
    tier: S3RetrievalTier,
  ): string => `RestoreRequests-${CODE[cls]}-${TIER_WORD[tier]}`,
} as const;

export function s3Query(region: string, suffix: string): PriceQuery {
  return {
    service: 'AmazonS3',
    region,
    attributes: { usagetype: usageType(region, suffix, { prefixedInUsEast1: false }) },
  };
}

type Archive = 'glacier-flexible' | 'glacier-deep-archive';
const isArchive = (cls: S3StorageClass): cls is Archive =>
  cls === 'glacier-flexible' || cls === 'glacier-deep-archive';

/** Refuse feature inputs the item's storage class does not have (named by field). */
export function checkS3Features(item: S3Item): void {
  const bad = (field: string, detail: string): never => {
    throw new ResourceInputError(item.id, field, detail);
  };
  const cls = item.storageClass;
  if (item.lifecycleTransitions !== undefined && cls === 'standard')
    bad(
      'lifecycleTransitions',
      'does not apply to S3 Standard (lifecycle rules move objects out of it, not into it)',
    );
  if (cls !== 'intelligent-tiering')
    for (const field of [
      'infrequentAccessGb',
      'archiveInstantAccessGb',
      'monitoredObjects',
    ] as const)
      if (item[field] !== undefined)
        bad(field, `applies to storageClass intelligent-tiering only, not ${cls}`);
  if (!isArchive(cls))
    for (const field of ['retrievalTier', 'retrievalRequests'] as const)
      if (item[field] !== undefined)
        bad(
          field,
          `applies to glacier-flexible and glacier-deep-archive only (${cls} retrievals are GET requests)`,
        );
  if (cls === 'glacier-deep-archive' && item.retrievalTier === 'expedited')
    bad('retrievalTier', 'expedited is not offered by S3 Glacier Deep Archive (standard or bulk)');
  if (cls === 'glacier-deep-archive')
    for (const field of ['selectScannedGb', 'selectReturnedGb'] as const)
      if (item[field] !== undefined)
        bad(field, 'does not apply: S3 Select cannot query Glacier Deep Archive');
}

/** The retrieval-fee usage type of an archive class at the item's tier (default standard). */
export function archiveRetrieval(cls: Archive, tier: S3RetrievalTier | undefined): string {
  return S3_FEATURE_USAGE.retrieval(cls, tier ?? 'standard');
}

/**
 * The optional S3 feature components, each only when its usage is given: Intelligent-Tiering
 * Infrequent / Archive Instant Access storage and monitoring, lifecycle transitions into the class,
 * Glacier restore requests by tier, S3 Select scanned / returned (aws.amazon.com/s3/pricing/).
 */
export function s3FeatureComponents(
  item: S3Item,
  region: string,
  label: string,
  count: Decimal,
): ComponentSpec[] {
  checkS3Features(item);
  const cls = item.storageClass;
  const out: ComponentSpec[] = [];
  const add = (name: string, unit: string, value: number | undefined, suffix: string) => {
    if (value === undefined) return;
    out.push({
      name,
      unit,
      charge: 'monthly',
      quantity: count.multiply(Decimal.from(value)),
      query: s3Query(region, suffix),
    });
  };
  const U = S3_FEATURE_USAGE;
  add(
    `Storage (${label.replace('Frequent', 'Infrequent')})`,
    'GB-months',
    item.infrequentAccessGb,
    U.intInfrequentAccess,
  );
  add(
    `Storage (${label.replace('Frequent', 'Archive Instant')})`,
    'GB-months',
    item.archiveInstantAccessGb,
    U.intArchiveInstantAccess,
  );
  add(
    'Monitoring and automation (S3 Intelligent-Tiering)',
    'objects',
    item.monitoredObjects,
    U.intMonitoring,
  );
  if (cls !== 'standard')
    add(
      `Lifecycle transition requests (into ${label.replace(', Frequent Access', '')})`,
      'requests',
      item.lifecycleTransitions,
      U.transition(cls),
    );
  if (isArchive(cls)) {
    const tier = item.retrievalTier ?? 'standard';
    add(
      `Restore requests (${label}, ${tier})`,
      'requests',
      item.retrievalRequests,
      U.restoreRequests(cls, tier),
    );
  }
  add(`S3 Select data scanned (${label})`, 'GB', item.selectScannedGb, U.selectScanned(cls));
  add(`S3 Select data returned (${label})`, 'GB', item.selectReturnedGb, U.selectReturned(cls));
  return out;
}
