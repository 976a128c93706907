import { offeringProblems } from '../../offerings/offering-rules';
import type { RequirementItem, SourceRef } from '../../requirements/requirement-items';
import { parseCellAddress } from '../grid/cell-address';
import type { IssueCollector } from './issues';

/** A finding about one requirement item, before it is placed on a cell. */
export interface ItemFinding {
  readonly itemId: string;
  /** The item field at fault (`instanceType`, `os`…), or null for the whole row. */
  readonly field: string | null;
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly message: string;
}

/** Item fields whose sheet column has another name in some formats. */
const SHEET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  nodeType: ['nodeType', 'instanceClass'],
  os: ['os', 'osName', 'osConfig', 'osTools'],
  instanceClass: ['instanceClass'],
  instanceType: ['instanceType'],
  dedicatedHostFamily: ['dedicatedHostFamily', 'instanceFamily', 'hostFamily'],
};

function cellOf(source: SourceRef, field: string | null): string | undefined {
  if (field === null) return undefined;
  for (const name of SHEET_FIELDS[field] ?? [field]) {
    const cell = source.cells?.[name];
    if (cell) return cell;
  }
  return undefined;
}

/**
 * Put findings on the cells their items came from (the field's cell, else the row). A cell that
 * already holds an error keeps that one: the same cell is not reported twice.
 */
export function reportItemFindings(
  findings: readonly ItemFinding[],
  items: readonly RequirementItem[],
  issues: IssueCollector,
): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const f of findings) {
    const source = byId.get(f.itemId)?.source;
    const report = (sheet: string, row: number | null, column: number | null): void => {
      if (f.severity === 'error') issues.error(sheet, row, column, f.rule, f.message);
      else issues.warning(sheet, row, column, f.rule, f.message);
    };
    if (!source) {
      report('Workbook', null, null);
      continue;
    }
    const cell = cellOf(source, f.field);
    if (!cell) {
      report(source.sheet, source.row, null);
      continue;
    }
    const { row, column } = parseCellAddress(cell);
    if (f.severity === 'error' && issues.hasErrorAt(source.sheet, row, column)) continue;
    report(source.sheet, row, column);
  }
}

/** The catalog-free offering rules (core/offerings) as findings: unknown types, impossible combinations. */
export function offeringFindings(items: readonly RequirementItem[]): ItemFinding[] {
  return items.flatMap((item) =>
    offeringProblems(item).map((p) => ({
      itemId: item.id,
      field: p.field,
      severity: 'error' as const,
      rule: `offering.${p.kind}`,
      message: p.message,
    })),
  );
}
