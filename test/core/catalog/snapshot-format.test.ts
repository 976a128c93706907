import type { EmbeddedRegionFile } from '../../../core/catalog/data/embedded-format';
import {
  EMBEDDED_FORMAT,
  EmbeddedFormatError,
  decodeRegionFile,
} from '../../../core/catalog/data/embedded-format';
import type { CatalogShard } from '../../../core/catalog/catalog-shard';
import { curated } from '../../../scripts/snapshot/curated-record';
import { encodeRegion } from '../../../scripts/snapshot/encode';

const source = { reference: 'https://aws.amazon.com/s3/pricing/', asOf: '2026-07', note: 'test' };
const shard: CatalogShard = {
  service: 'AmazonS3',
  region: 'ap-southeast-1',
  version: '2026-07-01',
  publishedAt: '2026-07-01T00:00:00Z',
  source: 'curated:test',
  records: [
    curated({
      service: 'AmazonS3',
      region: 'ap-southeast-1',
      productFamily: 'Storage',
      attributes: { volumeType: 'Standard', usagetype: 'APS1-TimedStorage-ByteHrs' },
      unit: 'GB-Mo',
      price: 0.025,
      source,
      beginRange: '0',
      endRange: '51200',
      what: ['Standard', 'storage', '0'],
    }),
    curated({
      service: 'AmazonS3',
      region: 'ap-southeast-1',
      productFamily: 'Storage',
      attributes: { volumeType: 'Standard', usagetype: 'APS1-TimedStorage-ByteHrs' },
      unit: 'GB-Mo',
      price: '0.024',
      source: { reference: source.reference, asOf: '2026-07' },
      beginRange: '51200',
      endRange: '512000',
      term: {
        type: 'Reserved',
        leaseContractLength: '3yr',
        offeringClass: 'convertible',
        purchaseOption: 'All Upfront',
      },
      what: ['Standard', 'storage', '51200'],
      description: 'a description',
    }),
  ],
};

describe('embedded region file format', () => {
  it('round-trips records exactly (prices, tiers, terms, sources, descriptions)', () => {
    const decoded = decodeRegionFile(
      JSON.parse(JSON.stringify(encodeRegion('ap-southeast-1', [shard]))) as EmbeddedRegionFile,
    );
    expect(decoded).toEqual([shard]);
    expect(decoded[0]?.records[0]?.price).toBe('0.0250000000');
  });

  it('rejects another format with a message naming the region', () => {
    const file = { ...encodeRegion('ap-southeast-1', [shard]), format: 'something-else/9' };
    expect(() => decodeRegionFile(file)).toThrow(EmbeddedFormatError);
    expect(() => decodeRegionFile(file)).toThrow(
      `Embedded file for ap-southeast-1 has format 'something-else/9', expected '${EMBEDDED_FORMAT}'.`,
    );
  });

  it('names the bad row when a string index is out of range', () => {
    const file = encodeRegion('ap-southeast-1', [shard]);
    const [encoded] = file.shards;
    if (!encoded) throw new Error('no shard encoded');
    const broken = {
      ...file,
      shards: [
        {
          ...encoded,
          records: [encoded.records[0] ?? [], ['x', 9999, 0, 0, 0, 0, '1', 0, 0, 0, -1]],
        },
      ],
    };
    expect(() => decodeRegionFile(broken)).toThrow(
      'embedded AmazonS3/ap-southeast-1 records[1]: productFamily is not a valid string index.',
    );
  });
});
