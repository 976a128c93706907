import { generateDocument } from '../../../backend/documents';
import { createFormatter } from '../../../backend/documents/number-format';
import { buildProposalModel } from '../../../backend/documents/proposal-model';
import {
  DETAILED_PROPOSAL_MAX_LINES,
  LARGEST_LINES_LISTED,
  costByGroupTable,
  costByServiceTable,
  largestLinesTable,
} from '../../../backend/documents/proposal-groups';
import type { CostLine, Estimate } from '../../../core';
import { DEFAULT_SETTINGS } from '../../../backend/use-cases/settings/default-settings';
import { parsePdf } from './document-test-helpers';
import { buildEstimation } from './estimation-fixture';
import { add, lessThan } from './exact-decimal';

const f = createFormatter({ locale: 'en-US' });
const money = (v: string) => f.money(v, 'USD');
const large = buildEstimation(5000);
const estimate = large.result as Estimate;

function byKey(lines: readonly CostLine[], key: (l: CostLine) => string): Map<string, CostLine[]> {
  const out = new Map<string, CostLine[]>();
  for (const l of lines) out.set(key(l), [...(out.get(key(l)) ?? []), l]);
  return out;
}

describe('proposals of large estates: summarised by group and service', () => {
  it('keeps the line-by-line proposal up to DETAILED_PROPOSAL_MAX_LINES lines', () => {
    const small = buildProposalModel(buildEstimation(49), null);
    expect(small.detailNote).toBeNull();
    expect(small.costs.lineTables.map((t) => t.category)).toContain('Compute');
    expect(DETAILED_PROPOSAL_MAX_LINES).toBe(300);
  });

  it('summarises 5,000 lines and says where the line detail is', () => {
    const m = buildProposalModel(large, null);
    expect(m.costs.lineTables.map((t) => t.category)).toEqual([
      'By group and service',
      'By service',
      `Appendix: the ${LARGEST_LINES_LISTED} largest lines`,
    ]);
    expect(m.detailNote).toMatch(/This estimate has 5,001 lines/);
    expect(m.detailNote).toMatch(/accompanying Excel workbook \(document format xlsx\)/);
    expect(m.requirements.columns).toEqual([
      'Group',
      'Service',
      'Items',
      'Quantity',
      'What they are',
    ]);
    const itemsCounted = m.requirements.rows.reduce(
      (s, r) => s + Number(r[2]?.replace(/,/g, '')),
      0,
    );
    expect(itemsCounted).toBe(5000);
  });

  it('gives each group and service its exact sum of the lines, largest group first', () => {
    const table = costByGroupTable(estimate, f);
    const groups = byKey(estimate.lines, (l) =>
      l.service === 'support' ? 'AWS Support' : l.group.join(' › ') || '(no group)',
    );
    const totals = table.rows.filter((r) => r.kind === 'total');
    expect(totals).toHaveLength(groups.size);
    for (const row of totals) {
      const lines = groups.get(row.cells[0] ?? '') ?? [];
      expect(row.cells[1]).toBe(lines.length.toLocaleString('en-US'));
      expect(row.cells[2]).toBe(money(add(...lines.map((l) => l.monthly))));
      expect(row.cells[3]).toBe(money(add(...lines.map((l) => l.upfront))));
    }
    const services = byKey(estimate.lines, (l) => l.service);
    const serviceRows = costByServiceTable(estimate, f).rows;
    expect(serviceRows.map((r) => r.cells[0]).sort()).toEqual([...services.keys()].sort());
    for (const row of serviceRows)
      expect(row.cells[2]).toBe(
        money(add(...(services.get(row.cells[0] ?? '') ?? []).map((l) => l.monthly))),
      );
  });

  it('lists the largest lines by monthly cost in the appendix', () => {
    const rows = largestLinesTable(estimate, f).rows;
    expect(rows).toHaveLength(LARGEST_LINES_LISTED);
    const sorted = [...estimate.lines].sort((a, b) =>
      lessThan(a.monthly, b.monthly) ? 1 : lessThan(b.monthly, a.monthly) ? -1 : 0,
    );
    expect(rows[0]?.cells[2]).toBe(money(sorted[0]?.monthly ?? '0'));
    expect(rows.at(-1)?.cells[2]).toBe(money(sorted[LARGEST_LINES_LISTED - 1]?.monthly ?? '0'));
  });

  it('renders a readable PDF: a dozen pages, the summary tables and the pointer to the workbook', async () => {
    const doc = await generateDocument('pdf', large, DEFAULT_SETTINGS, {});
    const { pages, outline } = parsePdf(doc.body);
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.length).toBeLessThan(30);
    const text = pages.join(' ');
    expect(text).toContain('By group and service');
    expect(text).toContain('This estimate has 5,001 lines');
    expect(text).toContain(money(estimate.totals.monthly));
    expect(outline).toContain('Cost details');
  }, 60_000);
});
