import type { Estimate } from '../../../core/estimate/estimate';
import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { price } from './embedded-price';

/**
 * Prices the embedded catalog does not hold, because no acceptable dated source gives them (AWS's
 * pages and feeds, the Price List, a bill, or a dated public copy of AWS's price data — never
 * another cost tool's outputs or tests, DECISIONS 34). Each must show as a visible gap: the line is
 * `incomplete` and the component is `price-not-in-catalog` with no cost, never $0. The priced part
 * of a partly priced line is worked out by hand from the source that remains.
 */

type Line = Estimate['lines'][number];

function gap(line: Line, prefix: string): Line['components'][number] | undefined {
  return line.components.find((c) => c.name.startsWith(prefix));
}

function expectAllUnpriced(line: Line): void {
  expect(line.incomplete).toBe(true);
  expect(line.components.length).toBeGreaterThan(0);
  for (const c of line.components)
    expect({ name: c.name, status: c.status, cost: c.cost }).toEqual({
      name: c.name,
      status: 'price-not-in-catalog',
      cost: null,
    });
}

describe('traffic between AZs: only the May 2025 invoice prices it (Singapore)', () => {
  it.each(['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-1', 'ap-southeast-2'])(
    'leaves traffic between AZs unpriced in %s',
    (region) => {
      const line = price(region, {
        id: 'az',
        service: 'data-transfer',
        quantity: 1,
        intraRegionGb: 500,
      });
      expectAllUnpriced(line);
    },
  );

  it('prices traffic between AZs in Singapore from the invoice', () => {
    // 500 GB × 2 directions × 0.01 (May 2025 invoice).
    const line = price('ap-southeast-1', {
      id: 'az',
      service: 'data-transfer',
      quantity: 1,
      intraRegionGb: 500,
    });
    expect(line.incomplete).toBeFalsy();
    expect(line.monthly).toBe('10');
  });
});

describe('Aurora MySQL Standard storage: the Aurora storage feed (2025-06-17) names it for PostgreSQL only', () => {
  const cluster: RequirementItem = {
    id: 'a',
    service: 'aurora',
    quantity: 1,
    engine: 'aurora-mysql',
    capacity: 'provisioned',
    instanceClass: 'db.r6g.large',
    storageConfiguration: 'standard',
    storageGb: 100,
    ioRequestsMillions: 1,
    pricingModel: { kind: 'on-demand' },
  };

  it.each(['us-east-1', 'eu-west-1', 'ap-northeast-1'])(
    'storage is unpriced in %s, instance hours and I/O are priced',
    (region) => {
      const line = price(region, cluster);
      expect(line.incomplete).toBe(true);
      expect(gap(line, 'Storage')).toMatchObject({ status: 'price-not-in-catalog', cost: null });
      expect(gap(line, 'Database instance')?.status).toBe('priced');
      expect(gap(line, 'I/O requests')?.status).toBe('priced');
    },
  );
});
