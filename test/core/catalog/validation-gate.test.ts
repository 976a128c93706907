import type { PriceNeed } from '../../../core';
import { runValidationGate } from '../../../core';
import { record, shardOf, snapshotOf } from './catalog-fixtures';

const m5 = record({ sku: '6C86BEPQVG73ZGGR' });
const c6i = record({
  sku: '2223B6PCG6QAUYY6',
  attributes: { instanceType: 'c6i.large', operatingSystem: 'Linux', tenancy: 'Shared' },
  price: '0.1070000000',
});
const need = (instanceType: string): PriceNeed => ({
  label: `EC2 ${instanceType} Linux On-Demand (ap-southeast-1)`,
  query: {
    service: 'AmazonEC2',
    region: 'ap-southeast-1',
    productFamily: 'Compute Instance',
    attributes: { instanceType, operatingSystem: 'Linux', tenancy: 'Shared' },
  },
});

describe('validation gate', () => {
  it('passes a well-formed catalog that has every needed price exactly once', () => {
    const report = runValidationGate({
      candidate: snapshotOf('v2', [shardOf([m5, c6i])]),
      needs: [need('m5.large'), need('c6i.large')],
    });
    expect(report.passed).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.text).toBe('Catalog v2: 2 records — PASSED');
  });

  it('refuses a catalog missing a needed price and names the need and its filter', () => {
    const report = runValidationGate({
      candidate: snapshotOf('v2', [shardOf([m5])]),
      needs: [need('m5.large'), need('m7g.large')],
    });
    expect(report.passed).toBe(false);
    expect(report.problems).toEqual([{ kind: 'missing', need: need('m7g.large') }]);
    expect(report.text).toContain(
      'missing price for EC2 m7g.large Linux On-Demand (ap-southeast-1): no record matches AmazonEC2 ap-southeast-1 | Compute Instance | instanceType=m7g.large',
    );
  });

  it('refuses an ambiguous price (two records for one tier) and lists the record ids', () => {
    const twin = record({ sku: 'ZZZZZZZZZZZZZZZZ', price: '0.1300000000' });
    const report = runValidationGate({
      candidate: snapshotOf('v2', [shardOf([m5, twin])]),
      needs: [need('m5.large')],
    });
    expect(report.problems).toEqual([
      { kind: 'ambiguous', need: need('m5.large'), recordIds: [m5.id, twin.id] },
    ]);
    expect(report.text).toContain(`2 records match (${m5.id}, ${twin.id})`);
  });

  it('refuses malformed records: non-decimal price, bad endRange, duplicate id, empty unit', () => {
    const bad = [
      record({ sku: 'AAAAAAAAAAAAAAAA', price: '0,12' }),
      record({ sku: 'BBBBBBBBBBBBBBBB', endRange: 'Infinity' }),
      record({ sku: 'CCCCCCCCCCCCCCCC', unit: '' }),
      m5,
      m5,
    ];
    const report = runValidationGate({ candidate: snapshotOf('v2', [shardOf(bad)]), needs: [] });
    expect(
      report.problems.map((p) => (p.kind === 'malformed' ? `${p.recordId}: ${p.message}` : p.kind)),
    ).toEqual([
      "AAAAAAAAAAAAAAAA.JRTCKXETXF.6YS6EN2CT7: price '0,12' is not a decimal string",
      "BBBBBBBBBBBBBBBB.JRTCKXETXF.6YS6EN2CT7: endRange 'Infinity' is neither a decimal nor 'Inf'",
      'CCCCCCCCCCCCCCCC.JRTCKXETXF.6YS6EN2CT7: unit is empty',
      '6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7: id appears twice in the shard',
    ]);
  });

  it('refuses when more than the configured share of prices moved, and passes under it', () => {
    const previous = snapshotOf('v1', [
      shardOf([m5, c6i, record({ sku: 'DDDDDDDDDDDDDDDD' }), record({ sku: 'EEEEEEEEEEEEEEEE' })]),
    ]);
    const candidate = snapshotOf('v2', [
      shardOf([{ ...m5, price: '0.1300000000' }, c6i, record({ sku: 'DDDDDDDDDDDDDDDD' })]),
    ]);
    // m5 moved and EEEE vanished: 2 of 4.
    const strict = runValidationGate({
      candidate,
      previous,
      needs: [],
      options: { maxMovedShare: 0.25 },
    });
    expect(strict.movedShare).toBe(0.5);
    expect(strict.problems).toEqual([{ kind: 'moved', share: 0.5, moved: 2, compared: 4 }]);
    expect(strict.text).toContain('50.0% of prices moved or vanished (2 of 4); the limit is 25.0%');
    expect(
      runValidationGate({ candidate, previous, needs: [], options: { maxMovedShare: 0.5 } }).passed,
    ).toBe(true);
  });

  it('does not count a price written differently but equal ("0.12" vs "0.1200000000") as moved', () => {
    const previous = snapshotOf('v1', [shardOf([m5])]);
    const candidate = snapshotOf('v2', [shardOf([{ ...m5, price: '0.12' }])]);
    expect(
      runValidationGate({ candidate, previous, needs: [], options: { maxMovedShare: 0 } })
        .movedShare,
    ).toBe(0);
  });

  it('refuses on source problems (truncated file) and on two shards for one service and region', () => {
    const report = runValidationGate({
      candidate: snapshotOf('v2', [shardOf([m5]), shardOf([c6i])]),
      needs: [need('m5.large')],
      sourceProblems: [
        'index.json: byte 1024: the file ends inside products before the JSON document is complete',
      ],
    });
    expect(report.problems.map((p) => p.kind)).toEqual(['source', 'source']);
    expect(report.text).toContain('the file ends inside products');
    expect(report.text).toContain('has two shards for AmazonEC2 in ap-southeast-1');
  });
});
