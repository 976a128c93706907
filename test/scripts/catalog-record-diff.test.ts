import type { PriceRecord } from '../../core';
import { recordDiff } from '../../scripts/snapshot/catalog-record-diff';
import { record, shardOf, snapshotOf } from '../core/catalog/catalog-fixtures';

/** The record-by-record catalog diff keyed on the merge identity (DECISIONS 96). */
const ec2 = (type: string, price: string, id: string, roundedTo?: number): PriceRecord =>
  record({
    sku: id,
    id,
    attributes: { instanceType: type, operatingSystem: 'Windows', tenancy: 'Shared' },
    price,
    source: {
      reference: id.startsWith('scrape')
        ? 'https://example.org/scrape'
        : 'https://example.org/copy',
      asOf: id.startsWith('scrape') ? '2023-01-06' : '2026-05',
      ...(roundedTo === undefined ? {} : { roundedTo }),
    },
  });

describe('the record diff of two catalogs', () => {
  it('tells price, source, rounding-mark, confirmation-mark, added and removed apart, one change per identity', () => {
    const before = snapshotOf('old', [
      shardOf([
        ec2('t2.nano', '0.0081', 'copy-a'),
        ec2('m5.large', '0.188', 'copy-b'),
        ec2('c5.large', '0.17', 'copy-c'),
        ec2('r5.large', '0.3', 'copy-d'),
        ec2('x1.large', '1', 'copy-e'),
        ec2('m6i.large', '0.188', 'scrape-g'),
      ]),
    ]);
    const after = snapshotOf('new', [
      shardOf([
        ec2('t2.nano', '0.0081', 'scrape-a'),
        ec2('m5.large', '0.188', 'copy-b', 5),
        ec2('c5.large', '0.1700000000', 'copy-c'),
        ec2('r5.large', '0.29', 'copy-d'),
        ec2('z1d.large', '0.5', 'copy-f'),
        {
          ...ec2('m6i.large', '0.188', 'scrape-g'),
          confirmedBy: { reference: 'https://example.org/copy', asOf: '2026-05', roundedTo: 5 },
        },
      ]),
    ]);
    const changes = recordDiff(before, after);
    expect(changes.map((c) => [c.kind, (c.after ?? c.before)!.attributes.instanceType])).toEqual([
      ['source (same price)', 't2.nano'],
      ['rounding marked (same record)', 'm5.large'],
      ['other fields (same price and source)', 'c5.large'],
      ['price', 'r5.large'],
      ['removed', 'x1.large'],
      ['confirmation marked (same record)', 'm6i.large'],
      ['added', 'z1d.large'],
    ]);
  });
});
