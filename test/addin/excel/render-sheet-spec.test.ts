import { queueSheetSpec } from '../../../addin/excel/render-sheet-spec';
import { assumptionsSheetSpec, comparisonSheetSpec, estimateSheetSpec } from '../../../core';
import type { SheetSpec } from '../../../core';
import { COMPARISON, ESTIMATE } from '../../core/sheets/estimate-fixtures';
import { specMismatches } from '../../core/sheets/spec-assertions';
import { OfficeSheetRecorder } from '../helpers/office-sheet-recorder';

/* The add-in renderer against the renderer-agnostic check the exceljs renderer passes too
 * (test/backend/excel/render-round-trip.test.ts, render-formulas.test.ts): both reproduce the same
 * spec cell by cell, formulas included, so they agree with each other. */

function draw(spec: SheetSpec): OfficeSheetRecorder {
  const recorder = new OfficeSheetRecorder(spec.name);
  queueSheetSpec(recorder.sheet(), spec);
  return recorder;
}

const estimate = estimateSheetSpec(ESTIMATE);

describe('queueSheetSpec (Office.js) reproduces the result sheets', () => {
  it('the estimate sheet has live formulas, zero amounts included (the fixture is meaningful)', () => {
    expect(estimate.cells.filter((c) => c.formula).length).toBeGreaterThan(5);
    expect(estimate.cells.some((c) => c.formula && c.value === 0)).toBe(true);
  });

  it.each([
    ['AWS Estimate', estimate],
    ['AWS Comparison', comparisonSheetSpec(COMPARISON)],
    [
      'Assumptions',
      assumptionsSheetSpec(ESTIMATE, { region: 'us-east-1', pricingModel: { kind: 'on-demand' } }),
    ],
  ])('%s: every cell, width, merge, freeze, table and chart matches the spec', (_name, spec) => {
    expect(specMismatches(spec, draw(spec).rendered())).toEqual([]);
  });

  it('writes formula cells through range.formulas (after their number format), never range.values', () => {
    const recorder = draw(estimate);
    const rendered = recorder.rendered();
    for (const c of estimate.cells.filter((x) => x.formula)) {
      expect(rendered.cells[c.address]?.formula).toBe(c.formula);
      expect(recorder.writes).not.toContain(`values ${c.address}`);
      if (c.numberFormat)
        expect(recorder.writes.indexOf(`numberFormat ${c.address}`)).toBeLessThan(
          recorder.writes.indexOf(`formulas ${c.address}`),
        );
    }
    // Text from users stays a value under '@', never a formula.
    for (const c of estimate.cells.filter((x) => x.numberFormat === '@' && x.value !== null)) {
      expect(recorder.writes).not.toContain(`formulas ${c.address}`);
      expect(recorder.writes.indexOf(`numberFormat ${c.address}`)).toBeLessThan(
        recorder.writes.indexOf(`values ${c.address}`),
      );
    }
  });

  it('a renderer that wrote a formula cell as a value is reported cell by cell', () => {
    const rendered = draw(estimate).rendered();
    const f = estimate.cells.find((c) => c.formula)!;
    const { formula: _dropped, ...asValue } = rendered.cells[f.address]!;
    expect(
      specMismatches(estimate, { ...rendered, cells: { ...rendered.cells, [f.address]: asValue } }),
    ).toEqual([`AWS Estimate!${f.address} formula none ≠ ${f.formula}`]);
  });
});
