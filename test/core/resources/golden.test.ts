import { readdirSync } from 'node:fs';
import { Decimal } from '../../../core/money/decimal';
import { checkGoldenFile, goldenCases, GOLDEN_ROOT, runGolden } from './golden-runner';

const resources = readdirSync(GOLDEN_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(resources)('golden estimates: %s', (resource) => {
  const cases = goldenCases(resource);
  it('has at least one case', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  describe.each(cases.map((c) => [c.golden.title, c] as const))(
    '%s',
    (_title, { file, golden }) => {
      const estimate = runGolden(golden);
      it('matches the totals worked by hand', () => {
        expect(Decimal.from(estimate.listTotals.monthly).equals(golden.expected.listMonthly)).toBe(
          true,
        );
        expect(estimate.listTotals.monthly).toBe(
          Decimal.from(golden.expected.listMonthly).toString(),
        );
        expect(estimate.listTotals.upfront).toBe(
          Decimal.from(golden.expected.listUpfront).toString(),
        );
        if (golden.expected.totalsMonthly !== undefined) {
          expect(estimate.totals.monthly).toBe(
            Decimal.from(golden.expected.totalsMonthly).toString(),
          );
        }
      });
      it('matches each line worked by hand', () => {
        for (const [itemId, want] of Object.entries(golden.expected.lines ?? {})) {
          const line = estimate.lines.find((l) => l.itemId === itemId);
          expect(line).toBeDefined();
          expect({ itemId, monthly: line!.monthly }).toEqual({
            itemId,
            monthly: Decimal.from(want.monthly).toString(),
          });
          if (want.upfront !== undefined)
            expect(line!.upfront).toBe(Decimal.from(want.upfront).toString());
          if (want.statuses) expect(line!.components.map((c) => c.status)).toEqual(want.statuses);
        }
      });
      it('counts its coverage from the statuses worked by hand', () => {
        // A line listed with statuses and none of them 'priced' adds nothing: it is unpriced.
        const unpriced = Object.entries(golden.expected.lines ?? {})
          .filter(([, want]) => want.statuses && !want.statuses.includes('priced'))
          .map(([itemId]) => itemId);
        for (const id of unpriced) expect(estimate.coverage.unpricedIds).toContain(id);
        const c = estimate.coverage;
        expect(c.priced + c.partial + c.unpriced).toBe(estimate.lines.length);
      });
      it('matches its golden file (written only with UPDATE_GOLDEN=1, never in CI)', () => {
        const { expected, actual } = checkGoldenFile(file, estimate);
        expect(actual).toEqual(expected);
      });
    },
  );
});
