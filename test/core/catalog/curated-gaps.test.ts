import type { Estimate } from '../../../core/estimate/estimate';
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

describe('EFS and CloudFront Origin Shield where the 2025 feeds have no row', () => {
  it('leaves One Zone-IA access charges unpriced (efs.json has IA access rows for Standard-IA only)', () => {
    // US East (N. Virginia) "One Zone Infrequent Access Storage GB Mo" $0.0133: 100 × 0.0133 = 1.33.
    const line = price('us-east-1', {
      id: 'efs',
      service: 'efs',
      quantity: 1,
      storageClass: 'one-zone-ia',
      storageGb: 100,
      throughputMode: 'bursting',
      iaReadGb: 10,
    });
    expect(line.incomplete).toBe(true);
    expect(line.monthly).toBe('1.33');
    expect(gap(line, 'IA access charges, reads')).toMatchObject({
      status: 'price-not-in-catalog',
      cost: null,
    });
  });

  it('leaves One Zone storage unpriced in Hyderabad (the feed has no One Zone row there)', () => {
    const line = price('ap-south-2', {
      id: 'efs',
      service: 'efs',
      quantity: 1,
      storageClass: 'one-zone',
      storageGb: 100,
      throughputMode: 'bursting',
    });
    expectAllUnpriced(line);
  });

  it('leaves Origin Shield requests unpriced for a region that hosts no Origin Shield (Paris)', () => {
    const line = price('eu-west-3', {
      id: 'cf',
      service: 'cloudfront',
      quantity: 1,
      edgeLocation: 'Europe',
      dataOutGb: 0,
      httpsRequests: 0,
      originShieldRequests: 1_000_000,
    });
    expect(gap(line, 'Origin Shield requests (eu-west-3)')).toMatchObject({
      status: 'price-not-in-catalog',
      cost: null,
    });
  });
});
