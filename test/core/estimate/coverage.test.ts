import type { CostComponent, CostLine } from '../../../core/estimate/estimate';
import {
  coverageOf,
  coveragePercent,
  coverageShortText,
  coverageText,
} from '../../../core/estimate/coverage';
import { gapCustomerText, pricingGaps } from '../../../core/estimate/pricing-gaps';
import { groupTotals } from '../../../core/estimate/group-totals';

const component = (status: CostComponent['status'], cost: string | null): CostComponent => ({
  name: `c-${status}`,
  unit: 'hours',
  charge: 'monthly',
  quantity: '730',
  unitPrice: cost === null ? null : '0.1',
  priceId: cost === null ? null : 'p',
  cost,
  status,
  explanation: `${status} query`,
});

const line = (itemId: string, group: string[], ...components: CostComponent[]): CostLine => ({
  id: `line-${itemId}`,
  itemId,
  service: 'ec2',
  category: 'Compute',
  group,
  description: `Servers ${itemId}`,
  region: 'us-east-1',
  components,
  monthly: components.some((c) => c.cost) ? '73' : '0',
  upfront: '0',
  warnings: [],
});

const lines = [
  line('a', ['Prod'], component('priced', '73')),
  line('b', ['Prod'], component('priced', '73'), component('no-usage', null)),
  line('c', ['Dev'], component('price-not-in-catalog', null)),
  line('d', ['Dev'], component('not-offered', null)),
];

describe('coverage', () => {
  it('counts lines priced in full, in part and not at all, with their ids', () => {
    expect(coverageOf(lines)).toEqual({
      lines: 4,
      priced: 1,
      partial: 1,
      unpriced: 2,
      unpricedIds: ['c', 'd'],
      partialIds: ['b'],
    });
  });

  it('words it, rounding the percentage down so that it never claims 100 % too soon', () => {
    const c = coverageOf(lines);
    expect(coverageText(c)).toBe(
      '1 of 4 lines priced (25 %); 1 partly priced, 2 not priced — the totals leave out what is not priced.',
    );
    expect(coverageShortText(c)).toBe('1/4 lines priced (25 %)');
    expect(coveragePercent({ ...c, lines: 860, priced: 859 })).toBe(99);
    expect(coverageText(coverageOf([lines[0]!]))).toBe('All 1 line priced.');
  });

  it('travels with every group total, sub-groups included', () => {
    const totals = groupTotals(lines);
    expect(totals.coverage.unpriced).toBe(2);
    const dev = totals.groups.find((g) => g.name === 'Dev')!;
    expect(dev.coverage).toMatchObject({ lines: 2, priced: 0, unpricedIds: ['c', 'd'] });
    expect(totals.groups.find((g) => g.name === 'Prod')!.coverage.partialIds).toEqual(['b']);
  });
});

describe('pricing gaps', () => {
  it('lists each line not priced in full with its reasons, most serious first', () => {
    const gaps = pricingGaps(lines);
    expect(gaps.map((g) => [g.itemId, g.pricing, g.reasons])).toEqual([
      ['b', 'partial', ['no-usage']],
      ['c', 'unpriced', ['price-not-in-catalog']],
      ['d', 'unpriced', ['not-offered']],
    ]);
    expect(gaps[1]!.components[0]!.explanation).toBe('price-not-in-catalog query');
  });

  it('explains a gap in words a customer understands, without the price query', () => {
    const [, missing, notOffered] = pricingGaps(lines);
    expect(gapCustomerText(missing!)).toBe(
      'Servers c: not included in the totals — we do not have the AWS price for this option yet; it will be added once the price is confirmed.',
    );
    expect(gapCustomerText(notOffered!)).toBe(
      'Servers d: not included in the totals — AWS does not offer this option in the chosen region.',
    );
  });
});
