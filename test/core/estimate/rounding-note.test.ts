import { Decimal, PriceCatalog, priceComponent, roundedPrices } from '../../../core';
import type { ComponentSpec, PriceRecord } from '../../../core';
import { record, shardOf, snapshotOf } from '../catalog/catalog-fixtures';

/**
 * A price whose only source rounds it says so on its cost line and in the catalog's rounded-price
 * report (DECISIONS 96). Figures by hand: 5 decimals → AWS's price within ±$0.000005; 2 instances
 * × 730 h × $22.99444 = $33,571.8824 (22,994.44 + 9,197.776 + 1,379.6664), within ±2 × 730 × 0.000005 = ±$0.0073; per instance-month 730 × 0.000005 =
 * $0.00365 (4 decimals: $0.0365).
 */
const source = { reference: 'https://example.org/copy', asOf: '2026-05' };
const rhel = (region: string, roundedTo?: number): PriceRecord =>
  record({
    sku: `curated:AmazonEC2:${region}:p4d.24xlarge:RHEL`,
    id: `curated:AmazonEC2:${region}:p4d.24xlarge:RHEL`,
    region,
    attributes: { instanceType: 'p4d.24xlarge', operatingSystem: 'RHEL', tenancy: 'Shared' },
    price: '22.99444',
    source: roundedTo === undefined ? source : { ...source, roundedTo },
  });

const spec = (region: string): ComponentSpec => ({
  name: 'Instance usage (RHEL, On-Demand, p4d.24xlarge)',
  unit: 'hours',
  charge: 'monthly',
  quantity: Decimal.from(1460),
  quantityWords: '2 × p4d.24xlarge × 730 h',
  query: {
    service: 'AmazonEC2',
    region,
    attributes: { instanceType: 'p4d.24xlarge', operatingSystem: 'RHEL', tenancy: 'Shared' },
    term: { type: 'OnDemand' },
  },
});

const catalog = new PriceCatalog(
  snapshotOf('t', [
    shardOf([rhel('us-east-2', 5)], 'AmazonEC2', 'us-east-2'),
    shardOf([rhel('us-east-1')], 'AmazonEC2', 'us-east-1'),
  ]),
);

describe('a price its only source rounds', () => {
  it('is named on the cost line with how far AWS’s price and the cost can be off', () => {
    const [priced] = priceComponent(spec('us-east-2'), catalog);
    expect(priced?.cost?.toString()).toBe('33571.8824');
    expect(priced?.component.explanation).toBe(
      '2 × p4d.24xlarge × 730 h × $22.99444/h = $33,571.88 [price curated:AmazonEC2:us-east-2:p4d.24xlarge:RHEL].' +
        " The price's only source rounds to 5 decimals: AWS's exact price is within ±$0.000005 of it, this cost within ±$0.0073.",
    );
  });

  it('says nothing more for an exact price', () => {
    const [priced] = priceComponent(spec('us-east-1'), catalog);
    expect(priced?.component.explanation).toBe(
      '2 × p4d.24xlarge × 730 h × $22.99444/h = $33,571.88 [price curated:AmazonEC2:us-east-1:p4d.24xlarge:RHEL].',
    );
  });

  it('is counted per region, service and places with the worst error per instance-month', () => {
    const snapshot = snapshotOf('t', [
      shardOf(
        [rhel('us-east-2', 5), { ...rhel('us-east-2', 5), id: 'x', sku: 'x' }],
        'AmazonEC2',
        'us-east-2',
      ),
      shardOf([rhel('us-east-1', 4), rhel('us-east-1')], 'AmazonEC2', 'us-east-1'),
    ]);
    expect(roundedPrices(snapshot)).toEqual([
      {
        region: 'us-east-1',
        service: 'AmazonEC2',
        places: 4,
        records: 1,
        hourly: 1,
        worstUnitError: '0.00005',
        worstMonthlyPerInstance: '0.0365',
      },
      {
        region: 'us-east-2',
        service: 'AmazonEC2',
        places: 5,
        records: 2,
        hourly: 2,
        worstUnitError: '0.000005',
        worstMonthlyPerInstance: '0.00365',
      },
    ]);
  });
});
