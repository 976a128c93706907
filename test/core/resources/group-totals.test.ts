import type { CostLine } from '../../../core/estimate/estimate';
import { groupTotals } from '../../../core/estimate/group-totals';

function line(id: string, group: string[], monthly: string, upfront = '0'): CostLine {
  return {
    id,
    itemId: id,
    service: 'ec2',
    category: 'Compute',
    group,
    description: id,
    region: 'us-east-1',
    components: [],
    monthly,
    upfront,
    warnings: [],
  };
}

describe('groupTotals', () => {
  it('sums nested groups the way the calculator shows them', () => {
    const totals = groupTotals([
      line('web', ['Production', 'Web'], '119.136'),
      line('db', ['Production', 'Data'], '109.36', '457'),
      line('dev', ['Sandbox'], '10.5'),
      line('misc', [], '1'),
    ]);
    expect(totals.monthly).toBe('239.996');
    expect(totals.lineIds).toEqual(['misc']);
    const production = totals.groups.find((g) => g.name === 'Production')!;
    expect([production.monthly, production.upfront, production.first12Months]).toEqual([
      '228.496',
      '457',
      '3198.952',
    ]);
    expect(production.groups.map((g) => [g.path.join(' > '), g.monthly])).toEqual([
      ['Production > Web', '119.136'],
      ['Production > Data', '109.36'],
    ]);
  });
});
