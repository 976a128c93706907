import fc from 'fast-check';
import { allocate } from '../../../core/money/allocate';
import { Decimal } from '../../../core/money/decimal';
import { formatMoney } from '../../../core/money/format';
import { Money } from '../../../core/money/money';

describe('allocate', () => {
  it('splits $100 in three without losing a cent', () => {
    expect(allocate(Decimal.from(100), [1, 1, 1]).map((d) => d.toString())).toEqual([
      '33.34',
      '33.33',
      '33.33',
    ]);
  });

  it('parts always sum to the amount rounded to cents, and each is near its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })
          .filter((r) => r.some((x) => x > 0)),
        (units, ratios) => {
          const amount = Decimal.of(units, 4);
          const parts = allocate(amount, ratios);
          return Decimal.sum(parts).equals(amount.round(2, 'half-up'));
        },
      ),
    );
  });
});

describe('Money and formatting', () => {
  it('refuses to add different currencies', () => {
    expect(() => Money.of('1', 'USD').add(Money.of('1', 'PHP'))).toThrow(
      'Cannot combine amounts in different currencies: USD and PHP.',
    );
  });

  it('formats at the edge with grouping and a named rule', () => {
    expect(formatMoney(Decimal.from('1234567.885'))).toBe('$1,234,567.89');
    expect(formatMoney(Decimal.from('1234567.885'), { rule: 'half-even' })).toBe('$1,234,567.88');
    expect(formatMoney(Decimal.from('-6150'), { currency: 'PHP', symbol: false })).toBe(
      '-PHP 6,150.00',
    );
  });
});

describe('formatMoney', () => {
  it('shows the same digits as toFixed, grouped, for any amount and rule', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('half-up' as const, 'half-even' as const, 'down' as const, 'up' as const),
        fc.integer({ min: 0, max: 4 }),
        (units, scale, rule, places) => {
          const amount = Decimal.of(units, scale);
          const fixed = amount.toFixed(places, rule);
          const shown = formatMoney(amount, { rule, places }).replace('$', '').replace(/,/g, '');
          return shown === fixed;
        },
      ),
    );
  });
});
