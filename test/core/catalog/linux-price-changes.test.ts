import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { ec2InstanceAttributes, ec2ProductFamily } from '../../../core/resources/ec2-os';
import { compareDecimal } from '../../../scripts/snapshot/decimal';
import { EC2_LINUX_2026_05 } from '../../../scripts/snapshot/data/ec2-linux-2026-05';
import { itWithShared, sharedDir } from '../../helpers/shared-data';

/**
 * EC2 Linux On-Demand prices the May 2026 copy of the Price List has newer than AWS's 2025-04-04
 * pricing-page feed (scripts/snapshot/data/ec2-linux-2026-05.ts): the catalog answers the newer
 * price, and in us-east-1 the newer 2026-07-20 export where it has the type.
 */
const catalog = new PriceCatalog(embeddedSnapshot());

function linuxOnDemand(region: string, instanceType: string) {
  const lookup = catalog.lookup({
    service: 'AmazonEC2',
    region,
    productFamily: ec2ProductFamily(instanceType),
    attributes: ec2InstanceAttributes(instanceType, 'Linux', 'shared'),
    unit: 'Hrs',
  });
  if (lookup.status !== 'found' || lookup.records.length !== 1)
    throw new Error(`${region} ${instanceType}: ${lookup.status}`);
  return lookup.records[0]!;
}

const rows = Object.entries(EC2_LINUX_2026_05).flatMap(([region, types]) =>
  Object.entries(types).map(([type, [price, replaces]]) => ({ region, type, price, replaces })),
);

describe('EC2 Linux On-Demand prices newer than the 2025-04-04 feed', () => {
  it('are AWS price cuts: every one is lower than the feed price it replaces', () => {
    expect(rows).toHaveLength(68);
    expect(rows.filter((r) => Number(r.price) >= Number(r.replaces))).toEqual([]);
  });

  it('are what the catalog answers (or the newer 2026-07-20 us-east-1 export)', () => {
    const wrong: string[] = [];
    for (const r of rows) {
      const record = linuxOnDemand(r.region, r.type);
      const date = record.source?.asOf ?? '';
      if (compareDecimal(record.price, r.price) === 0) continue;
      if (r.region === 'us-east-1' && date >= '2026-07') continue;
      wrong.push(`${r.region} ${r.type}: ${record.price} (${date}) ≠ ${r.price}`);
    }
    expect(wrong).toEqual([]);
  });

  it('prices a p4d.24xlarge in Singapore at the cut price (26.34917 $/h, was 39.3271)', () => {
    const record = linuxOnDemand('ap-southeast-1', 'p4d.24xlarge');
    expect(compareDecimal(record.price, '26.34917')).toBe(0);
    expect(record.source?.asOf).toBe('2026-05');
  });
});

const withFeeds = itWithShared('price-data');

describe('EC2 Linux price changes against ../shared/price-data', () => {
  withFeeds('replace exactly the price each region’s 2025-04-04 feed gives the type', () => {
    const dir = sharedDir('price-data/aws-pricing-page-feeds/ec2');
    const wrong: string[] = [];
    for (const r of rows) {
      const prices: string[] = [];
      for (const kind of ['ondemand', 'previousgen-ondemand']) {
        const file = path.join(dir, `${r.region}-${kind}.json`);
        if (!existsSync(file)) continue;
        const feed = JSON.parse(readFileSync(file, 'utf8')) as {
          regions: Record<string, Record<string, { 'Instance Type': string; price: string }>>;
        };
        for (const rowsOf of Object.values(feed.regions))
          for (const row of Object.values(rowsOf))
            if (row['Instance Type'] === r.type) prices.push(row.price);
      }
      if (prices.length !== 1 || compareDecimal(prices[0]!, r.replaces) !== 0)
        wrong.push(`${r.region} ${r.type}: feed ${prices.join(', ')} ≠ ${r.replaces}`);
    }
    expect(wrong).toEqual([]);
  });
});
