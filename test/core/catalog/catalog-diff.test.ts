import { Decimal, diffCatalogs } from '../../../core';
import { record, shardOf, snapshotOf } from './catalog-fixtures';

describe('catalog diff', () => {
  const a = record({ sku: 'AAAAAAAAAAAAAAAA', price: '0.1000000000' });
  const b = record({ sku: 'BBBBBBBBBBBBBBBB', price: '0.2000000000' });
  const c = record({ sku: 'CCCCCCCCCCCCCCCC', price: '0.3000000000' });
  const d = record({ sku: 'DDDDDDDDDDDDDDDD', price: '0.4000000000' });
  const before = snapshotOf('20250101000000', [shardOf([a, b, c])]);
  const after = snapshotOf('20250601000000', [
    shardOf([
      { ...a, price: '0.0900000000' },
      { ...b, endRange: '10240', effectiveDate: '2025-06-01T00:00:00Z' },
      d,
    ]),
  ]);

  it('lists added, removed, changed (with direction and fields) and counts unchanged records by rateCode', () => {
    const diff = diffCatalogs(before, after);
    expect(diff.fromVersion).toBe('20250101000000');
    expect(diff.toVersion).toBe('20250601000000');
    expect(diff.added.map((r) => r.id)).toEqual([d.id]);
    expect(diff.removed.map((r) => r.id)).toEqual([c.id]);
    expect(diff.changed.map((x) => [x.id, x.direction, x.fields])).toEqual([
      [a.id, 'down', ['price']],
      [b.id, 'same', ['endRange', 'effectiveDate']],
    ]);
    expect(diff.changed[0]?.before.price).toBe('0.1000000000');
    expect(diff.changed[0]?.after.price).toBe('0.0900000000');
    expect(diff.unchanged).toBe(0);
  });

  it('restricts the diff to the ids an estimate used', () => {
    const diff = diffCatalogs(before, after, { ids: [b.id, 'missing.rate.code'] });
    expect(diff.changed.map((x) => x.id)).toEqual([b.id]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it.each([
    ['0.0960000000', '0.096', 0],
    ['1161', '1161.0', 0],
    ['0.1', '0.09', 1],
    ['10', '9.99', 1],
    ['0.0000000001', '0', 1],
    ['007', '7', 0],
    ['2.5', '12', -1],
  ])('prices compare by value with core Decimal: %s vs %s = %d', (x, y, expected) => {
    expect(Decimal.from(x).compare(y)).toBe(expected);
    expect(Decimal.from(y).compare(x)).toBe(-expected || 0);
  });

  it('diffs prices by value: trailing zeros are no change, a malformed price is one', () => {
    const padded = snapshotOf('20250701000000', [
      shardOf([{ ...a, price: '0.1' }, { ...b, price: 'n/a' }, c]),
    ]);
    const diff = diffCatalogs(before, padded);
    expect(diff.changed.map((x) => [x.id, x.direction, x.fields])).toEqual([
      [b.id, 'up', ['price']],
    ]);
    expect(diff.unchanged).toBe(2);
  });
});
