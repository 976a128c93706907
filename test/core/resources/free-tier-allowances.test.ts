import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import type { RequirementItem } from '../../../core/requirements/requirement-items';

/*
 * The always-free allowances (core/resources/free-tier.ts), worked by hand from the us-east-1 prices
 * in the embedded catalog (AWS's pricing-page feeds): DynamoDB Standard storage $0.25/GB-month,
 * provisioned RCU $0.00013/h, WCU $0.00065/h, Streams reads $0.0000002 each; CloudWatch metrics
 * $0.30 (first 10,000), alarms $0.10, dashboards $3.00, Logs ingestion $0.50/GB, storage $0.03/GB-month.
 */
const catalog = new PriceCatalog(embeddedSnapshot());

function line(item: RequirementItem, freeTier: boolean) {
  const estimate = priceRequirements(
    {
      settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' }, freeTier },
      items: [item],
    },
    catalog,
    { asOf: '2026-12-06' },
  );
  return estimate.lines[0]!;
}

const costs = (l: ReturnType<typeof line>) =>
  Object.fromEntries(l.components.map((c) => [c.name, c.cost]));

const table: RequirementItem = {
  id: 'orders',
  service: 'dynamodb',
  quantity: 1,
  capacityMode: 'provisioned',
  readCapacityUnits: 100,
  writeCapacityUnits: 50,
  storageGb: 40,
  streamReadRequestsMillions: 10,
};

describe('DynamoDB free tier', () => {
  it('takes 25 GB, 25 RCU, 25 WCU and 2.5 million Streams reads off a Standard table', () => {
    const l = line(table, true);
    expect(costs(l)).toEqual({
      // (100 − 25) RCU × 730 h × $0.00013 = $7.1175
      'Read capacity units (Standard)': '7.1175',
      // (50 − 25) WCU × 730 h × $0.00065 = $11.8625
      'Write capacity units (Standard)': '11.8625',
      // (40 − 25) GB × $0.25 = $3.75
      'Storage (Standard)': '3.75',
      // (10,000,000 − 2,500,000) × $0.0000002 = $1.50
      'Streams read requests': '1.5',
    });
    expect(l.monthly).toBe('24.23');
    expect(l.components.find((c) => c.name === 'Storage (Standard)')?.explanation).toContain(
      '(40 − 25 free) GB-months',
    );
    expect(l.warnings.join(' ')).toMatch(/DynamoDB free tier applied .* shared by all tables/);
  });

  it('prices the same table in full without the free tier', () => {
    // 100 × 730 × 0.00013 = 9.49; 50 × 730 × 0.00065 = 23.725; 40 × 0.25 = 10; 10M × 0.0000002 = 2
    expect(line(table, false).monthly).toBe('45.215');
  });

  it('never goes below zero: a table inside the allowance costs nothing for it', () => {
    const small = { ...table, readCapacityUnits: 10, writeCapacityUnits: 5, storageGb: 1 };
    const c = costs(line(small, true));
    expect(c['Read capacity units (Standard)']).toBe('0');
    expect(c['Storage (Standard)']).toBe('0');
  });

  it('gives on-demand request units no allowance (storage only)', () => {
    const l = line(
      {
        id: 'od',
        service: 'dynamodb',
        quantity: 1,
        capacityMode: 'on-demand',
        readRequestUnitsMillions: 4,
        writeRequestUnitsMillions: 1,
        storageGb: 30,
      },
      true,
    );
    const c = costs(l);
    expect(c['Storage (Standard)']).toBe('1.25'); // (30 − 25) × 0.25
    expect(l.warnings.join(' ')).toContain('on-demand request units have no free tier');
  });

  it('leaves a Standard-IA table priced in full, and says why', () => {
    const ia: RequirementItem = { ...table, tableClass: 'standard-ia' };
    expect(line(ia, true).components.find((c) => c.name.startsWith('Storage'))?.cost).toBe(
      line(ia, false).components.find((c) => c.name.startsWith('Storage'))?.cost,
    );
    expect(line(ia, true).warnings.join(' ')).toContain('covers Standard-class tables only');
  });
});

describe('CloudWatch free tier', () => {
  const cw: RequirementItem = {
    id: 'obs',
    service: 'cloudwatch',
    quantity: 1,
    customMetrics: 50,
    logsIngestedGb: 8,
    logsStoredGb: 20,
    alarms: 12,
    dashboards: 2,
  };

  it('takes 10 metrics, 10 alarms, 3 dashboards and 5 GB of Logs data off the line', () => {
    const l = line(cw, true);
    expect(costs(l)).toEqual({
      'Metrics (first 10K)': '12', // (50 − 10) × $0.30
      'Logs ingestion (Standard)': '1.5', // (8 − 5) × $0.50
      'Logs storage (archived)': '0.6', // the 5 GB went to ingestion: 20 × $0.03
      'Standard alarms': '0.2', // (12 − 10) × $0.10
      Dashboards: '0', // 2 − 3 → 0
    });
    expect(l.monthly).toBe('14.3');
    expect(l.warnings.join(' ')).toContain('CloudWatch free tier applied');
  });

  it('gives what ingestion leaves of the 5 GB to archive storage', () => {
    const c = costs(line({ ...cw, logsIngestedGb: 2 }, true));
    expect(c['Logs ingestion (Standard)']).toBe('0');
    expect(c['Logs storage (archived)']).toBe('0.51'); // (20 − 3) × $0.03
  });

  it('prices the line in full without the free tier', () => {
    // 50 × 0.30 + 8 × 0.50 + 20 × 0.03 + 12 × 0.10 + 2 × 3.00 = 15 + 4 + 0.6 + 1.2 + 6
    expect(line(cw, false).monthly).toBe('26.8');
  });
});
