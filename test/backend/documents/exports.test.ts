import { generateDocument } from '../../../backend/documents';
import { csvCell } from '../../../backend/documents/csv-export';
import type { Estimate, Estimation } from '../../../core';
import { buildEstimation, buildSettings } from './estimation-fixture';
import { add } from './exact-decimal';
import { parseCsv } from '../../helpers/csv';

const estimation = buildEstimation(49);
const estimate = estimation.result as Estimate;
const at = new Date('2026-11-26T09:00:00Z');

describe('CSV export', () => {
  it('carries the exact totals and one row per line whose amounts add up to the list total', async () => {
    const doc = await generateDocument('csv', estimation, buildSettings(), { generatedAt: at });
    expect(doc.contentType).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(doc.body);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    const summary = rows[2] ?? [];
    expect(summary.slice(3, 8)).toEqual([
      estimate.totals.upfront,
      estimate.totals.monthly,
      estimate.totals.first12Months,
      estimate.totals.totalOverTerm,
      'USD',
    ]);
    const lines = rows.filter((r) => r[0] === 'line');
    expect(lines).toHaveLength(estimate.lines.length);
    expect(add(...lines.map((r) => r[8] ?? ''))).toBe(add(estimate.listTotals.monthly));
    const components = rows.filter((r) => r[0] === 'component');
    expect(components.map((r) => r[12])).toEqual(
      estimate.lines.flatMap((l) => l.components.map((c) => c.explanation)),
    );
  });

  it('never lets user text become a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-224.39')).toBe('-224.39');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});

describe('JSON export', () => {
  it('round-trips the estimation and puts the totals and category sums on top', async () => {
    const doc = await generateDocument('json', estimation, buildSettings(), { generatedAt: at });
    const parsed = JSON.parse(new TextDecoder().decode(doc.body)) as {
      totalCost: Record<string, string>;
      metadata: { currency: string; catalogVersion: string };
      categories: { category: string; monthly: string }[];
      estimation: Estimation;
      exportedAt: string;
    };
    expect(parsed.estimation).toEqual(estimation);
    expect(parsed.totalCost).toEqual({
      monthly: estimate.totals.monthly,
      upfront: estimate.totals.upfront,
      first12Months: estimate.totals.first12Months,
      totalOverTerm: estimate.totals.totalOverTerm,
    });
    expect(parsed.metadata.catalogVersion).toBe(estimate.catalogVersion);
    expect(add(...parsed.categories.map((c) => c.monthly))).toBe(add(estimate.listTotals.monthly));
    expect(parsed.exportedAt).toBe(at.toISOString());
  });
});

describe('format dispatch', () => {
  it('refuses the old combined bulk-import format, naming the two that replace it', async () => {
    // A job stored before the split carries the old name; the type system no longer knows it.
    const old = 'bulk-import-xlsx' as unknown as Parameters<typeof generateDocument>[0];
    await expect(generateDocument(old, estimation, null)).rejects.toThrow(
      /bulk-import-ec2-xlsx.*bulk-import-ebs-xlsx/,
    );
  });
});

describe('estimations saved before honest totals', () => {
  it('get their coverage from their lines, and an old comparison is left out with a warning', async () => {
    const saved = buildEstimation(7);
    const { coverage: _coverage, ...legacyResult } = saved.result!;
    const legacy = {
      ...saved,
      result: legacyResult as Estimate,
      // A comparison stored before `basis` existed: its "cheapest" cannot be backed.
      comparison: { ...saved.comparison!, basis: undefined } as unknown as Estimation['comparison'],
    };
    const doc = await generateDocument('json', legacy, buildSettings(), { generatedAt: at });
    const parsed = JSON.parse(new TextDecoder().decode(doc.body)) as {
      coverage: Estimate['coverage'];
      estimation: Estimation;
    };
    expect(parsed.coverage).toEqual(saved.result!.coverage);
    expect(parsed.estimation.comparison).toBeNull();
    expect(doc.warnings).toEqual([
      'The saved scenario comparison predates like-for-like comparisons and is left out; compare the scenarios again to include it.',
    ]);
  });
});
