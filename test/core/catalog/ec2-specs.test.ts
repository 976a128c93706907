import { readFileSync, readdirSync } from 'node:fs';
import { instanceAttributes, specsOf } from '../../../scripts/snapshot/ec2-specs';
import { itWithShared, sharedDir } from '../../helpers/shared-data';

/**
 * The family facts curated EC2 records take their specs from (scripts/snapshot/ec2-families.ts):
 * they must say what AWS's own feed rows say of every type they cover.
 */
describe('EC2 specs of the types launched since the 2025-04-04 feeds', () => {
  it.each([
    // [type, vCPU, GiB] as AWS's instance type specifications list them.
    ['m8g.large', 2, 8],
    ['c8i.metal-96xl', 384, 768],
    ['r8i.xlarge', 4, 32],
    ['r8i-flex.2xlarge', 8, 64],
    ['m8azn.medium', 1, 4],
    ['m8azn.3xlarge', 12, 48],
    ['i7ie.3xlarge', 12, 96],
    ['i8ge.18xlarge', 72, 576],
    ['x8i.large', 2, 32],
    ['x8aedz.large', 2, 64],
    ['c8gn.metal-48xl', 192, 384],
    ['x2iedn.metal', 128, 4096],
  ])('%s: %i vCPU, %i GiB', (type, vcpu, memoryGiB) => {
    expect(specsOf(type, {})).toMatchObject({ vcpu, memoryGiB });
    expect(instanceAttributes(type, {})).toMatchObject({
      vcpu: String(vcpu),
      memory: `${memoryGiB} GiB`,
      currentGeneration: 'Yes',
    });
  });

  it('names Graviton4 and the previous generation as AWS does', () => {
    expect(instanceAttributes('r8gd.large', {}).physicalProcessor).toBe('AWS Graviton4 Processor');
    expect(instanceAttributes('a1.large', {}).currentGeneration).toBe('No');
    expect(instanceAttributes('t2.micro', {}).currentGeneration).toBe('Yes');
    // Accelerated and high-memory types follow no family rule: priced by name, not sized.
    expect(specsOf('g6.xlarge', {})).toEqual({});
    expect(specsOf('u7i-12tb.224xlarge', {})).toEqual({});
  });
});

interface FeedRow {
  readonly 'Instance Type': string;
  readonly 'Instance Family': string;
  readonly vCPU: string;
  readonly Memory: string;
}

const withFeeds = itWithShared('price-data');

describe('EC2 family facts against the 2025-04-04 feeds in ../shared/price-data', () => {
  withFeeds('agree with every type of every region’s Linux On-Demand feeds', () => {
    const dir = sharedDir('price-data/aws-pricing-page-feeds/ec2');
    const types = new Map<string, { row: FeedRow; current: boolean }>();
    for (const file of readdirSync(dir).filter((f) => /-ondemand\.json$/.test(f))) {
      const feed = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        regions: Record<string, Record<string, FeedRow>>;
      };
      for (const rows of Object.values(feed.regions))
        for (const row of Object.values(rows))
          types.set(row['Instance Type'], { row, current: !file.includes('previousgen') });
    }
    expect(types.size).toBeGreaterThan(800);
    const wrong: string[] = [];
    let sized = 0;
    for (const [type, { row, current }] of types) {
      const a = instanceAttributes(type, {});
      const expected = {
        currentGeneration: current ? 'Yes' : 'No',
        instanceFamily: row['Instance Family'],
        ...(a.vcpu === undefined ? {} : { vcpu: row.vCPU, memory: row.Memory.replace(',', '') }),
      };
      if (a.vcpu !== undefined) sized++;
      const got = Object.fromEntries(Object.keys(expected).map((k) => [k, a[k]]));
      if (JSON.stringify(got) !== JSON.stringify(expected))
        wrong.push(`${type}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
    }
    expect(wrong).toEqual([]);
    expect(sized).toBeGreaterThan(600);
  });
});
