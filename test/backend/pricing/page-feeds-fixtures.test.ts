import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PriceRecord } from '../../../core';
import { runValidationGate } from '../../../core';
import {
  FeedFormatError,
  productsBySku,
  readPricingPageFeedFile,
} from '../../../backend/pricing/page-feeds';

const dir = path.resolve(__dirname, '../../fixtures/page-feeds');
const written = mkdtempSync(path.join(tmpdir(), 'page-feed-'));

/** One m5.large Linux row of the made-up feed: its location, TESTSKU number and price. */
function m5Large(location: string, sku: string, price: string): Record<string, string> {
  return {
    rateCode: `TESTSKU00000000${sku}.JRTCKXETXF.6YS6EN2CT7`,
    price,
    Location: location,
    'Instance Family': 'General purpose',
    vCPU: '2',
    'Instance Type': 'm5.large',
    Memory: '8 GiB',
    'Operating System': 'Linux',
    'Pre Installed S/W': 'NA',
    'License Model': 'No License required',
  };
}

/**
 * A valid feed in AWS's pricing-page format, made up for this test (TESTSKU rate codes, two rows):
 * written here rather than kept as a file, so it is plainly not a copy of a real feed.
 */
const VALID_EC2_ONDEMAND = {
  manifest: {
    serviceId: 'ec2',
    currencyCode: 'USD',
    source: 'ec2-ondemand-without-sec-sel',
    hawkFilePublicationDate: '2025-04-04T22:41:22Z',
  },
  sets: {},
  regions: {
    'US East (N. Virginia)': {
      'm5 large US East N. Virginia Linux': m5Large('US East (N. Virginia)', '1', '0.0960000000'),
    },
    'US East (New York City)': {
      'm5 large New York Linux': m5Large('US East (New York City)', '2', '0.1200000000'),
    },
  },
};
writeFileSync(path.join(written, 'valid-ec2-ondemand.json'), JSON.stringify(VALID_EC2_ONDEMAND));

const file = (name: string): string =>
  path.join(name === 'valid-ec2-ondemand.json' ? written : dir, name);

afterAll(() => rmSync(written, { recursive: true, force: true }));

async function products(): Promise<Map<string, PriceRecord>> {
  return productsBySku((await readPricingPageFeedFile(file('valid-ec2-ondemand.json'))).records);
}

describe('pricing-page feed reader on small fixtures', () => {
  it('maps an On-Demand row to a record with its rateCode, the file and the publication date', async () => {
    const result = await readPricingPageFeedFile(file('valid-ec2-ondemand.json'), {
      sourceName: 'fixtures/valid-ec2-ondemand.json',
    });
    expect(result).toMatchObject({ table: 'ec2-ondemand-without-sec-sel', rows: 2 });
    expect(result.records).toEqual([
      {
        id: 'TESTSKU000000001.JRTCKXETXF.6YS6EN2CT7',
        sku: 'TESTSKU000000001',
        service: 'AmazonEC2',
        productFamily: 'Compute Instance',
        region: 'us-east-1',
        attributes: {
          instanceType: 'm5.large',
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
        price: '0.0960000000',
        currency: 'USD',
        term: { type: 'OnDemand' },
        effectiveDate: '2025-04-04',
        source: {
          reference: 'fixtures/valid-ec2-ondemand.json',
          asOf: '2025-04-04',
          note: "AWS pricing-page feed 'ec2-ondemand-without-sec-sel' published 2025-04-04; id is its rateCode",
        },
      },
    ]);
    // The Local Zone row is counted, with the path of the first one, not silently dropped.
    expect(result.skipped).toEqual([
      {
        reason: 'location is not one of the regions read (Local Zone, GovCloud, …)',
        count: 1,
        example: '$.regions["US East (New York City)"]["m5 large New York Linux"]',
      },
    ]);
    const gate = runValidationGate({
      candidate: {
        version: 'fixture',
        createdAt: '',
        shards: [
          {
            service: 'AmazonEC2',
            region: 'us-east-1',
            version: '2025-04-04',
            publishedAt: '2025-04-04T00:00:00Z',
            source: 'fixture',
            records: result.records,
          },
        ],
      },
      needs: [],
    });
    expect(gate.passed).toBe(true);
  });

  it('splits a Partial Upfront row into the hourly fee and the upfront fee', async () => {
    const result = await readPricingPageFeedFile(file('undated-reserved.json'), {
      publicationDate: '2025-04-04',
      products: await products(),
    });
    const term = {
      type: 'Reserved',
      leaseContractLength: '1yr',
      offeringClass: 'standard',
      purchaseOption: 'Partial Upfront',
    };
    expect(result.records.map((r) => [r.id, r.unit, r.price, r.term, r.effectiveDate])).toEqual([
      ['TESTSKU000000001.HU7G6KETJZ.6YS6EN2CT7', 'Hrs', '0.0280000000', term, '2025-04-04'],
      ['TESTSKU000000001.HU7G6KETJZ.2TG2D8R56U', 'Quantity', '245', term, '2025-04-04'],
    ]);
    // The reservation takes the attributes of the On-Demand product it reserves.
    expect(result.records[0]?.attributes.licenseModel).toBe('No License required');
  });

  const failures: [string, string, { withProducts?: boolean }][] = [
    ['truncated.json', 'truncated.json: $: not valid JSON (', {}],
    [
      'bad-price.json',
      `bad-price.json: $.regions["US East (N. Virginia)"]["m5 large US East N. Virginia Linux"].price: '$0.096' is not a decimal string`,
      {},
    ],
    [
      'missing-attribute.json',
      'missing-attribute.json: $.regions["US East (N. Virginia)"]["m5 large US East N. Virginia Linux"]["Instance Type"]: is missing',
      {},
    ],
    [
      'unknown-table.json',
      "unknown-table.json: $.manifest.source: 'lambda-ondemand' is not a feed this reader knows",
      {},
    ],
    ['no-manifest.json', 'no-manifest.json: $.manifest: is missing or not an object', {}],
    [
      'undated-reserved.json',
      'undated-reserved.json: $.manifest.hawkFilePublicationDate: is missing: give the feed publication date',
      { withProducts: true },
    ],
    [
      'reserved-wrong-sku.json',
      'reserved-wrong-sku.json: $.regions["US East (N. Virginia)"]["m5 large Shared Linux 1 year Partial Upfront"]["riupfront:RateCode"]: SKU OTHERSKU00000009 is not the SKU TESTSKU000000001 of OnDemand:RateCode',
      { withProducts: true },
    ],
    [
      'reserved-no-upfront-fee.json',
      'reserved-no-upfront-fee.json: $.regions["US East (N. Virginia)"]["m5 large Shared Linux 1 year All Upfront"]["riupfront:RateCode"]: is missing',
      { withProducts: true },
    ],
    [
      'conflicting-duplicate.json',
      'conflicting-duplicate.json: $.regions["US East (N. Virginia)"]["OnDemand Cache Instance Standard cache m5.large Redis Current Generation"]: rateCode TESTSKU000000003.JRTCKXETXF.6YS6EN2CT7 is also at $.regions["US East (N. Virginia)"]["opaque-key V2"] with another price or attributes',
      {},
    ],
  ];

  it.each(failures)(
    '%s: a clear error naming the file and JSON path',
    async (name, message, opts) => {
      const read = async (): Promise<unknown> =>
        readPricingPageFeedFile(file(name), {
          ...(opts.withProducts ? { products: await products() } : {}),
        });
      await expect(read()).rejects.toThrow(FeedFormatError);
      await expect(read()).rejects.toThrow(
        `${file(message.split(':')[0] ?? '')}${message.slice(message.indexOf(':'))}`,
      );
    },
  );

  it('refuses a Reserved feed without the On-Demand products it reserves', async () => {
    await expect(
      readPricingPageFeedFile(file('undated-reserved.json'), { publicationDate: '2025-04-04' }),
    ).rejects.toThrow('read the On-Demand feed first and pass its records as options.products');
  });

  it('refuses a given date that contradicts the manifest', async () => {
    await expect(
      readPricingPageFeedFile(file('valid-ec2-ondemand.json'), { publicationDate: '2025-01-01' }),
    ).rejects.toThrow(
      '$.manifest.hawkFilePublicationDate: says 2025-04-04, but the file was described as published 2025-01-01',
    );
  });
});
