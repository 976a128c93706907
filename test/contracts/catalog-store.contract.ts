import { randomUUID } from 'node:crypto';
import type { CatalogShard, PriceRecord } from '../../core';
import { SHARD_COVERAGE_FORMAT, encodeShard, shardCoverage } from '../../core';
import type { CatalogStore } from '../../backend/ports/catalog-store';

/** A shard of `count` On-Demand records with real-looking rateCodes, under a service unique to the test. */
export function shard(
  service: string,
  version: string,
  count = 2,
  price = '0.0960000000',
): CatalogShard {
  const records: PriceRecord[] = Array.from({ length: count }, (_, i) => {
    const sku = `SKU${String(i).padStart(13, '0')}`;
    return {
      id: `${sku}.JRTCKXETXF.6YS6EN2CT7`,
      sku,
      service,
      productFamily: 'Compute Instance',
      region: 'ap-southeast-1',
      attributes: { instanceType: `m${i}.large`, operatingSystem: 'Linux', tenancy: 'Shared' },
      unit: 'Hrs',
      beginRange: '0',
      endRange: 'Inf',
      price,
      currency: 'USD',
      term: { type: 'OnDemand' },
      effectiveDate: '2025-09-01T00:00:00Z',
      description: `$${price} per On Demand Linux m${i}.large Instance Hour, record ${i}`,
    };
  });
  return {
    service,
    region: 'ap-southeast-1',
    version,
    publishedAt: `${version.slice(0, 4)}-${version.slice(4, 6)}-${version.slice(6, 8)}T00:00:00Z`,
    source: `aws-price-list:/offers/v1.0/aws/${service}/${version}/ap-southeast-1/index.json`,
    records,
  };
}

/** The CatalogStore contract: the in-memory fake and the DynamoDB/S3 adapter both pass it. */
export function catalogStoreContract(name: string, setup: () => CatalogStore): void {
  describe(`CatalogStore contract: ${name}`, () => {
    const unique = (): string => `TestOffer${randomUUID().slice(0, 8)}`;

    it('stores a shard and reads back exactly the same records, with its index entry', async () => {
      const store = setup();
      const service = unique();
      const original = shard(service, '20250912225308');
      const info = await store.put(original);
      expect(info).toMatchObject({
        service,
        region: 'ap-southeast-1',
        version: '20250912225308',
        records: 2,
      });
      // The body's key names its content: version, service, region, 16 hex digits of SHA-256.
      expect(info.bodyKey).toMatch(
        new RegExp(`^catalog/20250912225308/${service}/ap-southeast-1\\.[0-9a-f]{16}\\.json\\.gz$`),
      );
      expect(info.etag).not.toBe('');
      const latest = await store.latest(service, 'ap-southeast-1');
      expect(latest?.shard).toEqual(original);
      expect(latest?.info).toEqual(info);
      expect(await store.latestInfo(service, 'ap-southeast-1')).toEqual(info);
    });

    it('keeps every version: latest is the newest, older ones stay readable, listed newest first', async () => {
      const store = setup();
      const service = unique();
      const v1 = shard(service, '20250101000000', 2, '0.1000000000');
      const v2 = shard(service, '20250601000000', 2, '0.0900000000');
      await store.put(v1);
      await store.put(v2);
      expect((await store.latest(service, 'ap-southeast-1'))?.shard.version).toBe('20250601000000');
      expect((await store.get(service, 'ap-southeast-1', '20250101000000'))?.shard).toEqual(v1);
      expect((await store.versions(service, 'ap-southeast-1')).map((v) => v.version)).toEqual([
        '20250601000000',
        '20250101000000',
      ]);
    });

    it('does not move latest back when an older version is stored after a newer one', async () => {
      const store = setup();
      const service = unique();
      await store.put(shard(service, '20250601000000'));
      await store.put(shard(service, '20240101000000'));
      expect((await store.latestInfo(service, 'ap-southeast-1'))?.version).toBe('20250601000000');
      expect(await store.versions(service, 'ap-southeast-1')).toHaveLength(2);
    });

    it("keeps each version's coverage summary with its index entry, latest's moving with it", async () => {
      const store = setup();
      const service = unique();
      const newer = shard(service, '20250601000000', 3);
      const older = shard(service, '20250101000000', 1);
      const put = await store.put(newer);
      // Worked by hand: 3 On-Demand records, no source of their own, dated by effectiveDate.
      expect(put.coverage).toEqual(shardCoverage(newer));
      expect(put.coverage).toMatchObject({
        format: SHARD_COVERAGE_FORMAT,
        service,
        region: 'ap-southeast-1',
        version: '20250601000000',
        publishedAt: '2025-06-01T00:00:00Z',
        summary: {
          coverage: {
            region: 'ap-southeast-1',
            records: 3,
            services: [
              { service, records: 3, sources: 0, oldest: '2025-09-01', newest: '2025-09-01' },
            ],
          },
          sources: [expect.objectContaining({ references: [], records: 3 })],
        },
      });
      await store.put(older);
      // A late older version does not move latest, nor its summary.
      expect((await store.latestInfo(service, 'ap-southeast-1'))?.coverage).toEqual(
        shardCoverage(newer),
      );
      expect((await store.latest(service, 'ap-southeast-1'))?.info.coverage).toEqual(
        shardCoverage(newer),
      );
      expect((await store.get(service, 'ap-southeast-1', '20250101000000'))?.info.coverage).toEqual(
        shardCoverage(older),
      );
      expect(
        (await store.versions(service, 'ap-southeast-1')).map(
          (v) => v.coverage?.summary.coverage.records,
        ),
      ).toEqual([3, 1]);
      // The same version stored again with other records: its summary is of the new records.
      const again = shard(service, '20250601000000', 5);
      await store.put(again);
      expect((await store.latestInfo(service, 'ap-southeast-1'))?.coverage).toEqual(
        shardCoverage(again),
      );
    });

    it('answers undefined / empty for a shard or version it does not have', async () => {
      const store = setup();
      const service = unique();
      expect(await store.latest(service, 'ap-southeast-1')).toBeUndefined();
      expect(await store.latestInfo(service, 'ap-southeast-1')).toBeUndefined();
      await store.put(shard(service, '20250601000000'));
      expect(await store.get(service, 'ap-southeast-1', '20990101000000')).toBeUndefined();
      expect(await store.latest(service, 'eu-west-1')).toBeUndefined();
      expect(await store.versions(service, 'eu-west-1')).toEqual([]);
    });

    it('gives a new ETag when the same version is stored again with different prices', async () => {
      const store = setup();
      const service = unique();
      const first = await store.put(shard(service, '20250601000000', 2, '0.1000000000'));
      const again = await store.put(shard(service, '20250601000000', 2, '0.2000000000'));
      expect(again.etag).not.toBe(first.etag);
      expect((await store.latestInfo(service, 'ap-southeast-1'))?.etag).toBe(again.etag);
      expect((await store.latest(service, 'ap-southeast-1'))?.shard.records[0]?.price).toBe(
        '0.2000000000',
      );
    });

    it('names a body by its content: other records of the same version get another key, the same records the same', async () => {
      const store = setup();
      const service = unique();
      const first = await store.put(shard(service, '20250601000000', 2, '0.1000000000'));
      const other = await store.put(shard(service, '20250601000000', 2, '0.2000000000'));
      expect(other.bodyKey).not.toBe(first.bodyKey);
      expect((await store.latestInfo(service, 'ap-southeast-1'))?.bodyKey).toBe(other.bodyKey);
      const same = await store.put(shard(service, '20250601000000', 2, '0.1000000000'));
      expect(same.bodyKey).toBe(first.bodyKey);
      expect(
        (await store.get(service, 'ap-southeast-1', '20250601000000'))?.shard.records[0]?.price,
      ).toBe('0.1000000000');
    });

    it('stores a shard far larger than a DynamoDB item (400 KB) intact', async () => {
      const store = setup();
      const service = unique();
      const big = shard(service, '20250912225308', 6000);
      expect(JSON.stringify(encodeShard(big)).length).toBeGreaterThan(400 * 1024);
      await store.put(big);
      const back = await store.latest(service, 'ap-southeast-1');
      expect(back?.shard.records).toHaveLength(6000);
      expect(back?.shard).toEqual(big);
    });
  });
}
