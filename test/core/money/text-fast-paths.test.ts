import fc from 'fast-check';
import { Decimal } from '../../../core/money/decimal';
import { formatMoney, formatQuantity, groupQuantityText } from '../../../core/money/format';
import { ROUNDING_RULES } from '../../../core/money/rounding';

/** Any decimal: integer units (with trailing zeros sometimes) at a scale of 0–14. */
const decimals = fc
  .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 14 }))
  .map(([units, scale]) => Decimal.of(units, scale));

/** Exact text written the slow, obvious way: all digits, then trailing zeros and a bare dot removed. */
function reference(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  let text = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  if (d.scale > 0) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return d.units === 0n ? '0' : `${negative ? '-' : ''}${text}`;
}

describe('text fast paths of the pricing step (same text as the plain algorithms)', () => {
  it('Decimal.toString writes the exact value without trailing zeros', () => {
    fc.assert(
      fc.property(decimals, (d) => {
        expect(d.toString()).toBe(reference(d));
        expect(Decimal.from(d.toString()).equals(d)).toBe(true);
      }),
    );
  });

  it('roundedUnits is round(places, rule) at exactly `places` decimals', () => {
    fc.assert(
      fc.property(
        decimals,
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...ROUNDING_RULES),
        (d, places, rule) => {
          expect(d.roundedUnits(places, rule)).toBe(d.round(places, rule).toFixedUnits(places));
        },
      ),
    );
  });

  it('groupQuantityText of toString() is formatQuantity; thousands are grouped, decimals kept', () => {
    fc.assert(
      fc.property(decimals, (d) => {
        const grouped = groupQuantityText(d.toString());
        expect(grouped).toBe(formatQuantity(d));
        expect(grouped.replace(/,/g, '')).toBe(d.toString());
        expect(grouped).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
      }),
    );
    expect(formatMoney(Decimal.from('-1234567.125'))).toBe('-$1,234,567.13');
    expect(formatMoney(Decimal.from('1234567.125'), { rule: 'half-even' })).toBe('$1,234,567.12');
  });
});
