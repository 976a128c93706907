/** @jest-environment node */
import { encodeShard } from '../../../core';
import type { PricingDataResult } from '../../../addin/api/api-client';
import { RegionCatalogCache } from '../../../addin/catalog-cache/region-catalog-cache';
import { CatalogDecodeError, decodePricingData } from '../../../addin/catalog-cache/shard-decoder';
import { pricingDataBody } from '../helpers/embedded-catalog';

function source(results: (() => PricingDataResult | Promise<PricingDataResult>)[]) {
  const seen: (string | null)[] = [];
  const fn = async (_region: string, etag: string | null) => {
    seen.push(etag);
    const next = results.shift();
    if (!next) throw new Error('no more responses');
    return next();
  };
  return { fn, seen };
}

const body = pricingDataBody('us-east-1');

describe('RegionCatalogCache', () => {
  it('coalesces concurrent loads of one region into one request', async () => {
    const { fn, seen } = source([() => ({ status: 'modified', etag: '"a"', body })]);
    const cache = new RegionCatalogCache(fn);
    const [a, b, c] = await Promise.all([
      cache.load('us-east-1'),
      cache.load('us-east-1'),
      cache.load('us-east-1'),
    ]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(seen).toEqual([null]);
    expect(a.shard('AmazonEC2', 'us-east-1')?.records.length).toBeGreaterThan(0);
  });

  it('serves from memory until max-age, then revalidates with the ETag and keeps the catalog on 304', async () => {
    let now = 0;
    const { fn, seen } = source([
      () => ({ status: 'modified', etag: '"a"', body }),
      () => ({ status: 'not-modified' }),
    ]);
    const cache = new RegionCatalogCache(fn, 300_000, () => now);
    const first = await cache.load('us-east-1');
    now = 299_999;
    expect(await cache.load('us-east-1')).toBe(first);
    expect(seen).toEqual([null]);
    now = 300_000;
    expect(await cache.load('us-east-1')).toBe(first);
    expect(seen).toEqual([null, '"a"']);
  });

  it('keeps serving a cached catalog when revalidation fails (offline), but fails a first load', async () => {
    let now = 0;
    const { fn } = source([
      () => ({ status: 'modified', etag: '"a"', body }),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ]);
    const cache = new RegionCatalogCache(fn, 1000, () => now);
    const first = await cache.load('us-east-1');
    now = 5000;
    await expect(cache.load('us-east-1')).resolves.toBe(first);
    await expect(cache.load('eu-west-1')).rejects.toThrow('Failed to fetch');
  });
});

describe('decodePricingData', () => {
  it('reads a shard set of plain shards and of core-encoded shards to the same prices', () => {
    const plain = decodePricingData('us-east-1', body);
    const encoded = decodePricingData('us-east-1', {
      ...body,
      shards: body.shards.map(encodeShard),
    });
    const query = { service: 'AmazonS3', region: 'us-east-1', attributes: {} };
    expect(encoded.version).toBe(plain.version);
    expect(encoded.shard('AmazonEC2', 'us-east-1')?.records).toEqual(
      plain.shard('AmazonEC2', 'us-east-1')?.records,
    );
    expect(encoded.shard('AmazonS3', query.region)?.records.length).toBe(
      plain.shard('AmazonS3', query.region)?.records.length,
    );
  });

  it("reads the API's answer: {catalogVersion, region, shards} with encoded shards", () => {
    const api = {
      catalogVersion: '2026-11-01',
      region: 'us-east-1',
      shards: body.shards.map(encodeShard),
    };
    const decoded = decodePricingData('us-east-1', api);
    expect(decoded.version).toBe('2026-11-01');
    expect(decoded.allShards().map((s) => s.service)).toEqual(body.shards.map((s) => s.service));
  });

  it('refuses a malformed body as a whole, naming the JSON path', () => {
    const broken = structuredClone(body) as unknown as {
      shards: { records: { price: string }[] }[];
    };
    const firstRecord = broken.shards[0]?.records[0];
    if (firstRecord) firstRecord.price = 'cheap';
    expect(() => decodePricingData('us-east-1', broken)).toThrow(CatalogDecodeError);
    expect(() => decodePricingData('us-east-1', broken)).toThrow(/shards\.0\.records\.0\.price/);
    expect(() => decodePricingData('us-east-1', '<html>')).toThrow(/could not be read/);
  });

  it('refuses prices of another region', () => {
    expect(() => decodePricingData('eu-west-1', body)).toThrow(
      /Asked for the eu-west-1 catalog but received/,
    );
  });
});
