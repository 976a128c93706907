import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { S3Item, S3StorageClass } from '../requirements/requirement-items';
import type { PricedResource } from './resource';
import { archiveRetrieval, s3FeatureComponents, s3Query } from './s3-features';
import { itemCount, timesWords } from './usage';

interface ClassRows {
  readonly label: string;
  /** usagetype suffixes: storage, PUT-class requests, GET-class requests, retrieval (if any). */
  readonly storage: string;
  readonly tier1: string;
  readonly tier2: string;
  readonly retrieval?: string;
}

/** Storage classes and their Price List usage types (aws.amazon.com/s3/pricing/). */
const CLASSES: Readonly<Record<S3StorageClass, ClassRows>> = {
  standard: {
    label: 'S3 Standard',
    storage: 'TimedStorage-ByteHrs',
    tier1: 'Requests-Tier1',
    tier2: 'Requests-Tier2',
  },
  'intelligent-tiering': {
    label: 'S3 Intelligent-Tiering, Frequent Access',
    storage: 'TimedStorage-INT-FA-ByteHrs',
    tier1: 'Requests-INT-Tier1',
    tier2: 'Requests-INT-Tier2',
  },
  'standard-ia': {
    label: 'S3 Standard-IA',
    storage: 'TimedStorage-SIA-ByteHrs',
    tier1: 'Requests-SIA-Tier1',
    tier2: 'Requests-SIA-Tier2',
    retrieval: 'Retrieval-SIA',
  },
  'one-zone-ia': {
    label: 'S3 One Zone-IA',
    storage: 'TimedStorage-ZIA-ByteHrs',
    tier1: 'Requests-ZIA-Tier1',
    tier2: 'Requests-ZIA-Tier2',
    retrieval: 'Retrieval-ZIA',
  },
  'glacier-instant': {
    label: 'S3 Glacier Instant Retrieval',
    storage: 'TimedStorage-GIR-ByteHrs',
    tier1: 'Requests-GIR-Tier1',
    tier2: 'Requests-GIR-Tier2',
    retrieval: 'Retrieval-GIR',
  },
  'glacier-flexible': {
    label: 'S3 Glacier Flexible Retrieval',
    storage: 'TimedStorage-GlacierByteHrs',
    tier1: 'Requests-GLACIER-Tier1',
    tier2: 'Requests-GLACIER-Tier2',
    retrieval: 'Retrieval-Glacier-Standard',
  },
  'glacier-deep-archive': {
    label: 'S3 Glacier Deep Archive',
    storage: 'TimedStorage-GDA-ByteHrs',
    tier1: 'Requests-GDA-Tier1',
    tier2: 'Requests-GDA-Tier2',
    retrieval: 'Retrieval-GDA-Standard',
  },
};

/** The retrieval fee's name and usage type: archive classes by restore tier (default standard). */
function retrieval(item: S3Item, rows: ClassRows): { name: string; suffix: string } | undefined {
  if (!rows.retrieval) return undefined;
  const cls = item.storageClass;
  if ((cls === 'glacier-flexible' || cls === 'glacier-deep-archive') && item.retrievalTier)
    return {
      name: `Data retrievals (${rows.label}, ${item.retrievalTier})`,
      suffix: archiveRetrieval(cls, item.retrievalTier),
    };
  return { name: `Data retrievals (${rows.label})`, suffix: rows.retrieval };
}

/**
 * One bucket's monthly storage (tiered where AWS tiers it), requests and retrievals, plus the
 * features given (s3-features.ts): Intelligent-Tiering tiers and monitoring, lifecycle transitions,
 * Glacier restore tiers, S3 Select.
 */
export const s3Bucket: PricedResource<'s3'> = {
  service: 's3',
  describe(item, context) {
    const r = context.region;
    const rows = CLASSES[item.storageClass];
    const count = itemCount(item);
    const per = (v: number | undefined): Decimal | null =>
      v === undefined ? null : count.multiply(Decimal.from(v));
    const components: ComponentSpec[] = [
      {
        name: `Storage (${rows.label})`,
        unit: 'GB-months',
        charge: 'monthly',
        quantity: per(item.storageGb),
        query: s3Query(r, rows.storage),
        tiered: true,
        quantityWords: timesWords(count, `${item.storageGb} GB`),
      },
      {
        name: `PUT, COPY, POST, LIST requests (${rows.label})`,
        unit: 'requests',
        charge: 'monthly',
        quantity: per(item.putRequests),
        query: s3Query(r, rows.tier1),
      },
      {
        name: `GET, SELECT and other requests (${rows.label})`,
        unit: 'requests',
        charge: 'monthly',
        quantity: per(item.getRequests),
        query: s3Query(r, rows.tier2),
      },
    ];
    const warnings: string[] = [];
    const fee = retrieval(item, rows);
    if (fee) {
      components.push({
        name: fee.name,
        unit: 'GB',
        charge: 'monthly',
        quantity: per(item.retrievalGb),
        query: s3Query(r, fee.suffix),
      });
    } else if (item.retrievalGb !== undefined) {
      warnings.push(`${item.id}: ${rows.label} has no retrieval fee; retrievalGb ignored.`);
    }
    components.push(...s3FeatureComponents(item, r, rows.label, count));
    return {
      description: item.description ?? `${rows.label} ${item.storageGb} GB`,
      category: 'Storage',
      components,
      warnings,
    };
  },
};
