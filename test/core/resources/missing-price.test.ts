import { monthlyCost } from '../../../core/estimate/quick-price';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import type { Requirements } from '../../../core/requirements/requirements';
import { buildCatalog } from './catalog-builder';

/** gp3 storage us-east-2 $0.08/GB-month, AWS Price List AmazonEC2 20230322145651. */
const catalog = buildCatalog(
  [
    {
      id: 'M6UGCCQ3CDJQAA37.JRTCKXETXF.6YS6EN2CT7',
      service: 'AmazonEC2',
      region: 'us-east-2',
      productFamily: 'Storage',
      attributes: { volumeApiName: 'gp3' },
      unit: 'GB-Mo',
      price: '0.0800000000',
    },
  ],
  'missing-test',
);

const requirements: Requirements = {
  settings: { region: 'us-east-2', pricingModel: { kind: 'on-demand' } },
  items: [
    { id: 'vol', service: 'ebs', quantity: 1, volumeType: 'gp3', storageGb: 100, iops: 5000 },
    { id: 'vm', service: 'ec2', quantity: 1, instanceType: 'm7g.large', os: 'Linux' },
  ],
};

describe('a price the catalog does not have', () => {
  const estimate = priceRequirements(requirements, catalog, { asOf: '2026-11-26' });

  it('is a visible component with no cost, never $0', () => {
    const iops = estimate.lines[0]!.components[1]!;
    expect(iops).toMatchObject({
      name: 'Provisioned IOPS (gp3, above 3,000)',
      status: 'price-not-in-catalog',
      cost: null,
      unitPrice: null,
      priceId: null,
      quantity: '2000',
    });
    expect(estimate.lines[1]!.components[0]).toMatchObject({
      status: 'price-not-in-catalog',
      cost: null,
    });
  });

  it('marks the lines incomplete and warns, while the totals hold only what was priced', () => {
    expect(estimate.lines.map((l) => l.incomplete)).toEqual([true, true]);
    expect(estimate.warnings[0]).toBe(
      '2 line(s) have components that are not priced (see their warnings); totals exclude them.',
    );
    expect(estimate.totals.monthly).toBe('8');
  });

  it('makes the single-cell price null rather than a partial sum', () => {
    const cell = monthlyCost(catalog, requirements.items[0]!, requirements.settings);
    expect(cell).toMatchObject({
      monthly: null,
      status: 'incomplete',
      priceIds: ['M6UGCCQ3CDJQAA37.JRTCKXETXF.6YS6EN2CT7'],
    });
    expect(
      monthlyCost(
        catalog,
        { id: 'x', service: 'ebs', quantity: 2, volumeType: 'gp3', storageGb: 100 },
        requirements.settings,
      ).monthly,
    ).toBe('16');
  });
});

describe('usage above the last tier the catalog prices', () => {
  // Only the first internet-egress tier is in this catalog: $0.09/GB for the first 10 TB.
  const firstTierOnly = buildCatalog(
    [
      {
        id: 'curated:AWSDataTransfer:us-east-1:internet-out:0',
        service: 'AWSDataTransfer',
        region: 'us-east-1',
        productFamily: 'Data Transfer',
        attributes: { transferType: 'AWS Outbound', toLocation: 'External' },
        unit: 'GB',
        price: '0.0900000000',
        endRange: '10240',
      },
    ],
    'first-tier-only',
  );
  const settings = { region: 'us-east-1', pricingModel: { kind: 'on-demand' as const } };

  it('is a visible unpriced component with the excess quantity, never silently dropped', () => {
    const estimate = priceRequirements(
      {
        settings,
        items: [{ id: 'dt', service: 'data-transfer', quantity: 1, internetOutGb: 12240 }],
      },
      firstTierOnly,
      { asOf: '2026-12-05' },
    );
    const [first, beyond] = estimate.lines[0]!.components;
    // 10,240 GB × $0.09 = $921.60; the other 2,000 GB have no price.
    expect(first).toMatchObject({ quantity: '10240', cost: '921.6', status: 'priced' });
    expect(beyond).toMatchObject({
      name: 'Data transfer out to the internet (over 10 TB)',
      quantity: '2000',
      cost: null,
      status: 'price-not-in-catalog',
    });
    expect(estimate.lines[0]!.incomplete).toBe(true);
    expect(estimate.totals.monthly).toBe('921.6');
  });

  it('adds nothing while the usage stays inside the priced tiers', () => {
    const estimate = priceRequirements(
      {
        settings,
        items: [{ id: 'dt', service: 'data-transfer', quantity: 1, internetOutGb: 1000 }],
      },
      firstTierOnly,
      { asOf: '2026-12-05' },
    );
    expect(estimate.lines[0]!.components.map((c) => c.status)).toEqual(['priced']);
    expect(estimate.lines[0]!.incomplete).toBeFalsy();
  });
});
