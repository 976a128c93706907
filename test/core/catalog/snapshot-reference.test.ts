import type { Checked } from '../../../scripts/snapshot/cross-check';
import { describeIf, needs, sharedPath } from '../../helpers/needs';
import {
  failing,
  runCrossCheck,
  summarise,
  withinHalfUnit,
} from '../../../scripts/snapshot/cross-check';

const referenceDir = sharedPath('pricing-reference');
const references = needs.shared('pricing-reference');

describeIf(references, 'embedded snapshot vs ../shared/pricing-reference', () => {
  let results: Checked[] = [];
  beforeAll(() => {
    results = runCrossCheck(referenceDir);
  });

  it('prints coverage and mismatches per reference file', () => {
    const summary = summarise(results);
    console.table(summary);
    const mismatches = results.filter((r) => r.outcome === 'mismatch');
    if (mismatches.length > 0) {
      console.log(
        ['Mismatches (reference value vs snapshot; the newer source wins in the snapshot):']
          .concat(
            mismatches.map(
              (r) =>
                `  [${r.fact.date}] ${r.fact.file}: ${r.fact.label}: ${r.expected} vs ${r.actual}`,
            ),
          )
          .join('\n'),
      );
    }
    expect(summary.map((s) => s.file).sort()).toEqual([
      'aws-bill-2025-05-ap-southeast-1-line-rates.json',
      'ec2-linux-windows-od-ri-us-east-1-ec2instances-export.json',
      'ec2-ondemand-linux-multiregion-2024-04.json',
      'ec2-ondemand-linux-us-east-1-2026-07.json',
      'ec2-ri-sp-samples-2021-2025.json',
      'rds-mysql-postgres-single-az-2023-03.json',
      'services-unit-prices-2023-2026.json',
    ]);
  });

  it('has no mismatch against a source dated 2026', () => {
    const bad = failing(results).map(
      (r) => `${r.fact.file}: ${r.fact.label}: reference ${r.expected}, snapshot ${r.actual}`,
    );
    expect(bad).toEqual([]);
  });

  it('prices every us-east-1 instance type of the 2026-07 table', () => {
    const karpenter = summarise(results).find(
      (s) => s.file === 'ec2-ondemand-linux-us-east-1-2026-07.json',
    );
    expect(karpenter?.comparable).toBeGreaterThan(1000);
    expect(karpenter?.match).toBe(karpenter?.comparable);
  });

  it('covers every comparable fact of the 2025-2026 unit-price and invoice files', () => {
    for (const file of [
      'services-unit-prices-2023-2026.json',
      'aws-bill-2025-05-ap-southeast-1-line-rates.json',
    ]) {
      const missing = results
        .filter((r) => r.fact.file === file && r.outcome === 'missing' && r.fact.date >= '2025')
        .map((r) => r.fact.label);
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });
});

describe('withinHalfUnit (comparison with references rounded to 4 decimals)', () => {
  it('accepts either rounding of a tie and rejects a real difference', () => {
    expect(withinHalfUnit('0.0892500000', '0.0892', 4)).toBe(true);
    expect(withinHalfUnit('0.0892500000', '0.0893', 4)).toBe(true);
    expect(withinHalfUnit('0.0892600000', '0.0892', 4)).toBe(false);
    expect(withinHalfUnit('0.0960000000', '0.096', 4)).toBe(true);
    expect(withinHalfUnit('0.0960000000', '0.09601', 4)).toBe(false);
  });
});
