import { Decimal } from '../../../core/money/decimal';
import type { EstimateSettings } from '../../../core/requirements/requirements';
import type { ChargeLine } from '../../../core/rules/apply-rules';
import { applyRules } from '../../../core/rules/apply-rules';
import { RulesInputError } from '../../../core/rules/rules-input-error';

const base: EstimateSettings = { region: 'us-east-1', pricingModel: { kind: 'on-demand' } };
const lines: ChargeLine[] = [
  { service: 'ec2', monthly: Decimal.from('60000'), upfront: Decimal.from('0') },
  { service: 's3', monthly: Decimal.from('25000'), upfront: Decimal.from('0') },
];
const DATE = '2026-11-26';

describe('business rules after list prices', () => {
  it('adds Business support on $85,000 of monthly charges before discounts: $6,150 (AWS example)', () => {
    const r = applyRules(
      lines,
      { ...base, supportPlan: 'business', discounts: [{ name: 'EDP', percent: 10 }] },
      DATE,
    );
    expect(r.adjustments.map((a) => [a.kind, a.monthly])).toEqual([
      ['support', '6150'],
      // 10 % of list + support: (85,000 + 6,150) × 10 %
      ['discount', '-9115'],
    ]);
    expect(r.monthly.toString()).toBe('82035');
  });

  it('applies a per-service discount only to those services, on list prices', () => {
    const r = applyRules(
      lines,
      {
        ...base,
        discounts: [
          { name: 'EC2 EDP', percent: 5, services: ['ec2'] },
          { name: 'All', percent: 2 },
        ],
      },
      DATE,
    );
    expect(r.adjustments.map((a) => a.monthly)).toEqual(['-3000', '-1700']);
    expect(r.monthly.toString()).toBe('80300');
  });

  it('applies margin, then credits (never below zero), then tax, then FX with its rate and date', () => {
    const r = applyRules(
      [{ service: 'ec2', monthly: Decimal.from('1000'), upfront: Decimal.from('494') }],
      {
        ...base,
        partnerMarginPct: 10,
        monthlyCreditsUsd: 100,
        taxPct: 12,
        fx: { currency: 'PHP', rate: '58.25', asOf: '2026-11-20', source: 'BSP' },
      },
      DATE,
    );
    // 1,000 + 10 % = 1,100 − 100 credits = 1,000 + 12 % = 1,120 × 58.25 = 65,240; upfront 494 × 1.1 = 543.4 × 1.12 = 608.608 × 58.25 = 35,451.416
    expect(r.adjustments.map((a) => [a.kind, a.monthly, a.upfront])).toEqual([
      ['margin', '100', '49.4'],
      ['credit', '-100', '0'],
      ['tax', '120', '65.208'],
      ['fx', '65240', '35451.416'],
    ]);
    expect(r.currency).toBe('PHP');
    expect(r.adjustments[3]!.explanation).toContain(
      '58.25 PHP/USD (rate as of 2026-11-20, source BSP)',
    );
  });

  it('caps credits at the monthly charges and says so', () => {
    const r = applyRules(
      [{ service: 'ec2', monthly: Decimal.from('80'), upfront: Decimal.ZERO }],
      { ...base, monthlyCreditsUsd: 100 },
      DATE,
    );
    expect(r.monthly.toString()).toBe('0');
    expect(r.adjustments[0]!.explanation).toContain('capped at the monthly charges of $80.00');
  });

  it('charges support on an upfront fee in the month it is paid, shown as upfront', () => {
    const r = applyRules(
      [{ service: 'ec2', monthly: Decimal.from('5000'), upfront: Decimal.from('10000') }],
      { ...base, supportPlan: 'business-plus' },
      DATE,
    );
    // monthly: 9 % × 5,000 = 450; with the upfront: 9 % × 10,000 + 7 % × 5,000 = 1,250 → 800 more upfront
    expect([r.adjustments[0]!.monthly, r.adjustments[0]!.upfront]).toEqual(['450', '800']);
  });

  it('rejects settings it cannot apply, naming the field', () => {
    expect(() => applyRules(lines, { ...base, taxPct: 140 }, DATE)).toThrow(
      'settings.taxPct: must be a percentage between 0 and 100, got 140.',
    );
    expect(() =>
      applyRules(
        lines,
        { ...base, fx: { currency: 'PHP', rate: 'abc', asOf: '2026-11-20' } },
        DATE,
      ),
    ).toThrow(RulesInputError);
    expect(() =>
      applyRules(lines, { ...base, supportPlan: 'enterprise-on-ramp' }, '2027-02-01'),
    ).toThrow(/discontinued from 2027-01-01/);
  });
});
