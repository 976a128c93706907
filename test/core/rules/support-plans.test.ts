import { Decimal } from '../../../core/money/decimal';
import { RulesInputError } from '../../../core/rules/rules-input-error';
import { supportFee } from '../../../core/rules/support-plans';

const BEFORE_2027 = '2026-11-26';

/** AWS's worked examples (aws.amazon.com/premiumsupport/pricing/; domain-notes §6). */
describe('AWS Support plans', () => {
  it('Business (legacy) on $85,000 is $1,000 + $4,900 + $250 = $6,150', () => {
    expect(supportFee('business', Decimal.from(85000), BEFORE_2027).fee.toString()).toBe('6150');
  });

  it('Enterprise on $1.2M is $15,000 + $24,500 + $25,000 + $6,000 = $70,500', () => {
    const { fee, explanation } = supportFee('enterprise', Decimal.from(1_200_000), BEFORE_2027);
    expect(fee.toString()).toBe('70500');
    expect(explanation).toContain('10 % of $150,000.00 = $15,000.00');
  });

  it('Business Support+ on $85,000 is $900 + $4,900 + $250 = $6,050', () => {
    expect(supportFee('business-plus', Decimal.from(85000), BEFORE_2027).fee.toString()).toBe(
      '6050',
    );
  });

  it('Unified Operations on $1.2M is $100,000 + $12,000 = $112,000', () => {
    expect(
      supportFee('unified-operations', Decimal.from(1_200_000), BEFORE_2027).fee.toString(),
    ).toBe('112000');
  });

  it('applies the minimum when the percentage is lower', () => {
    expect(supportFee('business-plus', Decimal.from(100), BEFORE_2027).fee.toString()).toBe('29');
    expect(supportFee('enterprise', Decimal.from(10000), BEFORE_2027).fee.toString()).toBe('5000');
    expect(supportFee('enterprise-on-ramp', Decimal.from(80000), BEFORE_2027).fee.toString()).toBe(
      '8000',
    );
    expect(supportFee('developer', Decimal.from(500), BEFORE_2027).fee.toString()).toBe('29');
  });

  it('offers legacy plans only for estimates dated before 2027-01-01', () => {
    expect(() => supportFee('business', Decimal.from(85000), '2027-01-01T00:00:00Z')).toThrow(
      RulesInputError,
    );
    expect(() => supportFee('developer', Decimal.from(85000), '2027-03-01')).toThrow(
      /discontinued from 2027-01-01/,
    );
    expect(supportFee('business-plus', Decimal.from(85000), '2027-03-01').fee.toString()).toBe(
      '6050',
    );
  });
});
