import type { Requirements } from '../../../core/requirements/requirements';
import { compareScenarios } from '../../../core/scenarios/compare-scenarios';
import type { RecordInput } from '../resources/catalog-builder';
import { buildCatalog } from '../resources/catalog-builder';

/**
 * us-east-1 On-Demand, AWS Pricing API via karpenter-provider-aws (2024-04-04, as in
 * compare-scenarios.test.ts): Linux m5.large $0.096, m6g.large $0.077; Windows m5.large $0.188
 * (aws.amazon.com/ec2/pricing/on-demand, 2024). Specs: 2 vCPU, 8 GiB each.
 */
const ec2 = (type: string, os: string, price: string): RecordInput => ({
  id: `curated:AmazonEC2:us-east-1:${type}:${os}:OnDemand`,
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Compute Instance',
  unit: 'Hrs',
  price,
  attributes: {
    instanceType: type,
    tenancy: 'Shared',
    operatingSystem: os,
    preInstalledSw: 'NA',
    licenseModel: 'No License required',
    capacitystatus: 'Used',
    vcpu: '2',
    memory: '8 GiB',
    currentGeneration: 'Yes',
  },
});
const catalog = buildCatalog(
  [
    ec2('m5.large', 'Linux', '0.096'),
    ec2('m6g.large', 'Linux', '0.077'),
    ec2('m5.large', 'Windows', '0.188'),
  ],
  'graviton-test',
);

/** As an RVTools import sizes them: like for like on x86 (core/sheets/inventory/vm-sizing.ts). */
const x86 = { vcpu: 2, memoryGib: 8, architecture: 'x86_64' as const };
const requirements: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    { id: 'web', service: 'ec2', quantity: 1, instanceType: 'm5.large', os: 'Linux' },
    { id: 'iis', service: 'ec2', quantity: 1, instanceType: 'm5.large', os: 'Windows' },
    { id: 'vm-linux', service: 'ec2', quantity: 1, sizing: x86, os: 'Linux' },
    { id: 'vm-windows', service: 'ec2', quantity: 1, sizing: x86, os: 'Windows' },
  ],
};

describe('the Graviton scenario', () => {
  const c = compareScenarios(
    requirements,
    [{ name: 'As is' }, { name: 'Graviton', architecture: 'arm64' }],
    catalog,
    { asOf: '2026-11-26' },
  );
  const [asIs, graviton] = c.scenarios;

  it('sizes inventory like for like on x86 in the base scenario', () => {
    expect(asIs!.lines[2]!.description).toContain('m5.large');
    expect(asIs!.lines[3]!.description).toContain('m5.large');
  });

  it('moves eligible Linux lines, named and sized, to the equivalent Graviton type', () => {
    expect(graviton!.lines[0]!.description).toContain('m6g.large');
    expect(graviton!.lines[2]!.description).toContain('m6g.large');
    expect(graviton!.warnings).toContain(
      'vm-linux: sized as Graviton (arm64) → m6g.large (2 vCPU, 8 GiB, $0.077/h On-Demand).',
    );
  });

  it('leaves Windows lines on x86 with the reason, priced — never unpriced', () => {
    expect(graviton!.lines[1]!.description).toContain('m5.large');
    expect(graviton!.lines[3]!.description).toContain('m5.large');
    expect(graviton!.coverage.unpriced).toBe(0);
    expect(graviton!.lines[1]!.warnings).toContain(
      'Graviton: kept as it was — Windows (and SQL Server on Windows) does not run on Graviton: AWS offers Windows on x86 only.',
    );
    expect(graviton!.warnings).toContain(
      'Graviton: kept 2 lines as they were — Windows (and SQL Server on Windows) does not run on Graviton: AWS offers Windows on x86 only (iis, vm-windows).',
    );
  });

  it('saves only what the Linux swaps save, on the whole estimate', () => {
    // As is: 2 × 730 × 0.096 + 2 × 730 × 0.188 = 140.16 + 274.48 = 414.64.
    // Graviton: 2 × 730 × 0.077 + 274.48 = 112.42 + 274.48 = 386.90 → −27.74 (= 2 × 730 × (0.096 − 0.077)).
    expect(c.basis.complete).toBe(true);
    expect(c.totals.map((t) => t.totals.monthly)).toEqual(['414.64', '386.9']);
    expect(c.totals[1]!.deltaEffectiveMonthly).toBe('-27.74');
    expect(c.cheapestScenario).toBe('Graviton');
  });
});
