import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import type { Requirements } from '../../../core/requirements/requirements';
import { ResourceInputError } from '../../../core/resources/resource-input-error';
import { buildCatalog } from './catalog-builder';

/** Dedicated Hosts as the AWS bulk-import reader produces them (core/sheets/bulk/bulk-hosts-reader.ts). */
const hosts = (extra: object = {}): Requirements => ({
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    {
      id: 'Hosts-3',
      service: 'ec2',
      quantity: 3,
      os: 'Linux',
      tenancy: 'dedicated',
      dedicatedHostFamily: 'r8i',
      ...extra,
    },
  ],
});

describe('EC2 Dedicated Hosts', () => {
  it('against the embedded snapshot: a visible price-not-in-catalog host line, never an error or $0', () => {
    const catalog = new PriceCatalog(embeddedSnapshot());
    const estimate = priceRequirements(hosts(), catalog, { asOf: '2026-11-26' });
    const line = estimate.lines[0]!;
    expect(line.components).toHaveLength(1);
    expect(line.components[0]).toMatchObject({
      name: 'Host usage (Dedicated Host, On-Demand, r8i)',
      status: 'price-not-in-catalog',
      quantity: '2190',
      cost: null,
    });
    expect(line.incomplete).toBe(true);
    expect(line.warnings.join('\n')).toContain(
      "no On-Demand Dedicated Host price for the r8i family in us-east-1 (Price List productFamily 'Dedicated Host')",
    );
  });

  it('prices whole hosts per host-hour from a Dedicated Host record (instanceType = family)', () => {
    // Any record shaped like the Price List's host product; the amount is the test's own input.
    const catalog = buildCatalog(
      [
        {
          id: 'test:AmazonEC2:us-east-1:r8i:DedicatedHost:OnDemand',
          service: 'AmazonEC2',
          region: 'us-east-1',
          productFamily: 'Dedicated Host',
          attributes: { instanceType: 'r8i', usagetype: 'HostUsage:r8i' },
          unit: 'Hrs',
          price: '7.2580000000',
        },
      ],
      'hosts-test',
    );
    const estimate = priceRequirements(hosts({ utilizationPct: 50 }), catalog, {
      asOf: '2026-11-26',
    });
    const line = estimate.lines[0]!;
    // 3 hosts × 365 h × $7.258 = $7,947.51
    expect(line.monthly).toBe('7947.51');
    expect(line.components[0]!.explanation).toContain('3 × r8i × 365 h × $7.258/h = $7,947.51');
    expect(line.warnings).toEqual([]);
  });

  it('refuses Spot, which does not exist for hosts, naming the item and field', () => {
    const catalog = buildCatalog([], 'empty');
    expect(() =>
      priceRequirements(hosts({ pricingModel: { kind: 'spot', discountPct: 60 } }), catalog),
    ).toThrow(ResourceInputError);
    expect(() =>
      priceRequirements(hosts({ pricingModel: { kind: 'spot', discountPct: 60 } }), catalog),
    ).toThrow(/Hosts-3.*pricingModel/);
  });
});
