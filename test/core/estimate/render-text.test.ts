import {
  PriceCatalog,
  priceRequirements,
  renderEstimateCsv,
  renderEstimateText,
} from '../../../core';
import type { Requirements } from '../../../core';

const catalog = new PriceCatalog({
  version: 'render-test',
  createdAt: '2026-11-26T00:00:00Z',
  shards: [
    {
      service: 'AmazonEC2',
      region: 'us-east-1',
      version: '2026-07-20',
      publishedAt: '2026-07-20T00:00:00Z',
      source: 'test',
      records: [
        {
          id: 'curated:AmazonEC2:us-east-1:m7g.large:Linux:Shared:OnDemand',
          sku: 'curated:AmazonEC2:us-east-1:m7g.large:Linux:Shared:OnDemand',
          service: 'AmazonEC2',
          productFamily: 'Compute Instance',
          region: 'us-east-1',
          attributes: {
            instanceType: 'm7g.large',
            operatingSystem: 'Linux',
            tenancy: 'Shared',
            preInstalledSw: 'NA',
            licenseModel: 'No License required',
            capacitystatus: 'Used',
          },
          unit: 'Hrs',
          beginRange: '0',
          endRange: 'Inf',
          price: '0.0816000000',
          currency: 'USD',
          term: { type: 'OnDemand' },
          effectiveDate: '2026-07-20',
        },
      ],
    },
  ],
});

const requirements: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    { id: 'web', service: 'ec2', quantity: 2, instanceType: 'm7g.large', os: 'Linux' },
    { id: 'sql', service: 'ec2', quantity: 1, instanceType: 'm7g.large', os: 'Windows' },
  ],
};

describe('the text report of an estimate', () => {
  it('prints a line whose price is missing as "not priced", never $0.00', () => {
    const text = renderEstimateText(priceRequirements(requirements, catalog));
    const sql = text.split('\n').find((l) => l.startsWith('sql'));
    expect(sql).toContain('not priced');
    expect(sql).not.toMatch(/\$0\.00\s+\$/);
    const web = text.split('\n').find((l) => l.startsWith('web'));
    expect(web).toContain('$119.14');
    expect(web).not.toContain('not priced');
  });

  it('shows the coverage beside the totals and what is not priced, and why', () => {
    const text = renderEstimateText(priceRequirements(requirements, catalog));
    expect(text).toContain(
      'Coverage: 1 of 2 lines priced (50 %); 1 not priced — the totals leave out what is not priced.',
    );
    // Windows on m7g.large (Graviton) is a combination AWS does not offer: said so, never priced.
    expect(text).toContain(
      '  - sql (1 × EC2 m7g.large (Windows)): not priced — invalid combination',
    );
    expect(text.split('\n').find((l) => l.startsWith('sql'))).toMatch(/not priced\s+—$/);
  });

  it('writes a line with nothing priced with empty amounts in the CSV, and the coverage in its summary', () => {
    const csv = renderEstimateCsv(priceRequirements(requirements, catalog));
    expect(csv).toContain(',us-east-1,1 × EC2 m7g.large (Windows),ec2,,,,USD,Not priced,');
    expect(csv).toContain('119.14,1429.63,USD,2,1,0,1,1 of 2 lines priced (50 %); 1 not priced');
  });
});
