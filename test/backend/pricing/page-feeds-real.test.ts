import path from 'node:path';
import type { PriceRecord } from '../../../core';
import type { FeedReadResult } from '../../../backend/pricing/page-feeds';
import { productsBySku, readPricingPageFeedFile } from '../../../backend/pricing/page-feeds';
import { itWithShared, sharedDir } from '../../helpers/shared-data';

/**
 * The reader on AWS's real pricing-page feeds (../shared/price-data, read-only): expected records
 * are written out from the rows of the files, field by field.
 */
const feeds = path.join(sharedDir('price-data'), 'aws-pricing-page-feeds');
const withFeeds = itWithShared('price-data');
const read = (file: string, options = {}): Promise<FeedReadResult> =>
  readPricingPageFeedFile(path.join(feeds, file), { sourceName: file, ...options });

const byId = (result: FeedReadResult, id: string): PriceRecord | undefined =>
  result.records.find((r) => r.id === id);

const RESERVED = (
  lease: '1yr' | '3yr',
  purchaseOption: 'No Upfront' | 'Partial Upfront' | 'All Upfront',
  offeringClass: 'standard' | 'convertible' = 'standard',
) => ({ type: 'Reserved', leaseContractLength: lease, offeringClass, purchaseOption });

describe('pricing-page feed reader on the real feeds', () => {
  withFeeds('EC2 On-Demand us-east-1: m4.large Linux, record by record', async () => {
    const result = await read('ec2/us-east-1-ondemand.json');
    expect(byId(result, '8VCNEHQMSCQS4P39.JRTCKXETXF.6YS6EN2CT7')).toEqual({
      id: '8VCNEHQMSCQS4P39.JRTCKXETXF.6YS6EN2CT7',
      sku: '8VCNEHQMSCQS4P39',
      service: 'AmazonEC2',
      productFamily: 'Compute Instance',
      region: 'us-east-1',
      attributes: {
        instanceType: 'm4.large',
        operatingSystem: 'Linux',
        tenancy: 'Shared',
        preInstalledSw: 'NA',
        licenseModel: 'No License required',
        capacitystatus: 'Used',
        vcpu: '2',
        memory: '8 GiB',
        instanceFamily: 'General purpose',
        currentGeneration: 'Yes',
      },
      unit: 'Hrs',
      beginRange: '0',
      endRange: 'Inf',
      price: '0.1000000000',
      currency: 'USD',
      term: { type: 'OnDemand' },
      effectiveDate: '2025-04-04',
      source: {
        reference: 'ec2/us-east-1-ondemand.json',
        asOf: '2025-04-04',
        note: "AWS pricing-page feed 'ec2-ondemand-without-sec-sel' published 2025-04-04; id is its rateCode",
      },
    });
    expect(result.records).toHaveLength(result.rows);
    const metal = result.records.find((r) => r.attributes.instanceType === 'm5.metal');
    expect(metal?.productFamily).toBe('Compute Instance (bare metal)');
  });

  withFeeds(
    'EC2 Reserved Convertible: joined to the On-Demand product (same SKU, its attributes)',
    async () => {
      const onDemand = await read('ec2/us-east-1-ondemand.json');
      const result = await read('ec2/us-east-1-reservedinstance-convertible-1y.json', {
        publicationDate: '2025-04-04',
        products: productsBySku(onDemand.records),
      });
      const record = byId(result, '8VCNEHQMSCQS4P39.7NE97W5U4E.6YS6EN2CT7');
      expect(record).toMatchObject({
        sku: '8VCNEHQMSCQS4P39',
        productFamily: 'Compute Instance',
        unit: 'Hrs',
        price: '0.0712000000',
        term: RESERVED('1yr', 'No Upfront', 'convertible'),
        effectiveDate: '2025-04-04',
      });
      expect(record?.attributes).toBe(
        byId(onDemand, '8VCNEHQMSCQS4P39.JRTCKXETXF.6YS6EN2CT7')?.attributes,
      );
      // No Upfront: one hourly record per row, and every row found its On-Demand product.
      expect(result.records).toHaveLength(result.rows);
      expect(result.skipped).toEqual([]);
    },
  );

  withFeeds(
    'RDS PostgreSQL On-Demand, Singapore: Single-AZ, Multi-AZ and backup storage',
    async () => {
      const result = await read('rds/rds-postgresql-ondemand.json');
      const attributes = (deploymentOption: string) => ({
        instanceType: 'db.m5.large',
        databaseEngine: 'PostgreSQL',
        deploymentOption,
        licenseModel: 'No license required',
        vcpu: '2',
        memory: '8 GiB',
        instanceFamily: 'General purpose',
        currentGeneration: 'Yes',
      });
      expect(byId(result, '235PDAA973WG5FRS.JRTCKXETXF.6YS6EN2CT7')).toMatchObject({
        region: 'ap-southeast-1',
        productFamily: 'Database Instance',
        attributes: attributes('Single-AZ'),
        unit: 'Hrs',
        price: '0.2470000000',
        effectiveDate: '2024-09-28',
      });
      expect(byId(result, 'GCEWKHNH7V4T8WCV.JRTCKXETXF.6YS6EN2CT7')).toMatchObject({
        attributes: attributes('Multi-AZ'),
        price: '0.4940000000',
      });
      expect(byId(result, '9XF3U4K57MG3MUFQ.JRTCKXETXF.6YS6EN2CT7')).toMatchObject({
        productFamily: 'Storage Snapshot',
        attributes: { usagetype: 'APS1-RDS:ChargedBackupUsage' },
        unit: 'GB-Mo',
        price: '0.0950000000',
      });
      const cluster = result.records.filter(
        (r) => r.attributes.deploymentOption === 'Multi-AZ (readable standbys)',
      );
      expect(cluster.length).toBeGreaterThan(0);
      const reasons = result.skipped.map((s) => s.reason);
      expect(reasons).toContain(
        'not an instance or backup price (storage, IOPS, extended support, …)',
      );
    },
  );

  withFeeds(
    'RDS MySQL Reserved Multi-AZ 1 yr Partial Upfront: hourly + upfront records',
    async () => {
      const result = await read(
        'rds/af-south-1-rds-mysql-reservedinstance-multi-az-1y-partial.json',
        {
          products: new Map(),
        },
      );
      const own = {
        instanceType: 'db.m5.large',
        databaseEngine: 'MySQL',
        deploymentOption: 'Multi-AZ',
        licenseModel: 'No license required',
      };
      expect(byId(result, 'P58Y2785BSBM52ZN.HU7G6KETJZ.6YS6EN2CT7')).toMatchObject({
        service: 'AmazonRDS',
        region: 'af-south-1',
        productFamily: 'Database Instance',
        attributes: own,
        unit: 'Hrs',
        price: '0.1508000000',
        term: RESERVED('1yr', 'Partial Upfront'),
        effectiveDate: '2025-04-04',
      });
      expect(byId(result, 'P58Y2785BSBM52ZN.HU7G6KETJZ.2TG2D8R56U')).toMatchObject({
        attributes: own,
        unit: 'Quantity',
        price: '1321',
        term: RESERVED('1yr', 'Partial Upfront'),
      });
      expect(result.records).toHaveLength(2 * result.rows);
    },
  );

  withFeeds(
    'ElastiCache On-Demand: one record per rateCode, engine from the key or its set',
    async () => {
      const result = await read('elasticache/elasticache.json');
      const node = (id: string) => byId(result, id);
      expect(node('D3Y7CNKGUTH3CE59.JRTCKXETXF.6YS6EN2CT7')).toMatchObject({
        service: 'AmazonElastiCache',
        region: 'us-east-1',
        productFamily: 'Cache Instance',
        attributes: {
          instanceType: 'cache.m5.large',
          cacheEngine: 'Redis',
          vcpu: '2',
          memory: '6.38 GiB',
          instanceFamily: 'Standard',
          currentGeneration: 'Yes',
        },
        price: '0.1560000000',
        effectiveDate: '2025-03-14',
      });
      expect(node('29B2HV5D9AG8USNN.JRTCKXETXF.6YS6EN2CT7')?.attributes.cacheEngine).toBe(
        'Memcached',
      );
      expect(node('WXZN7DRF3Z9AAHW5.JRTCKXETXF.6YS6EN2CT7')).toMatchObject({
        attributes: { cacheEngine: 'Valkey' },
        price: '0.1248000000',
      });
      const twice = result.skipped.find((s) => s.reason.startsWith('the same price listed twice'));
      expect(twice?.count).toBe(result.records.length);
    },
  );

  withFeeds(
    'ElastiCache Reserved: the engine comes from the reserved On-Demand product',
    async () => {
      const onDemand = await read('elasticache/elasticache.json');
      const result = await read(
        'elasticache/elasticache-reservedinstance-1_year-Partial_Upfront-us-east-1-Standard.json',
        { products: productsBySku(onDemand.records) },
      );
      expect(byId(result, 'D3Y7CNKGUTH3CE59.HU7G6KETJZ.6YS6EN2CT7')).toMatchObject({
        attributes: { instanceType: 'cache.m5.large', cacheEngine: 'Redis' },
        unit: 'Hrs',
        price: '0.0510000000',
        term: RESERVED('1yr', 'Partial Upfront'),
        effectiveDate: '2024-10-07',
      });
      expect(byId(result, 'D3Y7CNKGUTH3CE59.HU7G6KETJZ.2TG2D8R56U')).toMatchObject({
        unit: 'Quantity',
        price: '444',
      });
    },
  );

  withFeeds(
    'EBS Singapore: volumes, io2 tiers, gp3 throughput as published, snapshots, fast snapshot restore',
    async () => {
      const result = await read('ebs/ebs.json');
      const singapore = result.records.filter((r) => r.region === 'ap-southeast-1');
      const row = (r: PriceRecord) => [
        r.productFamily,
        JSON.stringify(r.attributes),
        r.unit,
        r.beginRange,
        r.endRange,
        r.price,
      ];
      expect(singapore.map(row)).toEqual(
        expect.arrayContaining([
          ['Storage', '{"volumeApiName":"gp3"}', 'GB-Mo', '0', 'Inf', '0.0960000000'],
          ['Storage', '{"volumeApiName":"io2"}', 'GB-Mo', '0', 'Inf', '0.1380000000'],
          ['System Operation', '{"volumeApiName":"gp3"}', 'IOPS-Mo', '0', 'Inf', '0.0060000000'],
          ['System Operation', '{"volumeApiName":"io2"}', 'IOPS-Mo', '0', '32000', '0.0720000000'],
          [
            'System Operation',
            '{"volumeApiName":"io2"}',
            'IOPS-Mo',
            '32000',
            '64000',
            '0.0504000000',
          ],
          [
            'System Operation',
            '{"volumeApiName":"io2"}',
            'IOPS-Mo',
            '64000',
            'Inf',
            '0.0352800000',
          ],
          [
            'Provisioned Throughput',
            '{"volumeApiName":"gp3"}',
            'GiBps-mo',
            '0',
            'Inf',
            '49.1520000000',
          ],
          [
            'Storage Snapshot',
            '{"usagetype":"APS1-EBS:SnapshotUsage"}',
            'GB-Mo',
            '0',
            'Inf',
            '0.0500000000',
          ],
          // "Fast Snapshot Restore per hours" of the feed's Singapore table.
          [
            'Fast Snapshot Restore',
            '{"volumeApiName":"Any"}',
            'DSU-Hours',
            '0',
            'Inf',
            '0.9000000000',
          ],
        ]),
      );
      // The 2024-07-18 feed predates three regions: EBS has no price there in these feeds.
      const regions = new Set(result.records.map((r) => r.region));
      expect(regions.size).toBe(29);
      for (const r of ['ap-southeast-5', 'ap-southeast-7', 'mx-central-1'])
        expect(regions.has(r)).toBe(false);
    },
  );

  withFeeds(
    'every feed file reads without error; Reserved rows all find their product',
    async () => {
      const { readdirSync } = await import('node:fs');
      const files = ['ec2', 'rds', 'elasticache', 'ebs'].flatMap((d) =>
        readdirSync(path.join(feeds, d)).map((f) => `${d}/${f}`),
      );
      const reserved = (f: string) => f.includes('reservedinstance');
      const onDemand: PriceRecord[] = [];
      for (const f of files.filter((x) => !reserved(x))) onDemand.push(...(await read(f)).records);
      const products = productsBySku(onDemand);
      const unjoined: string[] = [];
      let records = onDemand.length;
      for (const f of files.filter(reserved)) {
        const ec2 = f.startsWith('ec2/'); // the EC2 Reserved feeds carry no date (price-data README)
        const result = await read(f, {
          products,
          ...(ec2 ? { publicationDate: '2025-04-04' } : {}),
        });
        records += result.records.length;
        for (const s of result.skipped)
          if (s.reason.startsWith('no On-Demand product')) unjoined.push(`${f}: ${s.count}`);
      }
      expect(unjoined).toEqual([]);
      expect(records).toBeGreaterThan(150_000);
    },
    300_000,
  );
});
