import fc from 'fast-check';
import type { EncodedRecord, EncodedShard, PriceRecord, Term } from '../../../core';
import {
  SHARD_FORMAT,
  SHARD_FORMAT_V1,
  ShardFormatError,
  decodeShard,
  encodeShard,
  shardSizes,
  utf8Length,
} from '../../../core';
import { RESERVED_1YR_PARTIAL, record, shardOf } from './catalog-fixtures';

describe('shard codec', () => {
  const records: PriceRecord[] = [
    record({
      sku: '6C86BEPQVG73ZGGR',
      description: '$0.12 per On Demand Linux m5.large Instance Hour',
    }),
    record({
      sku: '6C86BEPQVG73ZGGR',
      id: '6C86BEPQVG73ZGGR.HU7G6KETJZ.6YS6EN2CT7',
      term: RESERVED_1YR_PARTIAL,
      price: '0.0330000000',
    }),
    record({
      sku: '6C86BEPQVG73ZGGR',
      id: '6C86BEPQVG73ZGGR.HU7G6KETJZ.2TG2D8R56U',
      term: RESERVED_1YR_PARTIAL,
      unit: 'Quantity',
      price: '289',
      description: 'Upfront Fee',
    }),
    record({
      sku: 'VUZADW4HBG7NT6R7',
      id: 'VUZADW4HBG7NT6R7.JRTCKXETXF.2A2Z7VTUXW',
      service: 'AmazonEC2',
      beginRange: '2200',
      endRange: 'Inf',
      unit: 'hours',
      price: '0.0102500000',
      region: 'us-east-1-nyc-1',
    }),
    record({
      sku: 'curated',
      id: 'curated:AmazonEC2:ap-southeast-1:m7g.large:Linux:OnDemand',
      price: '0.0988',
      source: {
        reference: 'https://aws.amazon.com/ec2/pricing/on-demand/',
        asOf: '2026-07',
        note: 'read from the page',
      },
    }),
  ];

  it('round-trips every field exactly, including curated ids, sources, tiers and foreign regions', () => {
    const shard = shardOf(records);
    expect(decodeShard(JSON.parse(JSON.stringify(encodeShard(shard))) as EncodedShard)).toEqual(
      shard,
    );
  });

  it('stores each rate suffix, attribute set and repeated string once', () => {
    const encoded = encodeShard(shardOf(records));
    expect(encoded.format).toBe(SHARD_FORMAT);
    expect(encoded.attributeSets).toHaveLength(1);
    expect(encoded.strings.filter((s) => s === 'JRTCKXETXF.6YS6EN2CT7')).toHaveLength(1);
    expect(encoded.records[4]?.[1]).toBe(
      'curated:AmazonEC2:ap-southeast-1:m7g.large:Linux:OnDemand',
    );
    expect(encoded.records[0]?.[12]).toBe(-1); // region equals the shard's
  });

  it('stores a source once per shard, and a curated id (id = sku) as -1', () => {
    const source = { reference: 'https://aws.amazon.com/s3/pricing/', asOf: '2024-12' };
    const curated = (what: string): PriceRecord => {
      const id = `curated:AmazonS3:ap-southeast-1:${what}`;
      return record({ sku: id, id, source: { ...source } });
    };
    const encoded = encodeShard(shardOf([curated('a'), curated('b')]));
    expect(encoded.sources).toHaveLength(1);
    expect(encoded.records.map((r) => [r[1], r[13]])).toEqual([
      [-1, 0],
      [-1, 0],
    ]);
    expect(decodeShard(encoded).records.map((r) => r.id)).toEqual([
      'curated:AmazonS3:ap-southeast-1:a',
      'curated:AmazonS3:ap-southeast-1:b',
    ]);
  });

  it('keeps the places a rounding source rounds to, and refuses a row whose places are not a whole number (DECISIONS 96)', () => {
    const rounded = record({
      sku: 'curated:AmazonEC2:us-east-2:p4d.24xlarge:RHEL',
      id: 'curated:AmazonEC2:us-east-2:p4d.24xlarge:RHEL',
      price: '22.99444',
      source: { reference: 'https://example.org/copy', asOf: '2026-05', roundedTo: 5 },
    });
    const exact = record({
      sku: 'curated:AmazonEC2:us-east-2:p4d.24xlarge:SUSE',
      id: 'curated:AmazonEC2:us-east-2:p4d.24xlarge:SUSE',
      source: { reference: 'https://example.org/copy', asOf: '2026-05' },
    });
    const shard = shardOf([rounded, exact]);
    const encoded = JSON.parse(JSON.stringify(encodeShard(shard))) as EncodedShard;
    // Two sources: the same reference and date, one rounding, one not.
    expect(encoded.sources?.map((row) => row.length)).toEqual([4, 3]);
    expect(encoded.sources?.[0]?.[3]).toBe(5);
    const decoded = decodeShard(encoded);
    expect(decoded).toEqual(shard);
    expect(decoded.records.map((r) => r.source?.roundedTo)).toEqual([5, undefined]);
    const bad: EncodedShard = {
      ...encoded,
      sources: [[...encoded.sources![0]!.slice(0, 3), 2.5], encoded.sources![1]!],
    };
    expect(() => decodeShard(bad)).toThrow(
      'AmazonEC2/ap-southeast-1 records[0]: source 0 rounds to 2.5 places, not a whole number 0–20.',
    );
  });

  it('keeps a newer confirming source with the record, and still reads a row written without one (DECISIONS 101)', () => {
    const scrape = { reference: 'https://example.org/scrape', asOf: '2023-01-06' };
    const copy = {
      reference: 'https://example.org/copy',
      asOf: '2026-05',
      note: 'tidy table',
      roundedTo: 5,
    };
    const windows = (type: string, confirmed: boolean): PriceRecord => {
      const id = `curated:AmazonEC2:ap-southeast-1:${type}:Windows`;
      return record({
        sku: id,
        id,
        price: '0.0081',
        source: scrape,
        ...(confirmed ? { confirmedBy: copy } : {}),
      });
    };
    const shard = shardOf([
      windows('t2.nano', true),
      windows('t2.micro', true),
      windows('t3.nano', false),
    ]);
    const encoded = JSON.parse(JSON.stringify(encodeShard(shard))) as EncodedShard;
    // The confirming source is a row of `sources` like any other, stored once; a 15th element
    // points at it, and a record without a confirmation keeps its 14 elements.
    expect(encoded.sources).toHaveLength(2);
    expect(encoded.records.map((r) => r.length)).toEqual([15, 15, 14]);
    expect(encoded.records[0]?.[14]).toBe(encoded.records[1]?.[14]);
    const decoded = decodeShard(encoded);
    expect(decoded).toEqual(shard);
    expect(decoded.records.map((r) => r.confirmedBy?.asOf)).toEqual([
      '2026-05',
      '2026-05',
      undefined,
    ]);
    expect('confirmedBy' in decoded.records[2]!).toBe(false);
    // A shard stored before confirmations existed (rows end at the source): decodes, none confirmed.
    const stored: EncodedShard = {
      ...encoded,
      records: encoded.records.map((r) => r.slice(0, 14) as unknown as EncodedRecord),
    };
    expect(decodeShard(stored).records.map((r) => r.confirmedBy)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(decodeShard(stored).records.map((r) => r.price)).toEqual(['0.0081', '0.0081', '0.0081']);
    // A confirmation that is no index into `sources` is refused, naming the record.
    const pointing = (value: unknown): EncodedShard => ({
      ...encoded,
      records: [[...encoded.records[0]!.slice(0, 14), value] as unknown as EncodedRecord],
    });
    expect(() => decodeShard(pointing(7))).toThrow(
      'AmazonEC2/ap-southeast-1 records[0]: confirmedBy source 7 is missing.',
    );
    expect(() => decodeShard(pointing('2026-05'))).toThrow(
      'AmazonEC2/ap-southeast-1 records[0]: confirmedBy must be an index into sources, got "2026-05".',
    );
  });

  it('still reads version 1 shards (sources inline), as stored by earlier imports', () => {
    const shard = shardOf(records);
    const v2 = encodeShard(shard);
    const v1: EncodedShard = {
      ...v2,
      format: SHARD_FORMAT_V1,
      sources: undefined,
      records: v2.records.map((row, i) => {
        const r = shard.records[i]!;
        const v1row = row.slice(0, 13) as unknown as EncodedRecord;
        if (r.id === r.sku) v1row[1] = r.id;
        if (r.source) v1row[13] = r.source;
        return v1row;
      }),
    };
    expect(decodeShard(JSON.parse(JSON.stringify(v1)) as EncodedShard)).toEqual(shard);
  });

  it('is smaller than the plain JSON and reports both sizes', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      record({
        sku: `SKU${String(i).padStart(13, '0')}`,
        price: `0.${String(i).padStart(10, '0')}`,
      }),
    );
    const sizes = shardSizes(shardOf(many));
    expect(sizes.records).toBe(200);
    expect(sizes.encodedJsonBytes).toBeLessThan(sizes.plainJsonBytes / 2);
    expect(sizes.plainJsonBytes).toBe(Buffer.byteLength(JSON.stringify(shardOf(many))));
  });

  it('refuses an unknown format and names a record pointing at a missing string', () => {
    const encoded = encodeShard(shardOf(records));
    expect(() => decodeShard({ ...encoded, format: 'other' as typeof SHARD_FORMAT })).toThrow(
      ShardFormatError,
    );
    const broken: EncodedShard = {
      ...encoded,
      records: [
        [...encoded.records[0]!.slice(0, 4), 9999, ...encoded.records[0]!.slice(5)] as never,
      ],
    };
    expect(() => decodeShard(broken)).toThrow(
      'AmazonEC2/ap-southeast-1 records[0]: unit points at missing string 9999',
    );
  });

  it('round-trips arbitrary records (property)', () => {
    const decimal = fc
      .tuple(fc.nat(99999), fc.nat(9999999))
      .map(([a, b]) => `${a}.${String(b).padStart(10, '0')}`);
    const term: fc.Arbitrary<Term> = fc.oneof(
      fc.constant<Term>({ type: 'OnDemand' }),
      fc.record({
        type: fc.constant('Reserved' as const),
        leaseContractLength: fc.constantFrom('1yr' as const, '3yr' as const),
        offeringClass: fc.constantFrom('standard' as const, 'convertible' as const),
        purchaseOption: fc.constantFrom(
          'No Upfront' as const,
          'Partial Upfront' as const,
          'All Upfront' as const,
        ),
      }),
      fc.record({
        type: fc.constant('SavingsPlan' as const),
        planType: fc.constantFrom(
          'ComputeSavingsPlans' as const,
          'EC2InstanceSavingsPlans' as const,
        ),
        leaseContractLength: fc.constantFrom('1yr' as const, '3yr' as const),
        purchaseOption: fc.constantFrom(
          'No Upfront' as const,
          'Partial Upfront' as const,
          'All Upfront' as const,
        ),
      }),
    );
    const rec = fc.record({
      sku: fc.stringMatching(/^[A-Z0-9]{16}$/),
      suffix: fc.stringMatching(/^[A-Z0-9]{10}\.[A-Z0-9]{10}$/),
      attributes: fc.dictionary(
        fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/),
        fc.string({ maxLength: 12 }),
      ),
      price: decimal,
      term,
      description: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      confirmedBy: fc.option(
        fc.record(
          {
            reference: fc.string({ maxLength: 20 }),
            asOf: fc.constantFrom('2026-05', '2026-09-24'),
            roundedTo: fc.nat(8),
          },
          { requiredKeys: ['reference', 'asOf'] },
        ),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(rec, { maxLength: 30 }), (list) => {
        const shard = shardOf(
          list.map((r) =>
            record({
              sku: r.sku,
              id: `${r.sku}.${r.suffix}`,
              attributes: r.attributes,
              price: r.price,
              term: r.term,
              ...(r.description === undefined ? {} : { description: r.description }),
              ...(r.confirmedBy === undefined ? {} : { confirmedBy: r.confirmedBy }),
            }),
          ),
        );
        expect(decodeShard(JSON.parse(JSON.stringify(encodeShard(shard))) as EncodedShard)).toEqual(
          shard,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('counts UTF-8 bytes like Buffer.byteLength', () => {
    for (const text of ['', 'abc', 'São Paulo', '€ 0.10', '日本', '😀 emoji'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });
});
