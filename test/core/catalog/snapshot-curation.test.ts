import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, buildCatalog, toShards } from '../../../scripts/snapshot/build';
import { catalogFiles } from '../../../scripts/snapshot/catalog-files';
import { allRecords } from '../../../scripts/snapshot/curate';
import { plainDecimal, priceString, shiftDecimal } from '../../../scripts/snapshot/decimal';
import { specsOf } from '../../../scripts/snapshot/ec2-specs';
import { itWithShared } from '../../helpers/shared-data';

const withSources = itWithShared('pricing-reference', 'price-data');

/** The first line where two texts differ, for a readable failure. */
function firstDifference(a: string, b: string): string | undefined {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i])
      return `line ${i + 1}:\n  committed: ${left[i]?.slice(0, 300)}\n  built:     ${right[i]?.slice(0, 300)}`;
  }
  return undefined;
}

describe('catalog build (npm run catalog:build)', () => {
  withSources(
    'reproduces every committed file of core/catalog/data exactly from ../shared (no hand edits)',
    async () => {
      const index = JSON.parse(readFileSync(path.join(DATA_DIR, 'index.json'), 'utf8')) as {
        createdAt: string;
      };
      const files = catalogFiles(await buildCatalog(index.createdAt.slice(0, 10)));
      const committed = readdirSync(DATA_DIR).filter((f) => f !== 'README.md');
      expect(committed.sort()).toEqual([...files.keys()].sort());
      const differences = [...files]
        .map(([name, text]) => {
          const diff = firstDifference(readFileSync(path.join(DATA_DIR, name), 'utf8'), text);
          return diff && `${name} ${diff}`;
        })
        .filter(Boolean);
      expect(differences).toEqual([]);
    },
    600_000,
  );

  withSources('refuses duplicate record ids', () => {
    const [first] = allRecords();
    if (!first) throw new Error('curation produced no records');
    expect(() => toShards([first, first])).toThrow(`Duplicate record id ${first.id}`);
  });
});

describe('curation helpers', () => {
  it('prints prices as exact decimals with 10 places', () => {
    expect(priceString(0.096)).toBe('0.0960000000');
    expect(priceString(1.66667e-5)).toBe('0.0000166667');
    expect(priceString(2750)).toBe('2750.0000000000');
    expect(plainDecimal(3.5e-7)).toBe('0.00000035');
    expect(shiftDecimal('0.004', -4)).toBe('0.0000004');
    expect(shiftDecimal('0.2', -6)).toBe('0.0000002');
    expect(shiftDecimal('1.5', 3)).toBe('1500');
  });

  it('derives specs only from certain rules', () => {
    expect(specsOf('m7g.large', {})).toMatchObject({ vcpu: 2, memoryGiB: 8 });
    expect(specsOf('c6i.9xlarge' as string, {})).toMatchObject({ vcpu: 36, memoryGiB: 72 });
    expect(specsOf('r6g.medium', {})).toMatchObject({ vcpu: 1, memoryGiB: 8 });
    expect(specsOf('t4g.nano', {})).toMatchObject({ vcpu: 2, memoryGiB: 0.5 });
    expect(specsOf('t2.micro', {})).toMatchObject({ vcpu: 1, memoryGiB: 1 });
    expect(specsOf('c5n.large', {})).toEqual({});
    expect(specsOf('m7i.metal-24xl', {})).toMatchObject({ vcpu: 96, memoryGiB: 384 });
    expect(specsOf('c6gd.metal', {})).toMatchObject({ vcpu: 64, memoryGiB: 128 });
    expect(specsOf('g6.xlarge', {})).toEqual({});
    expect(specsOf('m4.large', { 'db.m4.large': { vcpu: 2, memory_gib: '8' } })).toMatchObject({
      vcpu: 2,
      memoryGiB: 8,
    });
  });
});
