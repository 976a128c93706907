import fc from 'fast-check';
import { Decimal } from '../../../core/money/decimal';
import { formatMoney } from '../../../core/money/format';
import { Money } from '../../../core/money/money';
import { MoneyError } from '../../../core/money/money-error';
import { addCharges, chargesOf, sumCharges } from '../../../core/rules/charges';

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

  it('formats a Money in its own currency', () => {
    expect(formatMoney(Money.of('-6150', 'PHP'), { symbol: false })).toBe('-PHP 6,150.00');
    expect(formatMoney(Money.of('1234.565', 'USD'))).toBe('$1,234.57');
    expect(formatMoney(Money.of('1234.565', 'EUR'))).toBe('€1,234.57');
  });

  it('orders, bounds and sums amounts of one currency only', () => {
    const usd = (v: string) => Money.of(v, 'USD');
    expect(usd('80').compare(usd('100'))).toBe(-1);
    expect(Money.min(usd('100'), usd('80')).equals(usd('80'))).toBe(true);
    expect(Money.max(usd('-5'), Money.zero('USD')).equals(usd('0'))).toBe(true);
    expect(Money.sum([usd('0.1'), usd('0.2')], 'USD').toJSON()).toEqual({
      amount: '0.3',
      currency: 'USD',
    });
    expect(Money.sum([], 'PHP').toJSON()).toEqual({ amount: '0', currency: 'PHP' });
    expect(usd('12.5').percent(12).negate().amount.toString()).toBe('-1.5');
    expect(() => usd('1').compare(Money.of('1', 'PHP'))).toThrow(MoneyError);
    expect(() => Money.sum([Money.of('1', 'PHP')], 'USD')).toThrow(
      'Cannot combine amounts in different currencies: USD and PHP.',
    );
    expect(Money.of('10', 'USD').convert('PHP', '58.25').toJSON()).toEqual({
      amount: '582.5',
      currency: 'PHP',
    });
  });

  it("the rules' charges are currency-checked: USD list charges and PHP totals do not mix", () => {
    const usd = chargesOf(Decimal.from('100'), Decimal.ZERO);
    const php = chargesOf(Decimal.from('5825'), Decimal.ZERO, 'PHP');
    expect(addCharges(usd, usd).monthly.amount.toString()).toBe('200');
    expect(() => addCharges(usd, php)).toThrow(MoneyError);
    expect(() => sumCharges([usd, php])).toThrow(
      'Cannot combine amounts in different currencies: USD and PHP.',
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
