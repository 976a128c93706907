import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { isCurated } from '../../../core/catalog/price-record';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { compareDecimal } from '../../../scripts/snapshot/decimal';
import {
  EC2_METAL_US_EAST_1_2026_09_24,
  EC2_SAME_SIZE_US_EAST_1_2026_09_24,
} from '../../../scripts/snapshot/data/ec2-metal-2026-09-24';
import { isKarpenterDedicatedRow } from '../../../scripts/snapshot/ec2';
import { onDemand20260924Prices } from '../../../scripts/snapshot/ec2-linux-2026-09-24';
import { classify, usEast1Sources } from '../../../scripts/snapshot/ec2-us-east-1-sources';
import { itWithShared } from '../../helpers/shared-data';

/**
 * us-east-1 EC2 Linux On-Demand where the dated sources disagree (DECISIONS 91): the 2026-09-24 feed
 * copy is read as a source; the catalog prices each of its types at its value or at an equal
 * official record; the comparison of the four sources classifies every type.
 */
const catalog = new PriceCatalog(embeddedSnapshot());
const linuxOnDemand = (instanceType: string) =>
  catalog.lookup({
    service: 'AmazonEC2',
    region: 'us-east-1',
    attributes: {
      instanceType,
      tenancy: 'Shared',
      operatingSystem: 'Linux',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
    },
    term: { type: 'OnDemand' },
  });

describe('the 2026-09-24 copy’s On-Demand column in the catalog', () => {
  it('prices every us-east-1 type the copy lists at the copy’s value, or at an equal official record', () => {
    const rows = onDemand20260924Prices();
    expect(rows).toHaveLength(809 + 20);
    const wrong: string[] = [];
    let official = 0;
    for (const { instanceType, price } of rows) {
      const found = linuxOnDemand(instanceType);
      const record = found.status === 'found' ? found.records[0] : undefined;
      if (!record || compareDecimal(record.price, price) !== 0) {
        wrong.push(`${instanceType}: ${record?.price ?? 'no price'} ≠ ${price}`);
        continue;
      }
      if (!isCurated(record)) official++;
      else if (!/addisonj\/pricesim/.test(record.source?.reference ?? ''))
        wrong.push(`${instanceType}: equal price kept from ${record.source?.reference}`);
    }
    expect(wrong).toEqual([]);
    // The 800 types where the 2025-04-04 feed has the same price keep its record and rateCode.
    expect(official).toBe(800);
  });

  it('reads the 20 bare-metal rows, each at the price of its virtualized size of as many vCPUs', () => {
    for (const [type, price] of Object.entries(EC2_METAL_US_EAST_1_2026_09_24)) {
      const [family, size] = type.split('.');
      const same = `${family}.${size!.replace('metal-', '').replace('xl', 'xlarge')}`;
      expect([type, EC2_SAME_SIZE_US_EAST_1_2026_09_24[same]]).toEqual([type, price]);
    }
  });

  it('no .metal price comes from the 2026-07-20 Karpenter table (its Dedicated-tenancy rows)', () => {
    expect(isKarpenterDedicatedRow('c6g.metal')).toBe(true);
    expect(isKarpenterDedicatedRow('c7i.metal-24xl')).toBe(true);
    expect(isKarpenterDedicatedRow('c6g.16xlarge')).toBe(false);
    const found = linuxOnDemand('c6g.metal');
    expect(found.status === 'found' && found.records.map((r) => [r.price, isCurated(r)])).toEqual([
      ['2.1760000000', false],
    ]);
  });
});

describe('classifying a type’s sources', () => {
  it('names who differs', () => {
    const f = 'feed 2025-04-04' as const;
    const m = 'copy 2026-05' as const;
    const k = 'Karpenter 2026-07-20' as const;
    const s = 'feed copy 2026-09-24' as const;
    expect(classify({ [f]: '2.176', [m]: '2.1760', [k]: '2.176' })).toBe('all agree');
    expect(classify({ [f]: '2.176', [k]: '2.3066', [s]: '2.176' })).toBe('Karpenter alone differs');
    expect(classify({ [f]: '1', [m]: '1', [k]: '1', [s]: '0.9' })).toBe(
      '2026-09-24 differs from everything older',
    );
    expect(classify({ [f]: '32.7726', [m]: '21.9', [s]: '21.9' })).toBe(
      'the 2025-04-04 feed alone differs',
    );
    expect(classify({ [f]: '1', [m]: '2', [k]: '3' })).toBe('other');
  });
});

const withShared = itWithShared('pricing-reference', 'price-data');

describe('the four us-east-1 sources (../shared)', () => {
  withShared('disagree only where Karpenter’s .metal rows are Dedicated or AWS cut a price', () => {
    const rows = usEast1Sources();
    const by = (c: string) => rows.filter((r) => r.classification === c).map((r) => r.instanceType);
    expect(rows.length).toBeGreaterThan(1300);
    expect(by('other')).toEqual([]);
    expect(by('2026-09-24 differs from everything older')).toEqual([]);
    expect(by('the 2025-04-04 feed alone differs')).toEqual([
      'p4d.24xlarge',
      'p4de.24xlarge',
      'p5.48xlarge',
      'p5en.48xlarge',
      'u7i-12tb.224xlarge',
    ]);
    const karpenter = by('Karpenter alone differs');
    expect(karpenter).toHaveLength(59);
    expect(karpenter.filter((t) => !isKarpenterDedicatedRow(t))).toEqual([]);
  });
});
