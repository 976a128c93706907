import fc from 'fast-check';
import { Decimal } from '../../../core/money/decimal';
import { MoneyError } from '../../../core/money/money-error';

/** Arbitrary exact decimals: up to 12 integer digits and 10 decimal places, either sign. */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 10 }))
  .map(([units, scale]) => Decimal.of(units, scale));

describe('Decimal', () => {
  it('parses Price List prices exactly, including exponents', () => {
    expect(Decimal.from('0.0960000000').toString()).toBe('0.096');
    expect(Decimal.from('1161').toString()).toBe('1161');
    expect(Decimal.from('1.66667e-05').toString()).toBe('0.0000166667');
    expect(Decimal.from(0.1).add(0.2).toString()).toBe('0.3');
  });

  it('rejects text that is not a number, naming it', () => {
    expect(() => Decimal.from('12,5')).toThrow(MoneyError);
    expect(() => Decimal.from('abc')).toThrow("Not a decimal number: 'abc'.");
  });

  it('multiplies sub-cent prices without drift: 2 × 730 h × $0.0816 = 119.136', () => {
    expect(Decimal.from(2).multiply(730).multiply('0.0816').toString()).toBe('119.136');
  });

  it('rounds by the named rule only', () => {
    expect(Decimal.from('2.345').toFixed(2, 'half-up')).toBe('2.35');
    expect(Decimal.from('2.345').toFixed(2, 'half-even')).toBe('2.34');
    expect(Decimal.from('2.355').toFixed(2, 'half-even')).toBe('2.36');
    expect(Decimal.from('-2.345').toFixed(2, 'half-up')).toBe('-2.35');
    expect(Decimal.from('2.349').toFixed(2, 'down')).toBe('2.34');
    expect(Decimal.from('2.341').toFixed(2, 'up')).toBe('2.35');
  });

  it('divides at a stated scale: $1,161 ÷ 26,280 h', () => {
    expect(Decimal.from(1161).divide(26280, 10, 'half-even').toString()).toBe('0.0441780822');
    expect(() => Decimal.ONE.divide(0, 2, 'half-up')).toThrow('Division by zero.');
  });

  it('addition is commutative', () => {
    fc.assert(fc.property(decimal, decimal, (a, b) => a.add(b).equals(b.add(a))));
  });

  it('addition is associative', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) =>
        a
          .add(b)
          .add(c)
          .equals(a.add(b.add(c))),
      ),
    );
  });

  it('zero is the identity and subtraction undoes addition', () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        (a, b) => a.add(Decimal.ZERO).equals(a) && a.add(b).subtract(b).equals(a),
      ),
    );
  });

  it('multiplication distributes over addition', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) =>
        a.multiply(b.add(c)).equals(a.multiply(b).add(a.multiply(c))),
      ),
    );
  });

  it('text round-trips exactly', () => {
    fc.assert(fc.property(decimal, (a) => Decimal.from(a.toString()).equals(a)));
  });

  it('rounding to cents moves a value by at most half a cent (half rules) or a cent (directed)', () => {
    fc.assert(
      fc.property(decimal, (a) => {
        const half = a.round(2, 'half-up').subtract(a).abs();
        const even = a.round(2, 'half-even').subtract(a).abs();
        const down = a.round(2, 'down').subtract(a).abs();
        return !half.greaterThan('0.005') && !even.greaterThan('0.005') && down.lessThan('0.01');
      }),
    );
  });
});

describe('Decimal text forms', () => {
  it('shows unit prices with at least 10 places and never drops a significant digit', () => {
    expect(Decimal.from('0.096').multiply('0.3').toFixedExact(10)).toBe('0.0288000000');
    expect(Decimal.from('0.0000166667').multiply('0.5').toFixedExact(10)).toBe('0.00000833335');
    expect(Decimal.from(5).toFixedExact(2)).toBe('5.00');
    expect(Decimal.from('-0.000').toString()).toBe('0');
  });
});
