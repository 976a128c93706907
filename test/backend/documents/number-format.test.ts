import fc from 'fast-check';
import { Decimal } from '../../../core';
import { amountAt, sumText } from '../../../backend/documents/amounts';
import { DocumentInputError } from '../../../backend/documents/document-errors';
import { createFormatter, UnknownCurrencyError } from '../../../backend/documents/number-format';

const us = createFormatter({ locale: 'en-US' });

describe('money formatting rounds half-up at presentation only', () => {
  it.each([
    ['1234.565', '$1,234.57'],
    ['1234.5649999999', '$1,234.56'],
    ['0.005', '$0.01'],
    ['0.0049', '$0.00'],
    ['-0.405', '-$0.41'],
    ['-0.004', '$0.00'], // rounds to zero: no negative zero
    ['119.1360000000', '$119.14'],
    ['123456789012345678.995', '$123,456,789,012,345,679.00'],
  ])('%s USD in en-US is %s', (amount, shown) => {
    expect(us.money(amount, 'USD')).toBe(shown);
  });

  it('uses the currency minor unit: JPY has none', () => {
    expect(us.money('1234567.5', 'JPY')).toBe('¥1,234,568');
  });

  it('follows the locale separators and symbol position', () => {
    expect(createFormatter({ locale: 'fr-FR' }).money('1234.565', 'EUR')).toMatch(/^1\s234,57\s€$/);
    expect(
      createFormatter({ locale: 'en-PH', currencyDisplay: 'code' }).money('1234.5', 'PHP'),
    ).toMatch(/^PHP\s1,234.50$/);
  });

  it('rejects a currency Intl does not know, naming it', () => {
    expect(() => us.money('1', 'XX')).toThrow(UnknownCurrencyError);
    // The worker maps DocumentInputError to a permanent failure (no retries on bad data).
    expect(() => us.money('1', 'XX')).toThrow(DocumentInputError);
    expect(() => us.money('1', 'XX')).toThrow(/"XX"/);
  });

  it('formats quantities without float artefacts and trims trailing zeros', () => {
    expect(us.quantity('730.0000')).toBe('730');
    expect(us.quantity('0.08160000')).toBe('0.0816');
    expect(us.quantity('1234567.5')).toBe('1,234,567.5');
  });

  it('agrees with Intl on every amount that is exact as a float', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), (cents) => {
        const amount = (cents / 100).toFixed(2);
        const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(
          cents / 100,
        );
        expect(us.money(amount, 'USD')).toBe(intl);
      }),
    );
  });
});

describe('document amounts are core decimals', () => {
  it('sums exactly where floats would drift', () => {
    expect(sumText(['0.1', '0.2'], 'amount')).toBe('0.3');
    expect(
      sumText(
        Array.from({ length: 10 }, () => '0.0000000001'),
        'amount',
      ),
    ).toBe('0.0000000010');
  });

  it('rounding is symmetric around zero (half away from zero)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const v = Decimal.of(units, scale).toString();
          const pos = amountAt(v, 'amount').roundedUnits(2, 'half-up');
          const neg = amountAt(`-${v}`, 'amount').roundedUnits(2, 'half-up');
          expect(neg).toBe(-pos);
        },
      ),
    );
  });

  it('compares by value, not by text', () => {
    expect(amountAt('10.50', 'amount').compare('10.5')).toBe(0);
    expect(amountAt('9.999', 'amount').compare('10')).toBe(-1);
    expect(() => sumText(['1,5'], 'line 3 monthly')).toThrow(
      /line 3 monthly: expected a decimal string/,
    );
    expect(() => sumText(['1,5'], 'line 3 monthly')).toThrow(DocumentInputError);
  });
});
