/** @jest-environment node */
import type { Requirements } from '../../../core';
import { checkAgainstCatalog } from '../../../addin/workflow/catalog-check';
import { RegionCatalogCache } from '../../../addin/catalog-cache/region-catalog-cache';
import { pricingDataBody } from '../helpers/embedded-catalog';

/**
 * Validate's catalog check downloads a region's Reserved and Savings Plans rates only when the
 * requirements use such a term (DECISIONS 95), and then finds them.
 */
function cache() {
  const asked: string[] = [];
  const catalogs = new RegionCatalogCache(async (region, _etag, terms) => {
    asked.push(`${region} ${terms}`);
    return { status: 'modified', etag: null, body: pricingDataBody(region, terms) };
  });
  return { catalogs, asked };
}

const onDemand: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [{ id: 'web', service: 'ec2', quantity: 2, instanceType: 'm5.large', os: 'Linux' }],
};

describe('checkAgainstCatalog: commitments only for requirements that use them', () => {
  it('On-Demand requirements download the On-Demand part of each region only', async () => {
    const { catalogs, asked } = cache();
    const check = await checkAgainstCatalog(
      {
        ...onDemand,
        items: [...onDemand.items, { ...onDemand.items[0]!, id: 'eu', region: 'eu-west-1' }],
      },
      catalogs,
    );
    expect(check).toEqual({ errors: [], warnings: [] });
    expect(asked).toEqual(['us-east-1 on-demand', 'eu-west-1 on-demand']);
  });

  it.each([
    [
      'the estimate is Reserved',
      {
        ...onDemand,
        settings: {
          region: 'us-east-1',
          pricingModel: {
            kind: 'reserved',
            term: '1yr',
            offeringClass: 'standard',
            purchaseOption: 'No Upfront',
          },
        },
      } as Requirements,
    ],
    [
      'one item is on a Compute Savings Plan',
      {
        ...onDemand,
        items: [
          {
            ...onDemand.items[0]!,
            pricingModel: {
              kind: 'savings-plan',
              plan: 'compute',
              term: '1yr',
              purchaseOption: 'All Upfront',
            },
          },
        ],
      } as Requirements,
    ],
  ])(
    '%s: the commitments are downloaded too, and the rate is found',
    async (_what, requirements) => {
      const { catalogs, asked } = cache();
      const check = await checkAgainstCatalog(requirements, catalogs);
      expect(check).toEqual({ errors: [], warnings: [] });
      expect(asked).toEqual(['us-east-1 on-demand', 'us-east-1 commitments']);
    },
  );

  it('a Savings Plan the catalog lacks is a warning on its line, not a failure to check', async () => {
    const { catalogs } = cache();
    const requirements = {
      ...onDemand,
      settings: {
        region: 'eu-west-1',
        pricingModel: {
          kind: 'savings-plan',
          plan: 'compute',
          term: '1yr',
          purchaseOption: 'No Upfront',
        },
      },
    } as Requirements;
    const check = await checkAgainstCatalog(requirements, catalogs);
    expect(check.skipped).toBeUndefined();
    expect(check.warnings.map((w) => w.message).join(' ')).toMatch(/Savings Plan/);
  });
});
