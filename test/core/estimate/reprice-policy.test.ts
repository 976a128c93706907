import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Requirements } from '../../../core';
import {
  priceRequirements,
  renderRepricingText,
  repriceEstimate,
  sizingPolicyChanges,
  sizingPolicyChangesText,
} from '../../../core';
import type { RecordInput } from '../resources/catalog-builder';
import { buildCatalog } from '../resources/catalog-builder';

/*
 * The ten us-east-1 Linux On-Demand records of the sizing-policy golden cases (AWS's EC2 feed of
 * 2025-04-04). One VM of 2 vCPU and 8 GiB, 730 h, worked by hand: as sized t3a.large
 * 730 × $0.0752 = $54.896; Intel only t3.large 730 × $0.0832 = $60.736.
 */
const golden = JSON.parse(
  readFileSync(
    path.resolve(__dirname, '../../golden/ec2-instance/sizing-policy-as-sized.input.json'),
    'utf8',
  ),
) as { catalog: { records: RecordInput[] } };
const catalog = buildCatalog(golden.catalog.records, 'catalog-a');

const requirements = (sizingPolicy?: Requirements['settings']['sizingPolicy']): Requirements => ({
  settings: {
    region: 'us-east-1',
    pricingModel: { kind: 'on-demand' },
    ...(sizingPolicy ? { sizingPolicy } : {}),
  },
  items: [
    {
      id: 'vm',
      service: 'ec2',
      quantity: 1,
      os: 'Linux',
      sizing: { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
    },
  ],
});
/** `Instance usage (Linux, On-Demand, t3.large)` → `t3.large`. */
const typeOf = (r: ReturnType<typeof repriceEstimate>): string | undefined =>
  /, ([a-z0-9-]+\.[a-z0-9]+)\)$/.exec(r.estimate.lines[0]!.components[0]!.name)?.[1];

describe('sizing policy changes between a recorded estimate and now', () => {
  it('names each differing field old → new; an absent recorded policy is the default', () => {
    expect(
      sizingPolicyChanges(
        { burstable: true, processor: 'any' },
        { burstable: false, processor: 'intel', minGeneration: 6 },
      ),
    ).toEqual([
      { field: 'burstable', recorded: 'burstable allowed', current: 'no burstable' },
      { field: 'processor', recorded: 'any processor', current: 'Intel only' },
      { field: 'minGeneration', recorded: 'any generation', current: 'generation ≥ 6' },
    ]);
    expect(sizingPolicyChanges(undefined, { processor: 'any' })).toEqual([]);
    expect(sizingPolicyChangesText(sizingPolicyChanges({ minGeneration: 7 }, {}))).toBe(
      'minGeneration: generation ≥ 7 → any generation',
    );
  });
});

describe('re-pricing an estimate whose sizing policy has changed', () => {
  const previous = priceRequirements(requirements(), catalog, { asOf: '2026-01-01T00:00:00Z' });

  it('says which fields changed and prices under the current policy by default', () => {
    const r = repriceEstimate(requirements({ processor: 'intel' }), previous, catalog);
    expect(r.sizingPolicy.changes).toEqual([
      { field: 'processor', recorded: 'any processor', current: 'Intel only' },
    ]);
    expect(r.sizingPolicy.pricedUnder).toBe('current');
    expect(typeOf(r)).toBe('t3.large');
    expect(r.lines[0]!.previousMonthly).toBe('54.896');
    expect(r.lines[0]!.currentMonthly).toBe('60.736');
    expect(renderRepricingText(r)).toContain(
      'Sizing policy changed since the previous estimate (recorded in the previous estimate): processor: any processor → Intel only; re-priced under the current policy (burstable allowed, Intel only, any generation)',
    );
  });

  it('prices under the recorded policy when asked: the same type and total as before', () => {
    const r = repriceEstimate(requirements({ processor: 'intel' }), previous, catalog, {
      sizingPolicy: 'recorded',
    });
    expect(r.sizingPolicy.changes).toHaveLength(1);
    expect(r.sizingPolicy.pricedUnder).toBe('recorded');
    expect(typeOf(r)).toBe('t3a.large');
    expect(r.estimate.sizingPolicy).toEqual({ burstable: true, processor: 'any' });
    expect(r.lines[0]!.status).toBe('unchanged');
    expect(r.totals.deltaMonthly).toBe('0');
  });

  it('restores a recorded non-default policy over a current default one', () => {
    const intel = priceRequirements(requirements({ processor: 'intel' }), catalog);
    const r = repriceEstimate(requirements(), intel, catalog, { sizingPolicy: 'recorded' });
    expect(typeOf(r)).toBe('t3.large');
    expect(r.sizingPolicy.changes.map((c) => c.field)).toEqual(['processor']);
  });

  it('reads an estimate made before policies were recorded as sized under the default', () => {
    const { sizingPolicy: _absent, ...old } = previous;
    const r = repriceEstimate(requirements({ burstable: false }), old, catalog);
    expect(r.sizingPolicy.recordedInEstimate).toBe(false);
    expect(r.sizingPolicy.changes.map((c) => c.field)).toEqual(['burstable']);
    expect(renderRepricingText(r)).toContain('the default (the previous estimate predates');
  });

  it('says nothing about the policy when it has not changed', () => {
    const r = repriceEstimate(requirements(), previous, catalog);
    expect(r.sizingPolicy.changes).toEqual([]);
    expect(renderRepricingText(r)).not.toContain('Sizing policy');
  });
});
