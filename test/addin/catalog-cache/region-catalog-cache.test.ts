/** @jest-environment node */
import type { TermPart } from '../../../core';
import { encodeShard } from '../../../core';
import type { PricingDataResult } from '../../../addin/api/api-client';
import { RegionCatalogCache } from '../../../addin/catalog-cache/region-catalog-cache';
import { CatalogDecodeError, decodePricingData } from '../../../addin/catalog-cache/shard-decoder';
import { CommitmentsNotLoadedError } from '../../../addin/catalog-cache/term-part-shards';
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

describe('RegionCatalogCache: the commitments are fetched only for a Reserved or Savings Plans use', () => {
  const RI = {
    type: 'Reserved',
    leaseContractLength: '1yr',
    offeringClass: 'standard',
    purchaseOption: 'No Upfront',
  } as const;
  const m5 = (term?: typeof RI) => ({
    service: 'AmazonEC2',
    region: 'us-east-1',
    productFamily: 'Compute Instance',
    attributes: {
      instanceType: 'm5.large',
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
    },
    unit: 'Hrs',
    ...(term ? { term } : {}),
  });

  /** A fake API: each part as the API serves it, counting the requests per part. */
  function parts() {
    const asked: string[] = [];
    const fn = async (_region: string, _etag: string | null, terms: TermPart) => {
      asked.push(terms);
      return {
        status: 'modified' as const,
        etag: `"${terms}"`,
        body: pricingDataBody('us-east-1', terms),
      };
    };
    return { fn, asked };
  }

  it('an On-Demand load fetches the On-Demand part only, and refuses a commitment lookup loudly', async () => {
    const { fn, asked } = parts();
    const cache = new RegionCatalogCache(fn);
    const catalog = await cache.load('us-east-1');
    expect(catalog.lookup(m5()).status).toBe('found');
    expect(() => catalog.lookup(m5(RI))).toThrow(CommitmentsNotLoadedError);
    expect(() => catalog.lookup(m5(RI))).toThrow(
      'The Reserved and Savings Plans prices of us-east-1 were not downloaded for this use (AmazonEC2)',
    );
    expect(asked).toEqual(['on-demand']);
  });

  it('a commitments load adds one request, coalesced, and prices the Reserved rate of the catalog', async () => {
    const { fn, asked } = parts();
    const cache = new RegionCatalogCache(fn);
    await cache.load('us-east-1');
    const [a, b] = await Promise.all([
      cache.load('us-east-1', { commitments: true }),
      cache.load('us-east-1', { commitments: true }),
    ]);
    expect(a).toBe(b);
    expect(asked).toEqual(['on-demand', 'commitments']);
    const expected = pricingDataBody('us-east-1', 'commitments')
      .shards.find((s) => s.service === 'AmazonEC2')
      ?.records.find(
        (r) =>
          r.term.type === 'Reserved' &&
          r.term.leaseContractLength === '1yr' &&
          r.term.offeringClass === 'standard' &&
          r.term.purchaseOption === 'No Upfront' &&
          r.unit === 'Hrs' &&
          r.attributes.instanceType === 'm5.large' &&
          r.attributes.operatingSystem === 'Linux' &&
          r.attributes.tenancy === 'Shared' &&
          r.attributes.preInstalledSw === 'NA' &&
          r.attributes.capacitystatus === 'Used',
      );
    const found = a.lookup(m5(RI));
    expect(found.status === 'found' && found.records.map((r) => r.id)).toEqual([expected?.id]);
    expect(a.lookup(m5()).status).toBe('found');
    // The On-Demand catalog stays as it was; asking again costs nothing.
    expect(await cache.load('us-east-1')).not.toBe(a);
    expect(await cache.load('us-east-1', { commitments: true })).toBe(a);
    expect(asked).toEqual(['on-demand', 'commitments']);
  });

  it('keeps only the part asked for, whatever the answer holds', async () => {
    const cache = new RegionCatalogCache(async () => ({
      status: 'modified',
      etag: '"all"',
      body: pricingDataBody('us-east-1'),
    }));
    const catalog = await cache.load('us-east-1');
    const ec2 = catalog.shard('AmazonEC2', 'us-east-1')?.records ?? [];
    expect(ec2.length).toBeGreaterThan(0);
    expect(ec2.every((r) => r.term.type === 'OnDemand')).toBe(true);
  });

  it('fetches both parts again when they come from two catalog versions, then refuses if still apart', async () => {
    let version = 1;
    const asked: string[] = [];
    const cache = new RegionCatalogCache(async (_r, _e, terms) => {
      asked.push(terms);
      const part = pricingDataBody('us-east-1', terms);
      return { status: 'modified', etag: null, body: { ...part, version: `v${version++}` } };
    });
    await expect(cache.load('us-east-1', { commitments: true })).rejects.toThrow(
      'The us-east-1 catalog changed while it was downloaded (v3 and v4); recalculate in a moment.',
    );
    expect(asked).toEqual(['on-demand', 'commitments', 'on-demand', 'commitments']);
  });
});
