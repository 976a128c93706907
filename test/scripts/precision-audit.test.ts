import type { PriceRecord } from '../../core';
import {
  buildInputs,
  pairCounts,
  precisionAudit,
  printedDecimals,
  sourceName,
} from '../../scripts/snapshot/precision-audit';
import { itWithShared } from '../helpers/shared-data';
import { record } from '../core/catalog/catalog-fixtures';

/** The audit of printed precision (DECISIONS 96): its rules on hand-built records, then its findings. */
const at = (
  region: string,
  price: string,
  reference: string,
  what = 'p4d.24xlarge',
): PriceRecord => {
  const id = `curated:AmazonEC2:${region}:${what}:Linux:${reference}`;
  return record({
    sku: id,
    id,
    region,
    attributes: { instanceType: what, operatingSystem: 'Linux', tenancy: 'Shared' },
    price,
    source: { reference: `https://example.org/${reference}`, asOf: '2026-05' },
  });
};

describe('the precision audit', () => {
  it('counts a price’s decimals without trailing zeros', () => {
    expect(printedDecimals('21.9576420000')).toBe(6);
    expect(printedDecimals('0.1000000000')).toBe(1);
    expect(printedDecimals('3')).toBe(0);
  });

  it('gives each source its most decimals and the regions printing fewer', () => {
    const audit = precisionAudit([
      at('us-east-1', '21.9576420000', 'copy'),
      at('us-east-2', '21.95764', 'copy'),
      at('us-east-2', '0.1', 'copy', 'm5.large'),
    ]);
    expect(audit.sources).toEqual([
      {
        source: 'https://example.org/copy (2026-05)',
        records: 3,
        maxDecimals: 6,
        atMax: 1,
        histogram: { 1: 1, 5: 1, 6: 1 },
        coarserRegions: { 'us-east-2': 5 },
      },
    ]);
  });

  it('pairs two sources of one price where the coarser is within half a unit of the finer', () => {
    const audit = precisionAudit([
      at('us-east-2', '21.95764', 'copy'),
      at('us-east-2', '21.957642', 'feed'), // 0.000002 ≤ 0.000005: a rounding
      at('us-west-2', '21.95764', 'copy'),
      at('us-west-2', '21.957646', 'feed'), // 0.000006 > 0.000005: another price
      at('eu-west-1', '0.127', 'export', 'm6i.xlarge'),
      at('eu-west-1', '0.127', 'feed', 'm6i.xlarge'), // equal: not a pair
    ]);
    expect(audit.pairs.map((p) => [p.coarse.price, p.fine.price, p.places])).toEqual([
      ['21.95764', '21.957642', 5],
    ]);
    expect(pairCounts(audit.pairs)).toEqual([
      ['https://example.org/copy (2026-05) → https://example.org/feed (2026-05)', 1],
    ]);
  });

  itWithShared('pricing-reference', 'price-data')(
    'finds the 2026-05 copy at 5 decimals outside us-east-1 and the export’s 22 RI roundings',
    async () => {
      const audit = precisionAudit(await buildInputs());
      const copy = audit.sources.find((s) => s.source.includes('AWS-EC2-Pricing-Landscape'))!;
      expect(copy.maxDecimals).toBe(6);
      expect(copy.atMax).toBe(4); // us-east-1's p4d.24xlarge Linux, RHEL, SUSE, Ubuntu Pro
      expect(Object.keys(copy.coarserRegions)).toHaveLength(31);
      expect(new Set(Object.values(copy.coarserRegions))).toEqual(new Set([5]));
      expect(copy.coarserRegions['us-east-1']).toBeUndefined();
      const pairs = pairCounts(audit.pairs);
      expect(pairs).toHaveLength(1);
      expect(pairs[0]?.[1]).toBe(22);
      expect(audit.pairs.every((p) => sourceName(p.coarse).includes('tonywu2036'))).toBe(true);
    },
    180_000,
  );
});
