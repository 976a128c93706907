import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Requirements } from '../../../core';
import {
  PriceCatalog,
  SCENARIO_PRESETS,
  architectureOf,
  compareScenarios,
  isLiftAndShiftFamily,
  priceRequirements,
  processorVendorOf,
} from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import type { RecordInput } from './catalog-builder';
import { buildCatalog } from './catalog-builder';

/** The ten us-east-1 Linux On-Demand records of the sizing-policy golden cases (AWS feed 2025-04-04). */
const golden = JSON.parse(
  readFileSync(
    path.resolve(__dirname, '../../golden/ec2-instance/sizing-policy-as-sized.input.json'),
    'utf8',
  ),
) as { catalog: { records: RecordInput[] } };
const catalog = buildCatalog(golden.catalog.records, 'sizing-policy-test');

const vm = (id: string, architecture: 'x86_64' | 'arm64' = 'x86_64') => ({
  id,
  service: 'ec2' as const,
  quantity: 1,
  os: 'Linux' as const,
  sizing: { vcpu: 2, memoryGib: 8, architecture },
});
const requirements: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [vm('vm'), vm('arm', 'arm64')],
};

describe('processor vendor of an instance type', () => {
  it.each([
    ['m5a.large', 'amd'],
    ['c6a.xlarge', 'amd'],
    ['t3a.small', 'amd'],
    ['m7i-flex.large', 'intel'],
    ['x2iedn.xlarge', 'intel'],
    ['u7i-12tb.224xlarge', 'intel'],
    ['u-6tb1.56xlarge', 'intel'],
    ['t3.large', 'intel'],
    ['m5zn.large', 'intel'],
    ['r5b.large', 'intel'],
    ['c6gn.large', 'graviton'],
    ['is4gen.large', 'graviton'],
    ['a1.large', 'graviton'],
  ])('%s is %s', (type, vendor) => {
    expect(processorVendorOf(type)).toBe(vendor);
  });

  it("takes the catalog's physicalProcessor first, and knows no vendor for a name it cannot read", () => {
    expect(processorVendorOf('zz9.large', 'Intel Xeon Platinum 8488C')).toBe('intel');
    expect(processorVendorOf('zz9.large', 'AMD EPYC 9R14')).toBe('amd');
    expect(processorVendorOf('zz9.large')).toBeUndefined();
    expect(processorVendorOf('p6-b200.48xlarge')).toBeUndefined();
  });

  it('is known for every current-generation type sizing may pick, in every region of the embedded catalog', () => {
    const embedded = new PriceCatalog(embeddedSnapshot());
    const unknown = new Set<string>();
    const wrongArch = new Set<string>();
    for (const region of embedded.regions()) {
      for (const r of embedded.shard('AmazonEC2', region)?.records ?? []) {
        const a = r.attributes;
        if (r.productFamily !== 'Compute Instance' || a.currentGeneration !== 'Yes') continue;
        const family = (a.instanceType ?? '').split('.')[0]!;
        if (!isLiftAndShiftFamily(family) || !a.vcpu) continue;
        const vendor = processorVendorOf(a.instanceType!, a.physicalProcessor);
        if (vendor === undefined) unknown.add(family);
        else if ((vendor === 'graviton') !== (architectureOf(r) === 'arm64')) wrongArch.add(family);
      }
    }
    expect([...unknown].sort()).toEqual([]);
    expect([...wrongArch].sort()).toEqual([]);
  });
});

describe('sizing under a policy', () => {
  it('records the policy the estimate was priced under, defaults filled in', () => {
    expect(priceRequirements(requirements, catalog).sizingPolicy).toEqual({
      burstable: true,
      processor: 'any',
    });
    const intel = { ...requirements.settings, sizingPolicy: { processor: 'intel' as const } };
    expect(priceRequirements({ ...requirements, settings: intel }, catalog).sizingPolicy).toEqual({
      burstable: true,
      processor: 'intel',
    });
  });

  it('compares as sized, no burstable and Intel only side by side (hand-worked: 730 h × the published price)', () => {
    const comparison = compareScenarios(
      { ...requirements, items: [vm('vm')] },
      [{ name: 'as sized' }, SCENARIO_PRESETS['no-burstable']!, SCENARIO_PRESETS['intel-only']!],
      catalog,
    );
    const monthly = comparison.scenarios.map((s) => [s.scenario, s.lines[0]!.monthly]);
    // t3a.large $0.0752, m5a.large $0.086, t3.large $0.0832 (feed ec2/us-east-1-ondemand.json, 2025-04-04).
    expect(monthly).toEqual([
      ['as sized', '54.896'],
      ['no-burstable', '62.78'],
      ['intel-only', '60.736'],
    ]);
    expect(comparison.scenarios.map((s) => s.sizingPolicy?.processor)).toEqual([
      'any',
      'any',
      'intel',
    ]);
  });

  it("lays a scenario's policy over the estimate's field by field", () => {
    const base = { ...requirements.settings, sizingPolicy: { burstable: false } };
    const comparison = compareScenarios(
      { settings: base, items: [vm('vm')] },
      [SCENARIO_PRESETS['intel-only']!],
      catalog,
    );
    // No burstable and Intel: m7i-flex.large $0.09576 (t3 is burstable); 730 × 0.09576 = 69.9048.
    expect(comparison.scenarios[0]!.sizingPolicy).toEqual({ burstable: false, processor: 'intel' });
    expect(comparison.scenarios[0]!.lines[0]!.monthly).toBe('69.9048');
  });

  it('keeps the Graviton scenario on Graviton under an Intel-only policy', () => {
    const intel = { ...requirements.settings, sizingPolicy: { processor: 'intel' as const } };
    const [graviton] = compareScenarios(
      { settings: intel, items: [vm('vm')] },
      [SCENARIO_PRESETS.graviton!],
      catalog,
    ).scenarios;
    // t4g.large $0.0672: 730 × 0.0672 = 49.056.
    expect(graviton!.lines[0]!.monthly).toBe('49.056');
    expect(graviton!.lines[0]!.components[0]!.name).toContain('t4g.large');
  });

  it('makes a VM nothing fits under the policy a visible gap that names the policy', () => {
    const amd = {
      settings: {
        ...requirements.settings,
        sizingPolicy: { processor: 'amd' as const, minGeneration: 8 },
      },
      items: [vm('vm')],
    };
    const line = priceRequirements(amd, catalog).lines[0]!;
    expect(line.components[0]!.status).toBe('price-not-in-catalog');
    expect(line.warnings[0]).toBe(
      'vm: no current-generation AMD type of generation ≥ 8 with ≥ 2 vCPU and ≥ 8 GiB in us-east-1, architecture x86_64 (Linux, catalog sizing-policy-test); not priced; sizing policy: burstable allowed, AMD only, generation ≥ 8.',
    );
  });
});
