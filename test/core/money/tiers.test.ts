import fc from 'fast-check';
import { Decimal } from '../../../core/money/decimal';
import { splitTiers, tierLabel } from '../../../core/estimate/tiers';

const S3_STANDARD = [
  { begin: Decimal.ZERO, end: Decimal.from(51200) },
  { begin: Decimal.from(51200), end: Decimal.from(512000) },
  { begin: Decimal.from(512000), end: null },
];

describe('tier splitting', () => {
  it('splits 600,000 GB of S3 Standard into 51,200 + 460,800 + 88,000', () => {
    expect(splitTiers(Decimal.from(600000), S3_STANDARD).map((d) => d.toString())).toEqual([
      '51200',
      '460800',
      '88000',
    ]);
  });

  it('names tiers as AWS does', () => {
    expect(S3_STANDARD.map((t, i) => tierLabel(t, i, 'GB-Mo'))).toEqual([
      'first 50 TB',
      'next 450 TB',
      'over 500 TB',
    ]);
    const lambda = [
      { begin: Decimal.ZERO, end: Decimal.from(6e9) },
      { begin: Decimal.from(6e9), end: Decimal.from(15e9) },
      { begin: Decimal.from(15e9), end: null },
    ];
    expect(lambda.map((t, i) => tierLabel(t, i, 'Lambda-GB-Second'))).toEqual([
      'first 6B',
      'next 9B',
      'over 15B',
    ]);
  });

  it('tier parts are never negative and always sum to the quantity', () => {
    const boundaries = fc
      .uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 6 })
      .map((b) => b.sort((x, y) => x - y));
    const quantity = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 6 }))
      .map(([u, s]) => Decimal.of(u, s));
    fc.assert(
      fc.property(boundaries, quantity, (cuts, q) => {
        const edges = [0, ...cuts];
        const tiers = edges.map((b, i) => ({
          begin: Decimal.from(b),
          end: i + 1 < edges.length ? Decimal.from(edges[i + 1]!) : null,
        }));
        const parts = splitTiers(q, tiers);
        return parts.every((p) => !p.isNegative()) && Decimal.sum(parts).equals(q);
      }),
    );
  });
});
