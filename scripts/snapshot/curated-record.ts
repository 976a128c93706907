import type { PriceRecord, PriceSource, Term } from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import { usageType } from '../../core/resources/region-prefix';
import type { AwsRegionCode } from '../../core/vocabulary/regions';
import { AWS_REGION_CODES } from '../../core/vocabulary/regions';
import { priceString } from './decimal';

/** Every region the catalog covers: core's region vocabulary (32 commercial regions). */
export const REGIONS = AWS_REGION_CODES;
export type Region = AwsRegionCode;

/**
 * The six regions the first curation covered. Prices curated by hand from AWS's pages (S3, data
 * transfer, NAT, load balancers, …) are given for these unless a source names more.
 */
export const CURATED_REGIONS = [
  'ap-southeast-1',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
  'ap-southeast-2',
] as const satisfies readonly Region[];
export type CuratedRegion = (typeof CURATED_REGIONS)[number];

/**
 * The usage-type prefix of a region as AWS bills it (`APS1-`), from core's one table. us-east-1
 * usage types of EC2, EBS, S3, ELB, NAT and DynamoDB carry no prefix; a few services (Fargate, EKS,
 * public IPv4, inter-region transfer) prefix `USE1-` there too: `alwaysPrefixed`.
 */
export function usagePrefix(region: Region, alwaysPrefixed = false): string {
  return usageType(region, '', { prefixedInUsEast1: alwaysPrefixed });
}

/** `APS1` for ap-southeast-1 (`USE1` for us-east-1): the prefix without its dash. */
export function regionPrefix(region: Region): string {
  return usageType(region, '', { prefixedInUsEast1: true }).slice(0, -1);
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
