import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { price } from './embedded-price';

/**
 * Prices curated from AWS's pricing-page feeds of 2025 (scripts/snapshot/feed-sources-2025.ts:
 * natgateway.json and vpc.json, cloudfront.json, elb.json, rds-aurora-storage.json and
 * rds-aurora-ondemand.json as committed to public repositories). Every expected figure is worked out
 * by hand in the comment beside it from the feed row named there (row key, price per unit), read in
 * the committed feed file — not from the catalog — so a transcription slip or a record that does not
 * answer the engine's query fails here.
 */

type Line = ReturnType<typeof price>;

function cost(line: Line, prefix: string): string | null | undefined {
  return line.components.find((c) => c.name.startsWith(prefix))?.cost;
}

describe('NAT gateway (natgateway.json, 2025-10-28)', () => {
  it.each([
    // "Hourly charge for NAT Gateways" $0.045 and "Charge for per GB data processed by NatGateways"
    // $0.045 (US East (N. Virginia)): 2 × 730 h × 0.045 = 65.70; 2 × 500 GB × 0.045 = 45.00.
    ['us-east-1', 2, 500, '110.7'],
    // EU (Ireland): $0.048 and $0.048: 730 × 0.048 = 35.04; 100 × 0.048 = 4.80.
    ['eu-west-1', 1, 100, '39.84'],
    // Asia Pacific (Tokyo): $0.062 and $0.062: 730 × 0.062 = 45.26; 1,000 × 0.062 = 62.00.
    ['ap-northeast-1', 1, 1000, '107.26'],
    // South America (Sao Paulo), outside the six first regions: $0.093: 67.89 + 9.30.
    ['sa-east-1', 1, 100, '77.19'],
  ])('%s: %d gateway(s), %d GB each', (region, quantity, dataProcessedGb, monthly) => {
    const line = price(region, { id: 'nat', service: 'nat-gateway', quantity, dataProcessedGb });
    expect(line.incomplete ?? false).toBe(false);
    expect(line.monthly).toBe(monthly);
  });
});

describe('load balancers (elb.json, 2025-06-05)', () => {
  const lb = (type: 'application' | 'network' | 'classic', extra: object): RequirementItem =>
    ({ id: 'lb', service: 'load-balancer', quantity: 1, type, ...extra }) as RequirementItem;

  it('prices an ALB with 2 LCUs in us-east-1 and us-west-2', () => {
    // "Application Load Balancer Hours" $0.0225, "Application Load Balancer LCU Hours" $0.008:
    // 730 × 0.0225 = 16.425; 2 × 730 × 0.008 = 11.68.
    for (const region of ['us-east-1', 'us-west-2']) {
      const line = price(region, lb('application', { capacityUnits: 2 }));
      expect({ region, monthly: line.monthly }).toEqual({ region, monthly: '28.105' });
    }
  });

  it('prices an NLB in Tokyo and Sydney', () => {
    // Asia Pacific (Tokyo): "Network Load Balancer Hours" $0.0243, "… LCU Hours" $0.006:
    // 730 × 0.0243 = 17.739; 10 × 730 × 0.006 = 43.80.
    expect(price('ap-northeast-1', lb('network', { capacityUnits: 10 })).monthly).toBe('61.539');
    // Asia Pacific (Sydney): $0.0252 and $0.006: 18.396 + 43.80.
    expect(price('ap-southeast-2', lb('network', { capacityUnits: 10 })).monthly).toBe('62.196');
  });

  it('prices a Classic load balancer in eu-west-1', () => {
    // EU (Ireland): "Classic Load Balancer Hours" $0.028, "Classic Load Balancer Data" $0.008/GB:
    // 730 × 0.028 = 20.44; 1,000 × 0.008 = 8.00.
    expect(price('eu-west-1', lb('classic', { dataProcessedGb: 1000 })).monthly).toBe('28.44');
  });

  it('keeps the Singapore ALB hour of the May 2025 invoice, which the feed confirms', () => {
    // Invoice: "$0.0252 per Application LoadBalancer-hour"; feed: Asia Pacific (Singapore) $0.0252.
    expect(
      cost(price('ap-southeast-1', lb('application', { capacityUnits: 0 })), 'Application'),
    ).toBe('18.396');
  });
});

describe('public IPv4 (vpc.json, 2025-11-04)', () => {
  it.each(['us-east-1', 'eu-west-1', 'ap-southeast-2', 'me-central-1'])('%s', (region) => {
    // "Hourly charge for In use Public IPv4 Addresses per Hrs" $0.005 in every region: 3 × 730 × 0.005.
    const line = price(region, { id: 'ip', service: 'public-ipv4', quantity: 3 });
    expect(line.monthly).toBe('10.95');
  });
});

describe('CloudFront requests (cloudfront.json, 2025-07-01)', () => {
  it.each([
    // "CloudFront Request-Tier2 HTTPS GET and HEAD requests" / "…-Tier1 HTTP …" per request:
    // United States $0.0000010 / $0.00000075: 10 M × 0.000001 = 10.00; 4 M × 0.00000075 = 3.00.
    ['United States', '10', '3'],
    // EU $0.0000012 / $0.0000009: 12.00 and 3.60.
    ['Europe', '12', '3.6'],
    // Australia $0.00000125 / $0.0000009: 12.50 and 3.60.
    ['Australia', '12.5', '3.6'],
    // South America $0.0000022 / $0.0000016: 22.00 and 6.40.
    ['South America', '22', '6.4'],
    // Asia (the feed's "Asia Pacific"): $0.0000012 / $0.0000009.
    ['Asia', '12', '3.6'],
  ])('%s: 10 M HTTPS and 4 M HTTP requests', (edgeLocation, https, http) => {
    const line = price('us-east-1', {
      id: 'cf',
      service: 'cloudfront',
      quantity: 1,
      edgeLocation,
      dataOutGb: 0,
      httpsRequests: 10_000_000,
      httpRequests: 4_000_000,
    });
    expect(line.incomplete ?? false).toBe(false);
    expect([cost(line, 'HTTPS requests'), cost(line, 'HTTP requests')]).toEqual([https, http]);
  });
});
