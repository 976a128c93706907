import type { PriceRecord, PriceSource, Term } from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import { priceString } from './decimal';

/** The six regions the issue requires, plus `global` for Route 53 and CloudFront. */
export const REGIONS = [
  'ap-southeast-1',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
  'ap-southeast-2',
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Usage-type prefix of each region as AWS bills it (`APS1-BoxUsage:…`). us-east-1 usage types of
 * EC2, EBS, S3, ELB, NAT and DynamoDB carry no prefix; a few services (Fargate, EKS, public IPv4,
 * inter-region transfer) prefix `USE1-` there too — see `usagePrefix`.
 */
export const REGION_PREFIX: Readonly<Record<Region, string>> = {
  'ap-southeast-1': 'APS1',
  'us-east-1': 'USE1',
  'us-west-2': 'USW2',
  'eu-west-1': 'EU',
  'ap-northeast-1': 'APN1',
  'ap-southeast-2': 'APS2',
};

/** `APS1-` in every region; '' in us-east-1 unless `alwaysPrefixed`. */
export function usagePrefix(region: Region, alwaysPrefixed = false): string {
  if (region === 'us-east-1' && !alwaysPrefixed) return '';
  return `${REGION_PREFIX[region]}-`;
}

export interface CuratedInput {
  readonly service: string;
  readonly region: string;
  readonly productFamily: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly unit: string;
  readonly price: number | string;
  readonly source: PriceSource;
  /** What the id says after `curated:<service>:<region>:` — enough to make it unique. */
  readonly what: readonly string[];
  readonly term?: Term;
  readonly beginRange?: string;
  readonly endRange?: string;
  readonly description?: string;
}

/** `2024-04` -> `2024-04-01`; a full date stays as is. */
export function isoDay(asOf: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  if (/^\d{4}-\d{2}$/.test(asOf)) return `${asOf}-01`;
  throw new Error(`asOf '${asOf}' is not YYYY-MM or YYYY-MM-DD.`);
}

/**
 * A curated record: no rateCode exists for it, so id and sku are the same readable
 * `curated:<service>:<region>:<what…>` string, and the record carries its own source and date.
 */
export function curated(input: CuratedInput): PriceRecord {
  const id = ['curated', input.service, input.region, ...input.what].join(':');
  return {
    id,
    sku: id,
    service: input.service,
    productFamily: input.productFamily,
    region: input.region,
    attributes: input.attributes,
    unit: input.unit,
    beginRange: input.beginRange ?? '0',
    endRange: input.endRange ?? 'Inf',
    price: priceString(input.price),
    currency: 'USD',
    term: input.term ?? ON_DEMAND,
    effectiveDate: isoDay(input.source.asOf),
    ...(input.description ? { description: input.description } : {}),
    source: input.source,
  };
}

/** Short id part of a term: `OnDemand`, `Reserved:1yr:standard:NoUpfront`, `SavingsPlan:…`. */
export function termId(term: Term): string {
  switch (term.type) {
    case 'OnDemand':
      return 'OnDemand';
    case 'Reserved':
      return `Reserved:${term.leaseContractLength}:${term.offeringClass}:${term.purchaseOption.replace(' ', '')}`;
    case 'SavingsPlan':
      return `SavingsPlan:${term.planType}:${term.leaseContractLength}:${term.purchaseOption.replace(' ', '')}`;
  }
}
