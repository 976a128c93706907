import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plainDecimal, priceString, shiftDecimal } from '../../../scripts/snapshot/decimal';
import { specsOf } from '../../../scripts/snapshot/ec2-specs';
import { allRecords, toShards } from '../../../scripts/snapshot/curate';
import { encodeRegion } from '../../../scripts/snapshot/encode';
import { EMBEDDED_REGIONS } from '../../../core/embedded';
import { describeIf, needs } from '../../helpers/needs';

const dataDir = path.resolve(__dirname, '../../../core/catalog/data');

describeIf(needs.shared('pricing-reference'), 'snapshot curation', () => {
  it('reproduces the committed data exactly from the references (no hand edits)', () => {
    const shards = toShards(allRecords());
    for (const region of EMBEDDED_REGIONS) {
      const committed: unknown = JSON.parse(
        readFileSync(path.join(dataDir, `${region}.json`), 'utf8'),
      );
      const regenerated: unknown = JSON.parse(
        JSON.stringify(
          encodeRegion(
            region,
            shards.filter((s) => s.region === region),
          ),
        ),
      );
      expect({ region, data: committed }).toEqual({ region, data: regenerated });
    }
  });

  it('refuses duplicate record ids', () => {
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
    expect(specsOf('m7i.metal-24xl', {})).toEqual({});
    expect(specsOf('m4.large', { 'db.m4.large': { vcpu: 2, memory_gib: '8' } })).toMatchObject({
      vcpu: 2,
      memoryGiB: 8,
    });
  });
});
