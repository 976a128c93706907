import { PriceCatalog } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import { Decimal } from '../../../core/money/decimal';
import type { Requirements } from '../../../core/requirements/requirements';
import { hoursQuantity, hoursWords, monthlyHours } from '../../../core/resources/usage';

/**
 * Hours worked out by a division (the calculator's Hours/Week: h × 730 ÷ 168) used to reach the
 * explanations as binary floats, "260.71428571428567 h". Hours keep at most 4 decimals (0.36 s),
 * rounded half-even where they enter the engine, and the amount is multiplied from those hours.
 * Prices: m6i.large Linux On-Demand us-east-1 $0.096/h, gp3 $0.08/GB-month (AWS Price List,
 * rateCodes B8JJ44GS8MG4RPR4.JRTCKXETXF.6YS6EN2CT7 and JG3KUJMBRGHV3N8G.JRTCKXETXF.6YS6EN2CT7).
 */
const MONTH = Decimal.from(730);

describe('hour quantities', () => {
  it('keep exact values with up to 4 decimals and round longer ones half-even to 4', () => {
    expect(hoursQuantity(Decimal.from('730')).toString()).toBe('730');
    expect(hoursQuantity(Decimal.from('217.5')).toString()).toBe('217.5');
    expect(hoursQuantity(Decimal.from('0.0001')).toString()).toBe('0.0001');
    // 60 h/week × 730 ÷ 168 = 260.714285714…, as a float 260.71428571428567.
    expect(hoursQuantity(Decimal.from(260.71428571428567)).toString()).toBe('260.7143');
    // Half-even at the fifth place: …25 goes down to the even 2, …35 up to 4.
    expect(hoursQuantity(Decimal.from('10.00025')).toString()).toBe('10.0002');
    expect(hoursQuantity(Decimal.from('10.00035')).toString()).toBe('10.0004');
  });

  it('are written like every other quantity, thousands grouped', () => {
    expect(hoursWords(Decimal.from('730'))).toBe('730 h');
    expect(hoursWords(Decimal.from('260.7143'))).toBe('260.7143 h');
    expect(hoursWords(Decimal.from('8760'))).toBe('8,760 h');
    expect(hoursWords(200)).toBe('200 h');
  });

  it('enter the engine rounded, from hours per month or a utilisation %', () => {
    const item = { id: 'x', hoursPerMonth: 260.71428571428567 };
    expect(monthlyHours(item, MONTH).toString()).toBe('260.7143');
    // 730 × 33.333333333333336 % = 243.33333333333335…
    expect(monthlyHours({ id: 'y', utilizationPct: 100 / 3 }, MONTH).toString()).toBe('243.3333');
    expect(monthlyHours({ id: 'z', utilizationPct: 50 }, MONTH).toString()).toBe('365');
  });
});

describe('an explanation of hours from a division', () => {
  const catalog = new PriceCatalog(embeddedSnapshot());
  const requirements: Requirements = {
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
    items: [
      {
        id: 'vm',
        service: 'ec2',
        quantity: 2,
        instanceType: 'm6i.large',
        os: 'Linux',
        hoursPerMonth: (60 * 730) / 168,
      },
      {
        id: 'disk',
        service: 'ebs',
        quantity: 1,
        volumeType: 'gp3',
        storageGb: 50,
        hoursPerMonth: (60 * 730) / 168,
      },
    ],
  };
  const [vm, disk] = priceRequirements(requirements, catalog, { asOf: '2026-12-05' }).lines;

  it('shows the hours the amount is multiplied from: 2 × 260.7143 h × $0.096/h', () => {
    const c = vm!.components[0]!;
    expect(c.quantity).toBe('521.4286');
    // 2 × 260.7143 × 0.096 = 50.0571456 → $50.06.
    expect(c.cost).toBe('50.0571456');
    expect(c.explanation).toContain('2 × m6i.large × 260.7143 h × $0.096/h = $50.06');
    expect(c.explanation).not.toMatch(/\d\.\d{5,} h/);
  });

  it('prorates storage by the same hours: 50 GB × (260.7143 h ÷ 730 h) × $0.08', () => {
    const c = disk!.components[0]!;
    // 260.7143 ÷ 730 = 0.3571428767 (10 places, half-even); × 50 = 17.857143835 GB-months;
    // × 0.08 = 1.4285715068 → $1.43.
    expect(c.cost).toBe('1.4285715068');
    expect(c.explanation).toContain('1 × 50 GB × (260.7143 h ÷ 730 h) × $0.08/GB-month = $1.43');
  });
});
