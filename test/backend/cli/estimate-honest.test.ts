import { runEstimateCli } from '../../../backend/cli/estimate';
import { buildCatalog } from '../../core/resources/catalog-builder';

/** us-east-1 Linux On-Demand m7g.large $0.0816/h and m7i.large $0.1008/h (AWS Pricing API via karpenter, 2026-07-20). */
const ec2 = (type: string, price: string) => ({
  id: `curated:AmazonEC2:us-east-1:${type}:Linux:OnDemand`,
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Compute Instance',
  unit: 'Hrs',
  price,
  attributes: {
    instanceType: type,
    tenancy: 'Shared',
    operatingSystem: 'Linux',
    preInstalledSw: 'NA',
    licenseModel: 'No License required',
    capacitystatus: 'Used',
  },
});
const catalog = buildCatalog(
  [ec2('m7g.large', '0.0816'), ec2('m7i.large', '0.1008')],
  'cli-honest',
);

async function run(
  argv: string[],
  file: unknown,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEstimateCli(argv, {
    readText: async () => JSON.stringify(file),
    readBytes: async () => new Uint8Array(),
    loadCatalog: async () => catalog,
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: '2026-11-26T00:00:00Z',
  });
  return { code, out, err };
}

const requirements = {
  settings: {
    region: 'us-east-1',
    pricingModel: { kind: 'on-demand' },
    fx: { currency: 'PHP', rate: '58', asOf: '2026-11-20', source: 'BSP reference rate' },
  },
  items: [
    { id: 'web', service: 'ec2', quantity: 2, instanceType: 'm7g.large', os: 'Linux' },
    { id: 'app', service: 'ec2', quantity: 1, instanceType: 'm7i.large', os: 'Linux' },
  ],
};
const ri = {
  kind: 'reserved',
  term: '1yr',
  offeringClass: 'standard',
  purchaseOption: 'No Upfront',
} as const;

describe('npm run estimate, honest totals', () => {
  it('--compare labels line prices USD and totals in the estimate currency, and names no cheapest on prices it lacks', async () => {
    const { code, out } = await run(['req.json', '--compare'], {
      requirements,
      scenarios: [{ name: 'On-Demand' }, { name: 'RI 1yr', pricingModel: ri }],
    });
    expect(code).toBe(0);
    // Lines: USD list prices. web = 2 × 730 × 0.0816 = 119.136; app = 730 × 0.1008 = 73.584.
    expect(out).toContain('Per line: effective monthly list price in USD');
    expect(out).toMatch(/\*web\s+\$119\.14\s+not priced/);
    // Totals in PHP (× 58): 192.72 × 58 = 11,177.76; never "$" and never a USD figure under PHP.
    expect(out).toContain('On-Demand (PHP): PHP 11,177.76/month');
    expect(out).toContain(
      'RI 1yr (PHP): PHP 0.00/month, PHP 0.00 upfront, 12-month term — 0/2 lines priced (0 %)',
    );
    expect(out).not.toContain('Cheapest overall');
    expect(out).toContain(
      'No scenario is named cheapest overall: compared on 0 of 2 lines; 2 lines are unpriced (in whole or in part) in at least one scenario',
    );
  });

  it('--compare --format json: basis, coverage, and cheapest null on an unequal basis', async () => {
    const { out } = await run(['req.json', '--compare', '--format', 'json'], {
      requirements,
      scenarios: [{ name: 'On-Demand' }, { name: 'RI 1yr', pricingModel: ri }],
    });
    const c = JSON.parse(out) as {
      cheapestScenario: string | null;
      basis: { lines: number; lineIds: string[] };
      totals: { coverage: { unpricedIds: string[] } }[];
    };
    expect(c.cheapestScenario).toBeNull();
    expect(c.basis).toMatchObject({ lines: 0, lineIds: [] });
    expect(c.totals[1]!.coverage.unpricedIds).toEqual(['web', 'app']);
  });

  it('names the cheapest over a common horizon when every line is priced in every scenario', async () => {
    const { out } = await run(['req.json', '--compare'], {
      requirements,
      scenarios: [
        { name: 'On-Demand' },
        { name: 'Spot 70', pricingModel: { kind: 'spot', discountPct: 70 } },
      ],
    });
    expect(out).toContain('Compared on all 2 lines (every line is priced in every scenario).');
    expect(out).toContain('Cheapest overall: Spot 70 (every line priced in every scenario).');
  });

  it('refuses an instance type that does not exist, naming its JSON path (exit 1)', async () => {
    const bad = {
      ...requirements,
      items: [{ ...requirements.items[0], instanceType: 'm7g.huge' }],
    };
    const { code, err } = await run(['req.json'], bad);
    expect(code).toBe(1);
    expect(err).toContain('$.items[0].instanceType: "m7g.huge" is not an EC2 instance type');
  });

  it('warns at Validate about a price the catalog lacks, and shows coverage beside the totals', async () => {
    const withGap = {
      ...requirements,
      items: [
        ...requirements.items,
        { id: 'new', service: 'ec2', quantity: 1, instanceType: 'c7a.large', os: 'Linux' },
      ],
    };
    const { code, out, err } = await run(['req.json'], withGap);
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: $.items[2].instanceType: 1 × EC2 c7a.large (Linux) in us-east-1: Instance usage',
    );
    expect(out).toContain(
      'Coverage: 2 of 3 lines priced (66 %); 1 not priced — the totals leave out what is not priced.',
    );
    expect(out).toContain('  - new (1 × EC2 c7a.large (Linux)): not priced — price not in catalog');
  });
});
