import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { AWS_REGION_CODES } from '../../../core/vocabulary/regions';
import { price } from './embedded-price';

/**
 * Inter-region data transfer, transcribed from AWS's data-transfer pricing-page feed
 * (datatransfer.json as fetched 2025-06-05, QuinnyPig/aws-price-watcher `processed/`;
 * scripts/snapshot/data/inter-region-feed-2025-06-05.ts). Every expected figure is read by hand from
 * the feed row named beside it, at the location "<source> (To Location: <destination>)" — not from
 * the catalog.
 */

const catalog = new PriceCatalog(embeddedSnapshot());

function lookup(from: string, to: string) {
  return catalog.lookup({
    service: 'AWSDataTransfer',
    region: from,
    productFamily: 'Data Transfer',
    attributes: { transferType: 'InterRegion Outbound', toRegionCode: to },
    unit: 'GB',
  });
}

function monthly(from: string, to: string, gb: number): string {
  const line = price(from, {
    id: 'x',
    service: 'data-transfer',
    quantity: 1,
    interRegionOutGb: gb,
    destinationRegion: to,
  });
  expect({ from, to, incomplete: line.incomplete ?? false }).toEqual({
    from,
    to,
    incomplete: false,
  });
  return line.monthly;
}

describe('inter-region data transfer (datatransfer.json, 2025-06-05)', () => {
  it('has one price for every ordered pair of commercial regions but the two the feed lacks', () => {
    const missing: string[] = [];
    for (const from of AWS_REGION_CODES)
      for (const to of AWS_REGION_CODES) {
        if (from === to) continue;
        const found = lookup(from, to);
        if (found.status === 'missing') missing.push(`${from} → ${to}`);
        else expect({ from, to, status: found.status }).toEqual({ from, to, status: 'found' });
      }
    // The feed has no row for Asia Pacific (Jakarta) to Asia Pacific (Osaka) or South America
    // (Sao Paulo), and neither has any other source: visible gaps.
    expect(missing).toEqual(['ap-southeast-3 → ap-northeast-3', 'ap-southeast-3 → sa-east-1']);
  });

  it('cites the 2025 feed row, also for pairs the 2022 grid priced the same', () => {
    const found = lookup('us-east-1', 'eu-central-1');
    expect(found.status).toBe('found');
    const [record] = found.status === 'found' ? found.records : [];
    expect(record?.source?.asOf).toBe('2025-06-05');
    expect(record?.source?.note).toContain(
      'row "DataTransfer InterRegion Outbound to EU Frankfurt", location "US East (N. Virginia) (To Location: EU (Frankfurt))"',
    );
  });

  it('prices N. Virginia to Ohio at the neighbouring-region rate', () => {
    // "DataTransfer InterRegion Outbound to US East Ohio", US East (N. Virginia): 0.01.
    // 5,000 × 0.01 = 50.
    expect(monthly('us-east-1', 'us-east-2', 5000)).toBe('50');
  });

  it('prices pairs of regions newer than the 2022 grid', () => {
    // "… to US East N Virginia", Mexico (Central): 0.02 → 800 × 0.02 = 16.
    expect(monthly('mx-central-1', 'us-east-1', 800)).toBe('16');
    // "… to EU Zurich", Asia Pacific (Melbourne): 0.10 → 250 × 0.10 = 25.
    expect(monthly('ap-southeast-4', 'eu-central-2', 250)).toBe('25');
    // "… to Asia Pacific Singapore", Asia Pacific (Malaysia): 0.08 → 1,000 × 0.08 = 80.
    expect(monthly('ap-southeast-5', 'ap-southeast-1', 1000)).toBe('80');
    // "… to Middle East UAE", Israel (Tel Aviv): 0.08 → 300 × 0.08 = 24.
    expect(monthly('il-central-1', 'me-central-1', 300)).toBe('24');
  });

  it('prices by destination from one source region', () => {
    // South America (Sao Paulo): "… to Africa Cape Town" 0.138 → 1,500 × 0.138 = 207.
    expect(monthly('sa-east-1', 'af-south-1', 1500)).toBe('207');
    // Canada West (Calgary): "… to Asia Pacific Thailand" 0.08 → 100 × 0.08 = 8.
    expect(monthly('ca-west-1', 'ap-southeast-7', 100)).toBe('8');
  });
});
