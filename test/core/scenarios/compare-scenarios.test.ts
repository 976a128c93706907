import type { Requirements } from '../../../core/requirements/requirements';
import { compareScenarios } from '../../../core/scenarios/compare-scenarios';
import { parseInstanceType } from '../../../core/scenarios/instance-swap';
import type { RecordInput } from '../resources/catalog-builder';
import { buildCatalog } from '../resources/catalog-builder';

/** Linux On-Demand prices, AWS Pricing API via karpenter-provider-aws, 2024-04-04 (../shared/pricing-reference/ec2-ondemand-linux-multiregion-2024-04.json). */
const PRICES: Record<string, Record<string, string>> = {
  'us-east-1': {
    'm5.large': '0.096',
    'm6g.large': '0.077',
    'm7g.large': '0.0816',
    'm7i.large': '0.1008',
    'm6i.large': '0.096',
  },
  'ap-southeast-1': {
    'm5.large': '0.12',
    'm6g.large': '0.096',
    'm7g.large': '0.102',
    'm7i.large': '0.126',
    'm6i.large': '0.12',
  },
};

const records: RecordInput[] = Object.entries(PRICES).flatMap(([region, types]) =>
  Object.entries(types).map(([type, price]) => ({
    id: `curated:AmazonEC2:${region}:${type}:Linux:OnDemand`,
    service: 'AmazonEC2',
    region,
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
      vcpu: '2',
      memory: '8 GiB',
      currentGeneration: 'Yes',
    },
  })),
);
// A 1-yr Standard All Upfront RI for m5.large in us-east-1 (Price List 20210205204500: $494 upfront, $0/h).
records.push({
  id: '6C86BEPQVG73ZGGR.6QCMYABX3D.2TG2D8R56U',
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Compute Instance',
  unit: 'Quantity',
  price: '494',
  term: {
    type: 'Reserved',
    leaseContractLength: '1yr',
    offeringClass: 'standard',
    purchaseOption: 'All Upfront',
  },
  attributes: records[0]!.attributes,
});
const catalog = buildCatalog(records, 'scenario-test');

const requirements: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    { id: 'app', service: 'ec2', quantity: 10, instanceType: 'm5.large', os: 'Linux' },
    { id: 'batch', service: 'ec2', quantity: 2, instanceType: 'm7i.large', os: 'Linux' },
  ],
};

describe('compareScenarios', () => {
  const comparison = compareScenarios(
    requirements,
    [
      { name: 'As is' },
      { name: 'Graviton', architecture: 'arm64' },
      { name: 'Singapore', region: 'ap-southeast-1' },
      {
        name: 'RI 1yr All Upfront',
        pricingModel: {
          kind: 'reserved',
          term: '1yr',
          offeringClass: 'standard',
          purchaseOption: 'All Upfront',
        },
      },
    ],
    catalog,
    { asOf: '2026-11-26' },
  );

  it("prices each scenario and keeps each one's whole totals with their coverage", () => {
    // As is: 10 × 730 × 0.096 = 700.80; 2 × 730 × 0.1008 = 147.168 → 847.968.
    // Graviton: m5.large → m6g.large (cheapest m*g.large): 10 × 730 × 0.077 = 562.10; m7i → m6g: 2 × 730 × 0.077 = 112.42 → 674.52.
    // Singapore: 10 × 730 × 0.12 = 876; 2 × 730 × 0.126 = 183.96 → 1,059.96.
    expect(comparison.totals.map((t) => t.totals.monthly)).toEqual([
      '847.968',
      '674.52',
      '1059.96',
      '0',
    ]);
    expect(comparison.totals.map((t) => t.coverage.unpricedIds)).toEqual([[], [], [], ['batch']]);
  });

  it('names the Graviton swaps it made', () => {
    const graviton = comparison.scenarios[1]!;
    expect(graviton.warnings).toContain(
      'app: m5.large → m6g.large (same class and size, cheapest matching On-Demand type at $0.077/h).',
    );
  });

  it('compares only on lines every scenario prices: batch has no RI price, so it is left out', () => {
    expect(comparison.basis).toMatchObject({
      lines: 1,
      totalLines: 2,
      lineIds: ['app'],
      excluded: [{ itemId: 'batch', scenarios: ['RI 1yr All Upfront'] }],
      complete: false,
      text: 'compared on 1 of 2 lines; 1 line is unpriced (in whole or in part) in at least one scenario',
    });
    expect(comparison.scenarios[3]!.lines[1]!.components[0]!.status).toBe('price-not-in-catalog');
  });

  it('gives deltas on the basis over a common horizon, upfront spread over its term', () => {
    // Basis = app. As is 700.80; Graviton 562.10; Singapore 876; RI 10 × $494 = $4,940 upfront ÷ 12 = 411.6666666667/month.
    expect(comparison.horizonMonths).toBe(12);
    expect(comparison.totals.map((t) => t.basis.effectiveMonthly)).toEqual([
      '700.8',
      '562.1',
      '876',
      '411.6666666667',
    ]);
    expect(comparison.totals.map((t) => t.deltaEffectiveMonthly)).toEqual([
      '0',
      '-138.7',
      '175.2',
      '-289.1333333333',
    ]);
    // Over 12 months: 8,409.60; 6,745.20; 10,512; 4,940 → differences 0, −1,664.40, +2,102.40, −3,469.60.
    expect(comparison.totals.map((t) => t.deltaOverHorizon)).toEqual([
      '0',
      '-1664.4',
      '2102.4',
      '-3469.6',
    ]);
  });

  it('names no scenario cheapest overall when the basis is not the whole estimate', () => {
    // RI looks cheapest only because batch has no RI price: a saving from a missing price is not a saving.
    expect(comparison.cheapestScenario).toBeNull();
  });

  it('names the cheapest when every scenario prices every line', () => {
    const complete = compareScenarios(
      requirements,
      [
        { name: 'As is' },
        { name: 'Graviton', architecture: 'arm64' },
        { name: 'Singapore', region: 'ap-southeast-1' },
      ],
      catalog,
      { asOf: '2026-11-26' },
    );
    expect(complete.basis.complete).toBe(true);
    expect(complete.cheapestScenario).toBe('Graviton');
    expect(complete.totals[1]!.basis).toEqual(complete.totals[1]!.whole);
  });

  it('gives per-line deltas, and the cheapest per line only where every scenario priced it', () => {
    const [app, batch] = comparison.lines;
    expect(app!.inBasis).toBe(true);
    expect(app!.effectiveMonthly).toEqual(['700.8', '562.1', '876', '411.6666666667']);
    expect(app!.deltaEffectiveMonthly).toEqual(['0', '-138.7', '175.2', '-289.1333333333']);
    expect(app!.cheapestScenario).toBe('RI 1yr All Upfront');
    expect(batch!.inBasis).toBe(false);
    expect(batch!.monthly).toEqual(['147.168', '112.42', '183.96', null]);
    expect(batch!.cheapestScenario).toBeNull();
  });
});

describe('parseInstanceType', () => {
  it('keeps features and drops processor letters', () => {
    expect(parseInstanceType('m6id.large')).toMatchObject({
      cls: 'm',
      generation: 6,
      features: 'd',
      size: 'large',
    });
    expect(parseInstanceType('db.r6g.xlarge')).toMatchObject({
      prefix: 'db.',
      cls: 'r',
      generation: 6,
      features: '',
      size: 'xlarge',
    });
  });
});

describe('scenario swaps beyond EC2', () => {
  /** us-east-1 RDS MySQL Single-AZ On-Demand (aws.amazon.com/rds/mysql/pricing, 2025): db.m5.large $0.171, db.m6g.large $0.152, db.m7g.large $0.168. */
  const rds = (type: string, price: string): RecordInput => ({
    id: `curated:AmazonRDS:us-east-1:${type}:MySQL:Single-AZ`,
    service: 'AmazonRDS',
    region: 'us-east-1',
    productFamily: 'Database Instance',
    unit: 'Hrs',
    price,
    attributes: {
      instanceType: type,
      databaseEngine: 'MySQL',
      deploymentOption: 'Single-AZ',
      licenseModel: 'No license required',
    },
  });
  const dbCatalog = buildCatalog(
    [rds('db.m5.large', '0.171'), rds('db.m6g.large', '0.152'), rds('db.m7g.large', '0.168')],
    'rds-swap',
  );
  const db: Requirements = {
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
    items: [
      {
        id: 'db',
        service: 'rds',
        quantity: 1,
        engine: 'mysql',
        instanceClass: 'db.m5.large',
        deployment: 'single-az',
        storageType: 'gp3',
        storageGb: 0,
      },
    ],
  };

  it('swaps an RDS class to the cheapest Graviton class of the same size and applies a discount set', () => {
    const c = compareScenarios(
      db,
      [
        { name: 'As is' },
        { name: 'Graviton', architecture: 'arm64' },
        { name: 'Gen 7', minGeneration: 7 },
        { name: 'EDP 10 %', discounts: [{ name: 'EDP', percent: 10 }] },
      ],
      dbCatalog,
      { asOf: '2026-11-26' },
    );
    const instance = (i: number) => c.scenarios[i]!.lines[0]!.components[0]!;
    expect(instance(1).name).toBe('Database instance (MySQL, Single-AZ, On-Demand, db.m6g.large)');
    // Gen 7 keeps the architecture (x86): no db.m7i in this catalog, so the class stays and the scenario says so.
    expect(instance(2).name).toContain('db.m5.large');
    expect(c.scenarios[2]!.warnings[0]).toBe(
      'Gen 7: kept 1 line as it was — no generation ≥ 7 equivalent (same class, features and size) in catalog rds-swap (db).',
    );
    expect(c.scenarios[2]!.lines[0]!.warnings).toContain(
      'Gen 7: kept as it was — no generation ≥ 7 equivalent (same class, features and size) in catalog rds-swap.',
    );
    // 730 × 0.171 = 124.83; × 0.9 = 112.347 after the EDP. Storage has no price here (gap), so compare the instance only.
    expect(instance(0).cost).toBe('124.83');
    expect(c.scenarios[3]!.adjustments[0]).toMatchObject({ kind: 'discount', monthly: '-12.483' });
  });
});

describe('compareScenarios across currencies', () => {
  it('never subtracts a scenario priced in PHP from one in USD: no differences, no cheapest', () => {
    const inPesos = {
      name: 'In pesos',
      settings: { fx: { currency: 'PHP', rate: '58.25', asOf: '2026-11-20' } },
    };
    const mixed = compareScenarios(requirements, [{ name: 'As is' }, inPesos], catalog, {
      asOf: '2026-11-26',
    });
    expect(mixed.basis.sameCurrency).toBe(false);
    expect(mixed.basis.text).toContain('different currencies (USD, PHP)');
    expect(mixed.totals.map((t) => t.deltaOverHorizon)).toEqual([null, null]);
    expect(mixed.cheapestScenario).toBeNull();
    // Every scenario in PHP compares normally.
    const both = compareScenarios(requirements, [inPesos, { ...inPesos, name: 'Again' }], catalog, {
      asOf: '2026-11-26',
    });
    expect(both.totals.map((t) => t.deltaOverHorizon)).toEqual(['0', '0']);
  });
});
