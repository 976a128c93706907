import type { CatalogShard, CatalogSnapshot, PriceRecord } from '../../../core';

const S3_PAGE = 'https://aws.amazon.com/s3/pricing/';

/** An EC2 Linux On-Demand hour of `type` (current generation), from the Price List (no source). */
function instance(region: string, type: string, price: string, date: string): PriceRecord {
  return {
    id: `${region}-${type}.JRTCKXETXF.6YS6EN2CT7`,
    sku: `${region}-${type}`,
    service: 'AmazonEC2',
    productFamily: 'Compute Instance',
    region,
    attributes: {
      instanceType: type,
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      capacitystatus: 'Used',
      preInstalledSw: 'NA',
      currentGeneration: 'Yes',
    },
    unit: 'Hrs',
    beginRange: '0',
    endRange: 'Inf',
    price,
    currency: 'USD',
    term: { type: 'OnDemand' },
    effectiveDate: `${date}T00:00:00Z`,
  };
}

function curated(
  region: string,
  service: string,
  family: string,
  attributes: Record<string, string>,
  reference: string,
  asOf: string,
): PriceRecord {
  return {
    id: `curated:${service}:${region}:${family}`,
    sku: `curated:${service}:${region}:${family}`,
    service,
    productFamily: family,
    region,
    attributes,
    unit: 'GB-Mo',
    beginRange: '0',
    endRange: 'Inf',
    price: '0.0230000000',
    currency: 'USD',
    term: { type: 'OnDemand' },
    effectiveDate: `${asOf}T00:00:00Z`,
    source: { reference, asOf },
  };
}

export function shardOf(records: PriceRecord[], version: string): CatalogShard {
  const first = records[0]!;
  return {
    service: first.service,
    region: first.region,
    version,
    publishedAt: `${version}T00:00:00Z`,
    source: `test:${first.service}`,
    records,
  };
}

/** A region's EC2 shard: m5.large and c5.large priced, gp3 storage. */
export function ec2Shard(
  region: string,
  version = '2025-04-04',
  types = ['m5.large', 'c5.large'],
): CatalogShard {
  return shardOf(
    [
      ...types.map((t, i) => instance(region, t, `0.0${96 + i}0000000`, version)),
      curated(
        region,
        'AmazonEC2',
        'Storage',
        { volumeApiName: 'gp3' },
        `https://aws.amazon.com/ebs/pricing/#${region}`,
        version,
      ),
    ],
    version,
  );
}

/** A region's S3 shard, its price from the S3 pricing page (one reference in every region). */
export function s3Shard(region: string): CatalogShard {
  return shardOf(
    [
      curated(
        region,
        'AmazonS3',
        'Storage',
        { storageClass: 'General Purpose' },
        S3_PAGE,
        '2025-10-22',
      ),
    ],
    '2025-10-22',
  );
}

/** Two regions of EC2 and S3, as the embedded catalog is laid out (one shard per service and region). */
export function coverageSnapshot(): CatalogSnapshot {
  return {
    version: 'embedded-test',
    createdAt: '2026-01-01T00:00:00Z',
    shards: ['us-east-1', 'eu-west-1'].flatMap((r) => [ec2Shard(r), s3Shard(r)]),
  };
}

/**
 * The snapshot as the process's shared embedded snapshot: reading a record of it fails the test,
 * so a test can show the coverage never decodes (and so never keeps) an embedded region.
 */
export function unreadable(snapshot: CatalogSnapshot): CatalogSnapshot {
  return {
    ...snapshot,
    shards: snapshot.shards.map((s) => ({
      service: s.service,
      region: s.region,
      version: s.version,
      publishedAt: s.publishedAt,
      source: s.source,
      get records(): never {
        throw new Error(`the shared snapshot's ${s.service} ${s.region} records were read`);
      },
    })),
  };
}
