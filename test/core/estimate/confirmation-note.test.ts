import { Decimal, PriceCatalog, priceComponent } from '../../../core';
import type { ComponentSpec, PriceRecord, PriceSource } from '../../../core';
import { record, shardOf, snapshotOf } from '../catalog/catalog-fixtures';

/**
 * A price a newer source gives unchanged says so on its cost line: its own date and the date it was
 * last seen unchanged (DECISIONS 101). 1 × t2.nano × 730 h × $0.0081 = $5.913.
 */
const scrape = { reference: 'https://example.org/scrape', asOf: '2023-01-06' };
const windows = (confirmedBy?: PriceSource): PriceRecord =>
  record({
    sku: 'curated:AmazonEC2:us-east-2:t2.nano:Windows',
    id: 'curated:AmazonEC2:us-east-2:t2.nano:Windows',
    region: 'us-east-2',
    attributes: { instanceType: 't2.nano', operatingSystem: 'Windows', tenancy: 'Shared' },
    price: '0.0081',
    source: scrape,
    ...(confirmedBy ? { confirmedBy } : {}),
  });

const spec: ComponentSpec = {
  name: 'Instance usage (Windows, On-Demand, t2.nano)',
  unit: 'hours',
  charge: 'monthly',
  quantity: Decimal.from(730),
  quantityWords: '1 × t2.nano × 730 h',
  query: {
    service: 'AmazonEC2',
    region: 'us-east-2',
    attributes: { instanceType: 't2.nano', operatingSystem: 'Windows', tenancy: 'Shared' },
    term: { type: 'OnDemand' },
  },
};

const explanation = (r: PriceRecord): string | undefined => {
  const catalog = new PriceCatalog(snapshotOf('t', [shardOf([r], 'AmazonEC2', 'us-east-2')]));
  const [priced] = priceComponent(spec, catalog);
  return priced?.component.explanation;
};

const line =
  '1 × t2.nano × 730 h × $0.0081/h = $5.91 [price curated:AmazonEC2:us-east-2:t2.nano:Windows].';

describe('a price a newer source confirms unchanged', () => {
  it('names its own date and the confirmation’s on the cost line, and to how many decimals a rounding source confirms it', () => {
    expect(
      explanation(
        windows({ reference: 'https://example.org/copy', asOf: '2026-05', roundedTo: 5 }),
      ),
    ).toBe(`${line} Price as of 2023-01-06, confirmed unchanged to 5 decimals as of 2026-05.`);
    expect(
      explanation(windows({ reference: 'https://example.org/feed', asOf: '2026-09-24' })),
    ).toBe(`${line} Price as of 2023-01-06, confirmed unchanged as of 2026-09-24.`);
  });

  it('says nothing more without a confirmation, and never changes the cost', () => {
    expect(explanation(windows())).toBe(line);
    const catalog = new PriceCatalog(
      snapshotOf('t', [
        shardOf(
          [windows({ reference: 'https://example.org/copy', asOf: '2026-05' })],
          'AmazonEC2',
          'us-east-2',
        ),
      ]),
    );
    expect(priceComponent(spec, catalog)[0]?.cost?.toString()).toBe('5.913');
  });
});
