import type { Requirements } from '../../../core/requirements/requirements';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import {
  RepricingInputError,
  renderRepricingText,
  repriceEstimate,
} from '../../../core/estimate/reprice';
import type { RecordInput } from '../resources/catalog-builder';
import { buildCatalog } from '../resources/catalog-builder';

const ec2 = (type: string, price: string): RecordInput => ({
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
const gp3: RecordInput = {
  id: 'curated:AmazonEC2:us-east-1:gp3:Storage',
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Storage',
  unit: 'GB-Mo',
  price: '0.08',
  attributes: { volumeApiName: 'gp3' },
};

// m7g.large moves 0.0816 → 0.0850; gp3 is unchanged; c7g.large exists only in the newer version.
const oldCatalog = buildCatalog([ec2('m7g.large', '0.0816'), gp3], 'catalog-2025-01');
const newCatalog = buildCatalog(
  [ec2('m7g.large', '0.0850'), gp3, ec2('c7g.large', '0.0725')],
  'catalog-2026-01',
);

const settings: Requirements['settings'] = {
  region: 'us-east-1',
  pricingModel: { kind: 'on-demand' },
};
const web = {
  id: 'web',
  service: 'ec2',
  quantity: 2,
  instanceType: 'm7g.large',
  os: 'Linux',
} as const;
const data = {
  id: 'data',
  service: 'ebs',
  quantity: 1,
  volumeType: 'gp3',
  storageGb: 100,
} as const;
const batch = {
  id: 'batch',
  service: 'ec2',
  quantity: 1,
  instanceType: 'c7g.large',
  os: 'Linux',
} as const;
const asOf = '2026-11-26T00:00:00Z';

describe('repriceEstimate', () => {
  it('reports per-line statuses, exact deltas and both catalog versions', () => {
    const requirements: Requirements = { settings, items: [web, data, batch] };
    const previous = priceRequirements(requirements, oldCatalog, { asOf });
    const r = repriceEstimate(requirements, previous, newCatalog, { asOf });

    expect(r.previousCatalogVersion).toBe('catalog-2025-01');
    expect(r.catalogVersion).toBe('catalog-2026-01');
    expect(r.estimate.catalogVersion).toBe('catalog-2026-01');
    const byId = new Map(r.lines.map((l) => [l.itemId, l]));

    // 2 × 730 h × 0.0816 = 119.136 → 2 × 730 h × 0.085 = 124.1; delta 4.964.
    const w = byId.get('web')!;
    expect(w.status).toBe('changed');
    expect([w.previousMonthly, w.currentMonthly, w.deltaMonthly]).toEqual([
      '119.136',
      '124.1',
      '4.964',
    ]);
    expect(w.deltaUpfront).toBe('0');
    expect(w.changes).toHaveLength(1);
    expect(w.changes[0]).toMatchObject({
      previousPriceId: 'curated:AmazonEC2:us-east-1:m7g.large:Linux:OnDemand',
      currentPriceId: 'curated:AmazonEC2:us-east-1:m7g.large:Linux:OnDemand',
      previousCost: '119.136',
      currentCost: '124.1',
    });
    expect(w.changes[0]!.name).toContain('m7g.large');
    expect(Number(w.changes[0]!.previousUnitPrice)).toBe(0.0816);
    expect(Number(w.changes[0]!.currentUnitPrice)).toBe(0.085);

    // 100 GB × 0.08 = 8 both times.
    const d = byId.get('data')!;
    expect(d.status).toBe('unchanged');
    expect([d.previousMonthly, d.currentMonthly, d.deltaMonthly]).toEqual(['8', '8', '0']);
    expect(d.changes).toEqual([]);

    // Missing before: never $0, so no delta; 730 h × 0.0725 = 52.925 now.
    const b = byId.get('batch')!;
    expect(b.status).toBe('newly-priced');
    expect(b.previousMonthly).toBeNull();
    expect(b.currentMonthly).toBe('52.925');
    expect(b.deltaMonthly).toBeNull();
    expect(b.changes[0]).toMatchObject({ previousCost: null, currentCost: '52.925' });

    // The old total lacks batch: a total delta would count its missing price as 0.
    expect(r.totals.deltaMonthly).toBeNull();
    expect(r.totals.deltaTerm).toBeNull();
    expect(renderRepricingText(r)).toContain('Total deltas are n/a');
  });

  it('gives exact total deltas when both estimates are complete', () => {
    const requirements: Requirements = { settings, items: [web, data] };
    const previous = priceRequirements(requirements, oldCatalog, { asOf });
    const r = repriceEstimate(requirements, previous, newCatalog, { asOf });
    expect(r.totals.previous.monthly).toBe('127.136');
    expect(r.totals.current.monthly).toBe('132.1');
    expect(r.totals.deltaMonthly).toBe('4.964');
    expect(r.totals.deltaUpfront).toBe('0');
    // 12-month term: 12 × 4.964.
    expect(r.totals.deltaTerm).toBe('59.568');
    const text = renderRepricingText(r);
    expect(text).toContain('catalog catalog-2025-01 → catalog-2026-01');
    expect(text).toMatch(/web\s+changed\s+\$119\.14 → \$124\.10\s+\+\$4\.96/);
    expect(text).toContain('Monthly: $127.14 → $132.10 (+$4.96)');
    // Unit prices with the digits AWS publishes, not the catalog's 10 places or cents.
    expect(text).toMatch(/\$0\.0816 \(.*\) → \$0\.085 \(/);
    expect(text).toContain('Coverage: all 2 lines priced → all 2 lines priced');
  });

  it('marks lines added, removed and no longer priced', () => {
    const previous = priceRequirements({ settings, items: [web, data] }, oldCatalog, { asOf });
    // Re-priced against the old catalog with batch added and data removed, and against a catalog
    // that lost m7g.large.
    const lost = buildCatalog([gp3], 'catalog-2026-02');
    const r = repriceEstimate({ settings, items: [web, batch] }, previous, lost, { asOf });
    const status = Object.fromEntries(r.lines.map((l) => [l.itemId, l.status]));
    expect(status).toEqual({ web: 'no-longer-priced', data: 'removed', batch: 'added' });
    const data2 = r.lines.find((l) => l.itemId === 'data')!;
    expect([data2.previousMonthly, data2.currentMonthly, data2.deltaMonthly]).toEqual([
      '8',
      null,
      null,
    ]);
    expect(r.lines.find((l) => l.itemId === 'web')!.currentMonthly).toBeNull();
  });

  it('refuses to compare estimates in different currencies', () => {
    const fx = { currency: 'PHP', rate: '58.25', asOf: '2026-11-20', source: 'BSP reference rate' };
    const previous = priceRequirements(
      { settings: { ...settings, fx }, items: [web] },
      oldCatalog,
      {
        asOf,
      },
    );
    expect(previous.currency).toBe('PHP');
    expect(() =>
      repriceEstimate({ settings, items: [web] }, previous, newCatalog, { asOf }),
    ).toThrow(RepricingInputError);
  });
});
