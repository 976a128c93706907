import { readFileSync } from 'node:fs';
import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceRecord } from '../../../core/catalog/price-record';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { compareDecimal } from '../../../scripts/snapshot/decimal';
import { EC2_COMPUTE_SP_US_EAST_1_2026_09_24 } from '../../../scripts/snapshot/data/ec2-compute-sp-2026-09-24';
import {
  COMPUTE_SP_SOURCE,
  EMBEDDED_SP_COLUMNS,
  computeSpRows,
  computeSpTerm,
} from '../../../scripts/snapshot/ec2-savings-plans-2026';
import { itWithShared, sharedDir } from '../../helpers/shared-data';

/**
 * EC2 Compute Savings Plans rates, Linux, us-east-1, from the 2026-09-24 copy of AWS's Savings
 * Plans pricing-page feeds (scripts/snapshot/ec2-savings-plans-2026.ts, DECISIONS 88): every rate
 * of the kept columns is in the embedded catalog, record by record, where the engine's query finds
 * it; the copy's own On-Demand column agrees with AWS's feeds.
 */
const catalog = new PriceCatalog(embeddedSnapshot());
const byId = new Map<string, PriceRecord>();
for (const shard of catalog.allShards())
  if (shard.service === 'AmazonEC2') for (const r of shard.records) byId.set(r.id, r);
const SOURCE_URL = `https://github.com/${COMPUTE_SP_SOURCE.repo}/blob/${COMPUTE_SP_SOURCE.commit}/${COMPUTE_SP_SOURCE.path}`;
const spId = (type: string, column: string): string => {
  const [lease, ...option] = column.split(' ');
  const what = [type, 'Linux', 'Shared', 'SavingsPlan', 'ComputeSavingsPlans', lease];
  return ['curated:AmazonEC2:us-east-1', ...what, option.join('')].join(':');
};

describe('EC2 Compute Savings Plans rates from the 2026-09-24 copy', () => {
  it('puts every rate of the kept columns in the catalog with its term and source', () => {
    const rows = computeSpRows();
    expect(rows).toHaveLength(809);
    const wrong: string[] = [];
    for (const row of rows) {
      for (const column of EMBEDDED_SP_COLUMNS) {
        const record = byId.get(spId(row.instanceType, column));
        const where = `${row.instanceType} ${column}`;
        if (!record) {
          wrong.push(`${where}: no record`);
          continue;
        }
        expect(record.term).toEqual(computeSpTerm(column));
        expect(record.attributes).toMatchObject({
          instanceType: row.instanceType,
          operatingSystem: 'Linux',
          tenancy: 'Shared',
          preInstalledSw: 'NA',
        });
        expect(record.source).toMatchObject({ reference: SOURCE_URL, asOf: '2026-09-24' });
        if (compareDecimal(record.price, row.rates.get(column) ?? '') !== 0)
          wrong.push(`${where}: ${record.price} ≠ ${row.rates.get(column)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps no column the catalog leaves out and no Savings Plans rate outside us-east-1', () => {
    const sp = [...byId.values()].filter(
      (r) => r.term.type === 'SavingsPlan' && r.source?.reference === SOURCE_URL,
    );
    expect(sp).toHaveLength(809 * EMBEDDED_SP_COLUMNS.length);
    expect(new Set(sp.map((r) => r.region))).toEqual(new Set(['us-east-1']));
  });

  it('reads a row in column order (m5.large) and the engine query finds its rate', () => {
    // od, 1 yr No / Partial / All Upfront, 3 yr No / Partial / All Upfront, as committed.
    expect(EC2_COMPUTE_SP_US_EAST_1_2026_09_24['m5.large']).toBe(
      '0.096 0.071 0.067 0.066 0.049 0.045 0.044',
    );
    const found = catalog.lookup({
      service: 'AmazonEC2',
      region: 'us-east-1',
      attributes: {
        instanceType: 'm5.large',
        tenancy: 'Shared',
        operatingSystem: 'Linux',
        preInstalledSw: 'NA',
        licenseModel: 'No License required',
      },
      term: computeSpTerm('3yr Partial Upfront'),
    });
    expect(found.status).toBe('found');
    expect(found.status === 'found' && found.records.map((r) => r.price)).toEqual(['0.0450000000']);
  });

  it('orders every row as AWS prices plans: longer term and more upfront cost less, all below On-Demand', () => {
    const out: string[] = [];
    for (const row of computeSpRows()) {
      const r = (c: string) => Number(row.rates.get(c as never));
      const ok =
        r('1yr No Upfront') >= r('1yr Partial Upfront') &&
        r('1yr Partial Upfront') >= r('1yr All Upfront') &&
        r('3yr No Upfront') >= r('3yr Partial Upfront') &&
        r('3yr Partial Upfront') >= r('3yr All Upfront') &&
        r('1yr No Upfront') > r('3yr No Upfront') &&
        r('1yr No Upfront') < Number(row.onDemand);
      if (!ok) out.push(row.instanceType);
    }
    expect(out).toEqual([]);
  });
});

const withFeeds = itWithShared('price-data');

describe('the copy’s On-Demand column against AWS’s 2025-04-04 Linux feed in ../shared/price-data', () => {
  withFeeds('equals the feed on every type it lists but the five AWS cut since', () => {
    const feed = new Map<string, string>();
    for (const kind of ['ondemand', 'previousgen-ondemand']) {
      const file = sharedDir(`price-data/aws-pricing-page-feeds/ec2/us-east-1-${kind}.json`);
      const json = JSON.parse(readFileSync(file, 'utf8')) as {
        regions: Record<string, Record<string, { 'Instance Type': string; price: string }>>;
      };
      for (const rows of Object.values(json.regions))
        for (const row of Object.values(rows)) feed.set(row['Instance Type'], row.price);
    }
    const rows = computeSpRows().filter((r) => feed.has(r.instanceType));
    expect(rows.length).toBe(805);
    const differ = rows
      .filter((r) => compareDecimal(r.onDemand, feed.get(r.instanceType) ?? '') !== 0)
      .map((r) => r.instanceType);
    // AWS's 2025 P4/P5 price cuts and u7i-12tb (DECISIONS 85): the copy has the newer price, the
    // one the catalog holds from the 2026-05 Price List copy.
    expect(differ).toEqual([
      'p4d.24xlarge',
      'p4de.24xlarge',
      'p5.48xlarge',
      'p5en.48xlarge',
      'u7i-12tb.224xlarge',
    ]);
    for (const type of differ) {
      const od = byId.get(`curated:AmazonEC2:us-east-1:${type}:Linux:Shared:OnDemand`);
      const row = rows.find((r) => r.instanceType === type);
      expect({ type, price: Number(od?.price) }).toEqual({ type, price: Number(row?.onDemand) });
    }
  });
});
