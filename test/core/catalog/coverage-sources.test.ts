import { PRICE_LIST_GROUP, sourceGroupOf, sourceGroups } from '../../../core';
import { record, shardOf } from './catalog-fixtures';

const feed = (file: string, asOf: string) => ({
  reference: `price-data/aws-pricing-page-feeds/ec2/${file}`,
  asOf,
});

describe('catalog sources grouped for people', () => {
  it('groups a file by its folder, a page by its site and first two path segments', () => {
    expect(sourceGroupOf('price-data/aws-pricing-page-feeds/ec2/us-east-1-ondemand.json')).toBe(
      'price-data/aws-pricing-page-feeds/ec2',
    );
    expect(sourceGroupOf('https://github.com/owner/repo/blob/abc/data/x.csv')).toBe(
      'https://github.com/owner/repo',
    );
    expect(sourceGroupOf('https://aws.amazon.com/ec2/pricing/')).toBe(
      'https://aws.amazon.com/ec2/pricing',
    );
    expect(sourceGroupOf(undefined)).toBe(PRICE_LIST_GROUP);
  });

  it('counts each record once, with the distinct files and the oldest and newest date of its group', () => {
    const snapshot = {
      version: 'v1',
      createdAt: '2026-12-01T00:00:00Z',
      shards: [
        shardOf([
          record({ sku: 'A', source: feed('us-east-1-ondemand.json', '2026-11-20') }),
          record({ sku: 'B', source: feed('us-east-1-ondemand.json', '2026-11-20') }),
          record({ sku: 'C', source: feed('eu-west-1-ondemand.json', '2026-10-02') }),
          // A Price List import: no source of its own, dated by its effective date.
          record({ sku: 'D', effectiveDate: '2025-09-01T00:00:00Z' }),
        ]),
      ],
    };
    expect(sourceGroups(snapshot)).toEqual([
      {
        source: 'price-data/aws-pricing-page-feeds/ec2',
        references: 2,
        records: 3,
        oldest: '2026-10-02',
        newest: '2026-11-20',
      },
      {
        source: PRICE_LIST_GROUP,
        references: 0,
        records: 1,
        oldest: '2025-09-01',
        newest: '2025-09-01',
      },
    ]);
  });
});
