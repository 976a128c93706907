import type { CatalogShard, CatalogSnapshot, PriceRecord, Term } from '../../../core';

/** Small hand-built records for the core catalog tests (real rateCode shapes and decimal strings). */
export function record(overrides: Partial<PriceRecord> & { sku: string }): PriceRecord {
  return {
    id: `${overrides.sku}.JRTCKXETXF.6YS6EN2CT7`,
    service: 'AmazonEC2',
    productFamily: 'Compute Instance',
    region: 'ap-southeast-1',
    attributes: { instanceType: 'm5.large', operatingSystem: 'Linux', tenancy: 'Shared' },
    unit: 'Hrs',
    beginRange: '0',
    endRange: 'Inf',
    price: '0.1200000000',
    currency: 'USD',
    term: { type: 'OnDemand' },
    effectiveDate: '2025-09-01T00:00:00Z',
    ...overrides,
  };
}

export const RESERVED_1YR_PARTIAL: Term = {
  type: 'Reserved',
  leaseContractLength: '1yr',
  offeringClass: 'standard',
  purchaseOption: 'Partial Upfront',
};

export function shardOf(
  records: PriceRecord[],
  service = 'AmazonEC2',
  region = 'ap-southeast-1',
  version = '20250912225308',
): CatalogShard {
  return {
    service,
    region,
    version,
    publishedAt: '2025-09-12T22:53:08Z',
    source: `aws-price-list:/offers/v1.0/aws/${service}/${version}/${region}/index.json`,
    records,
  };
}

export function snapshotOf(version: string, shards: CatalogShard[]): CatalogSnapshot {
  return { version, createdAt: '2025-09-13T00:00:00Z', shards };
}
