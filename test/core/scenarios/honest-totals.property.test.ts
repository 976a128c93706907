import fc from 'fast-check';
import { linePricing } from '../../../core/estimate/coverage';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import { Decimal } from '../../../core/money/decimal';
import type { Ec2Item } from '../../../core/requirements/requirement-items';
import type { Requirements } from '../../../core/requirements/requirements';
import { compareScenarios } from '../../../core/scenarios/compare-scenarios';
import type { RecordInput } from '../resources/catalog-builder';
import { buildCatalog } from '../resources/catalog-builder';

/**
 * Properties of honest totals, over random catalogs in which some prices are missing:
 * - a scenario's saving never includes a line unpriced in either scenario;
 * - totals equal the sum of their priced lines;
 * - coverage counts add up.
 * Types and prices are generated (prices as cents-and-fractions decimal strings), not taken from AWS:
 * these are properties of the arithmetic, whatever the prices.
 */
const TYPES = ['m5.large', 'm6i.large', 'c5.large', 'r5.large', 'm7i.large', 't3.medium'];
const RI = {
  type: 'Reserved',
  leaseContractLength: '1yr',
  offeringClass: 'standard',
  purchaseOption: 'No Upfront',
} as const;
const attributes = (type: string) => ({
  instanceType: type,
  tenancy: 'Shared',
  operatingSystem: 'Linux',
  preInstalledSw: 'NA',
  licenseModel: 'No License required',
  capacitystatus: 'Used',
});
const price = fc
  .integer({ min: 1, max: 999_999 })
  .map((n) => Decimal.from(n).divide(1_000_000, 6, 'half-even').toString());

/** Per type: an On-Demand price or none, and an RI hourly price or none. */
const catalogSpec = fc.array(
  fc.record({
    onDemand: fc.option(price, { nil: undefined }),
    reserved: fc.option(price, { nil: undefined }),
  }),
  { minLength: TYPES.length, maxLength: TYPES.length },
);
const itemsSpec = fc.array(
  fc.record({
    type: fc.integer({ min: 0, max: TYPES.length - 1 }),
    quantity: fc.integer({ min: 1, max: 50 }),
  }),
  { minLength: 1, maxLength: 12 },
);

function catalogOf(spec: readonly { onDemand?: string; reserved?: string }[]) {
  const records: RecordInput[] = [];
  spec.forEach((p, i) => {
    const type = TYPES[i]!;
    const base = {
      service: 'AmazonEC2',
      region: 'us-east-1',
      productFamily: 'Compute Instance',
      unit: 'Hrs',
      attributes: attributes(type),
    };
    if (p.onDemand) records.push({ ...base, id: `od-${type}`, price: p.onDemand });
    if (p.reserved) records.push({ ...base, id: `ri-${type}`, price: p.reserved, term: RI });
  });
  return buildCatalog(records, 'property');
}

function requirementsOf(items: readonly { type: number; quantity: number }[]): Requirements {
  return {
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
    items: items.map((it, i): Ec2Item => ({
      id: `i${i}`,
      service: 'ec2',
      quantity: it.quantity,
      instanceType: TYPES[it.type]!,
      os: 'Linux',
    })),
  };
}

const scenarios = [
  { name: 'On-Demand' },
  {
    name: 'RI',
    pricingModel: {
      kind: 'reserved',
      term: '1yr',
      offeringClass: 'standard',
      purchaseOption: 'No Upfront',
    },
  },
] as const;

describe('honest totals (properties)', () => {
  it('a saving is the sum over lines priced in both scenarios, and prices of other lines never move it', () => {
    fc.assert(
      fc.property(catalogSpec, itemsSpec, price, (spec, items, other) => {
        const requirements = requirementsOf(items);
        const c = compareScenarios(requirements, scenarios, catalogOf(spec), {
          asOf: '2026-11-26',
        });
        const [od, ri] = c.scenarios;
        let expected = Decimal.ZERO;
        od!.lines.forEach((line, i) => {
          const both = linePricing(line) === 'priced' && linePricing(ri!.lines[i]!) === 'priced';
          expect(c.basis.lineIds.includes(line.itemId)).toBe(both);
          if (both) expected = expected.add(ri!.lines[i]!.monthly).subtract(line.monthly);
        });
        expect(Decimal.from(c.totals[1]!.deltaEffectiveMonthly!).equals(expected)).toBe(true);
        // Give every excluded line's type a price in whichever scenario lacked it: the basis widens,
        // but the saving on the old basis lines is unchanged (it never included them).
        const filled = spec.map((p) => ({
          onDemand: p.onDemand ?? other,
          reserved: p.reserved ?? other,
        }));
        const wider = compareScenarios(requirements, scenarios, catalogOf(filled), {
          asOf: '2026-11-26',
        });
        let onOldBasis = Decimal.ZERO;
        wider.scenarios[0]!.lines.forEach((line, i) => {
          if (c.basis.lineIds.includes(line.itemId))
            onOldBasis = onOldBasis
              .add(wider.scenarios[1]!.lines[i]!.monthly)
              .subtract(line.monthly);
        });
        expect(onOldBasis.equals(expected)).toBe(true);
        // Nobody is called cheapest on a partial basis.
        if (!c.basis.complete) expect(c.cheapestScenario).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('totals equal the sum of their priced lines, and each line the sum of its priced components', () => {
    fc.assert(
      fc.property(catalogSpec, itemsSpec, (spec, items) => {
        const e = priceRequirements(requirementsOf(items), catalogOf(spec), { asOf: '2026-11-26' });
        let total = Decimal.ZERO;
        for (const line of e.lines) {
          const priced = line.components.filter((x) => x.status === 'priced');
          const sum = Decimal.sum(priced.map((x) => Decimal.from(x.cost!)));
          expect(Decimal.from(line.monthly).equals(sum)).toBe(true);
          expect(
            line.components.filter((x) => x.status !== 'priced').every((x) => x.cost === null),
          ).toBe(true);
          total = total.add(line.monthly);
        }
        expect(Decimal.from(e.totals.monthly).equals(total)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('coverage counts add up and name exactly the lines not priced in full', () => {
    fc.assert(
      fc.property(catalogSpec, itemsSpec, (spec, items) => {
        const e = priceRequirements(requirementsOf(items), catalogOf(spec), { asOf: '2026-11-26' });
        const c = e.coverage;
        expect(c.lines).toBe(e.lines.length);
        expect(c.priced + c.partial + c.unpriced).toBe(c.lines);
        expect(c.unpricedIds).toEqual(
          e.lines.filter((l) => linePricing(l) === 'unpriced').map((l) => l.itemId),
        );
        expect(c.partialIds).toEqual(
          e.lines.filter((l) => linePricing(l) === 'partial').map((l) => l.itemId),
        );
        expect(c.priced).toBe(e.lines.filter((l) => !l.incomplete).length);
      }),
      { numRuns: 150 },
    );
  });
});
