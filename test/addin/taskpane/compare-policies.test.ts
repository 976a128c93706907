/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Requirements, Scenario } from '../../../core';
import { comparisonSheetSpec, compareScenarios } from '../../../core';
import { policyScenarios } from '../../../addin/taskpane/components/compare-policies';
import { comparisonMessage } from '../../../addin/taskpane/hooks/use-compare-tab';
import type { RecordInput } from '../../core/resources/catalog-builder';
import { buildCatalog } from '../../core/resources/catalog-builder';

/*
 * The Compare tab's policy columns on a catalog of the golden sizing-policy records (AWS's EC2
 * us-east-1 feed of 2025-04-04) with every Intel type left out, so "Intel only" cannot size the VM.
 * One VM of 2 vCPU and 8 GiB, 730 h, worked by hand: as sized and AMD only t3a.large
 * 730 × $0.0752 = $54.896; no burstable m5a.large 730 × $0.086 = $62.78; Intel only not priced.
 */
const golden = JSON.parse(
  readFileSync(
    path.resolve(__dirname, '../../golden/ec2-instance/sizing-policy-as-sized.input.json'),
    'utf8',
  ),
) as { catalog: { records: RecordInput[] } };
const intel = new Set(['t3.large', 'm5.large', 'm6i.large', 'm7i-flex.large']);
const catalog = buildCatalog(
  golden.catalog.records.filter((r) => !intel.has(String(r.attributes?.instanceType))),
  'no-intel',
);
const requirements: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    {
      id: 'app',
      service: 'ec2',
      quantity: 1,
      os: 'Linux',
      description: 'App server',
      sizing: { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
    },
  ],
};
const scenarios: Scenario[] = [
  { name: 'On-Demand', pricingModel: { kind: 'on-demand' } },
  ...policyScenarios(new Set(['no-burstable', 'intel-only', 'amd-only'])),
];
const comparison = compareScenarios(requirements, scenarios, catalog);
const spec = comparisonSheetSpec(comparison);
const at = (address: string) => spec.cells.find((c) => c.address === address)?.value;

describe('sizing-policy columns in "AWS Comparison"', () => {
  it('prices each policy as worked by hand, the unpriced one as not priced', () => {
    expect(comparison.lines[0]!.monthly).toEqual(['54.896', '62.78', null, '54.896']);
  });

  it("names each column's policy above it", () => {
    expect(at('A4')).toBe('Sizing policy');
    expect([at('C4'), at('D4'), at('E4'), at('F4')]).toEqual([
      'Sizing: burstable allowed, any processor, any generation',
      'Sizing: no burstable, any processor, any generation',
      'Sizing: burstable allowed, Intel only, any generation',
      'Sizing: burstable allowed, AMD only, any generation',
    ]);
  });

  it('names no cheapest while Intel only leaves the line out, and lists the line it leaves out', () => {
    expect(comparison.cheapestScenario).toBeNull();
    expect(String(at('A3'))).toMatch(/^No scenario is named cheapest overall/);
    const title = spec.cells.find((c) => c.value === 'Lines not priced, per scenario')!;
    const row = Number(/\d+$/.exec(title.address)![0]);
    expect([at(`A${row + 3}`), at(`B${row + 3}`)]).toEqual(['Intel only', '1 of 1: App server']);
    expect(at(`B${row + 1}`)).toBe('none: every line is priced');
    expect(comparisonMessage(comparison)).toContain('Lines not priced: Intel only 1');
  });
});
