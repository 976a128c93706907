import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceQuery } from '../../../core/catalog/price-query';
import type { PriceRecord } from '../../../core/catalog/price-record';
import { isCurated, termKey } from '../../../core/catalog/price-record';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';

const REQUIRED_REGIONS = [
  'ap-southeast-1',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
  'ap-southeast-2',
];
/** Services with a sourced price in every required region (core/catalog/data/README.md). */
const REGIONAL_SERVICES = [
  'AmazonEC2',
  'AmazonRDS',
  'AmazonS3',
  'AmazonECS',
  'AmazonEKS',
  'AWSDataTransfer',
];
/** Services whose only sourced prices are Singapore's (invoice and 2026-07 Price List facts). */
const SINGAPORE_ONLY = ['AWSLambda', 'AmazonDynamoDB', 'AWSELB', 'AmazonVPC', 'AmazonCloudWatch'];
const snapshot = embeddedSnapshot();
const records: PriceRecord[] = snapshot.shards.flatMap((s) => [...s.records]);
const catalog = new PriceCatalog(snapshot);

/** The attributes the engine selects an EC2 instance price on (see core/catalog/data/README.md). */
function ec2Query(region: string, instanceType: string, operatingSystem = 'Linux'): PriceQuery {
  return {
    service: 'AmazonEC2',
    region,
    productFamily: 'Compute Instance',
    attributes: {
      instanceType,
      operatingSystem,
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
    },
    unit: 'Hrs',
  };
}

describe('embedded catalog snapshot', () => {
  it('prints its coverage (records per region and service)', () => {
    const table = new Map<string, Record<string, number>>();
    for (const shard of snapshot.shards) {
      const row = table.get(shard.service) ?? {};
      row[shard.region] = shard.records.length;
      table.set(shard.service, row);
    }
    console.log(`Embedded snapshot ${snapshot.version}: ${records.length} records`);
    console.table(Object.fromEntries(table));
    expect(records.length).toBeGreaterThan(1000);
  });

  it('has a version and per-shard versions that are the newest price date in the shard', () => {
    expect(snapshot.version).toMatch(/^embedded-\d{4}-\d{2}-\d{2}$/);
    for (const shard of snapshot.shards) {
      const newest = shard.records
        .map((r) => r.effectiveDate)
        .sort()
        .at(-1);
      expect({ shard: `${shard.service}/${shard.region}`, version: shard.version }).toEqual({
        shard: `${shard.service}/${shard.region}`,
        version: newest,
      });
      expect(shard.source).toMatch(/^(aws-pricing-page-feeds \+ )?curated:/);
    }
  });

  it('gives every record a source with a reference and an ISO asOf date', () => {
    const bad = records.filter(
      (r) => !r.source || !r.source.reference || !/^\d{4}-\d{2}(-\d{2})?$/.test(r.source.asOf),
    );
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  it('has unique ids, decimal prices and no invented rateCode', () => {
    const seen = new Set<string>();
    const duplicates = records.filter((r) => (seen.has(r.id) ? true : (seen.add(r.id), false)));
    expect(duplicates.map((r) => r.id)).toEqual([]);
    // Curated prices have 10+ decimals; feed prices are as AWS wrote them (upfront fees: "23614").
    expect(records.filter((r) => !/^\d+(\.\d+)?$/.test(r.price)).map((r) => r.id)).toEqual([]);
    // A rateCode looks like SKU.OFFERTERMCODE.RATECODE; only records taken from an official
    // Price List row or an AWS pricing-page feed may use one, and their source says which.
    const rateCodeShaped = /^([A-Z0-9]{16})\.[A-Z0-9]{10}\.[A-Z0-9]{10}$/;
    const official = /official AmazonEC2 Price List CSV|AWS pricing-page feed '/;
    const wrong = records.filter((r) =>
      isCurated(r)
        ? rateCodeShaped.test(r.id) ||
          r.sku !== r.id ||
          !r.id.startsWith(`curated:${r.service}:${r.region}:`)
        : rateCodeShaped.exec(r.id)?.[1] !== r.sku || !official.test(r.source?.note ?? ''),
    );
    expect(wrong.map((r) => r.id)).toEqual([]);
    const feeds = records.filter((r) => /AWS pricing-page feed '/.test(r.source?.note ?? ''));
    expect(
      feeds.filter((r) => !r.source?.reference.startsWith('price-data/aws-pricing-page-feeds/')),
    ).toEqual([]);
  });

  it('covers the required regions and services', () => {
    expect(catalog.regions()).toEqual(expect.arrayContaining(REQUIRED_REGIONS));
    const missing: string[] = [];
    for (const region of REQUIRED_REGIONS) {
      for (const service of REGIONAL_SERVICES) {
        if (!catalog.shard(service, region)?.records.length) missing.push(`${service}/${region}`);
      }
    }
    for (const service of SINGAPORE_ONLY) {
      if (!catalog.shard(service, 'ap-southeast-1')?.records.length)
        missing.push(`${service}/ap-southeast-1`);
    }
    if (!catalog.shard('AmazonElastiCache', 'us-east-1')?.records.length)
      missing.push('AmazonElastiCache/us-east-1');
    for (const service of ['AmazonRoute53', 'AmazonCloudFront']) {
      if (!catalog.shard(service, 'global')?.records.length) missing.push(`${service}/global`);
    }
    expect(missing).toEqual([]);
  });

  it('answers an EC2 Linux On-Demand lookup with exactly one record, with its feed rateCode', () => {
    const found = catalog.lookup(ec2Query('ap-southeast-1', 'm7g.large'));
    expect(found.status).toBe('found');
    if (found.status !== 'found') return;
    expect(found.records).toHaveLength(1);
    expect(found.records[0]?.attributes.vcpu).toBe('2');
    expect(found.records[0]?.attributes.memory).toBe('8 GiB');
    // The curated 2024-04 price agrees with the 2025-04-04 feed: the official rateCode is kept.
    expect(found.records[0]?.id).toMatch(/^[A-Z0-9]{16}\.JRTCKXETXF\.6YS6EN2CT7$/);
    expect(found.records[0]?.source).toMatchObject({
      reference: 'price-data/aws-pricing-page-feeds/ec2/ap-southeast-1-ondemand.json',
      asOf: '2025-04-04',
    });
  });

  it('is never ambiguous for the EC2 query shape in any region, for any term', () => {
    const ambiguous: string[] = [];
    for (const r of records.filter((x) => x.service === 'AmazonEC2' && x.attributes.instanceType)) {
      const q = ec2Query(r.region, r.attributes.instanceType ?? '', r.attributes.operatingSystem);
      const lookup = catalog.lookup({
        ...q,
        productFamily: r.productFamily,
        attributes: {
          ...q.attributes,
          tenancy: r.attributes.tenancy ?? '',
          preInstalledSw: r.attributes.preInstalledSw ?? '',
          licenseModel: r.attributes.licenseModel ?? '',
        },
        term: r.term,
        unit: r.unit,
      });
      if (lookup.status !== 'found') ambiguous.push(`${r.id}: ${lookup.status}`);
    }
    expect(ambiguous).toEqual([]);
  });

  it('resolves every non-EC2 record through its usagetype (or the attributes its resource selects on) without ambiguity', () => {
    const problems: string[] = [];
    for (const r of records.filter(
      (x) => x.service !== 'AmazonEC2' || !x.attributes.instanceType,
    )) {
      const attributes: Record<string, string> = { usagetype: r.attributes.usagetype ?? '' };
      for (const key of [
        'instanceType',
        'databaseEngine',
        'deploymentOption',
        // RDS for Oracle: edition and licence share one usage type (AWS tells them apart by operation).
        'databaseEdition',
        'licenseModel',
        'cacheEngine',
        'toRegionCode',
        'volumeApiName',
        'fromLocation',
        // RDS options (no usage type in their source): what rds-instance.ts / rds-options.ts select on.
        'volumeType',
        'retention',
        'engineMajorVersion',
        'extendedSupportYears',
      ]) {
        const value = r.attributes[key];
        if (value !== undefined) attributes[key] = value;
      }
      const lookup = catalog.lookup({
        service: r.service,
        region: r.region,
        productFamily: r.productFamily,
        attributes,
        term: r.term,
        unit: r.unit,
      });
      if (lookup.status !== 'found' || !lookup.records.some((x) => x.id === r.id)) {
        problems.push(`${r.id} (${termKey(r.term)}): ${lookup.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('returns every tier of a tiered price in ascending order', () => {
    const s3 = catalog.lookup({
      service: 'AmazonS3',
      region: 'us-east-1',
      productFamily: 'Storage',
      attributes: { volumeType: 'Standard' },
    });
    expect(s3.status).toBe('found');
    if (s3.status !== 'found') return;
    expect(s3.records.map((r) => [r.beginRange, r.endRange])).toEqual([
      ['0', '51200'],
      ['51200', '512000'],
      ['512000', 'Inf'],
    ]);
  });

  it('reports a missing price instead of inventing one', () => {
    expect(catalog.lookup(ec2Query('ap-southeast-1', 'no-such.type')).status).toBe('missing');
  });

  it('is memoised', () => {
    expect(embeddedSnapshot()).toBe(snapshot);
  });
});
