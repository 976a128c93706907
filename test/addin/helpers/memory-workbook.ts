import type { Grid, GridValue, SheetSpec } from '../../../core';
import { checkListValidations } from '../../../addin/excel/list-validations';
import type {
  CellBlock,
  ListValidation,
  WorkbookIssue,
  WorkbookPort,
} from '../../../addin/excel/workbook-port';

/** A sheet of the in-memory workbook: its rows (as read back) and whether it is hidden. */
export interface MemorySheet {
  name: string;
  rows: GridValue[][];
  hidden?: boolean;
}

/** An in-memory WorkbookPort for workflow and component tests: sheets of rows, writes recorded. */
export class MemoryWorkbook implements WorkbookPort {
  readonly blocks: CellBlock[] = [];
  readonly rendered: SheetSpec[] = [];
  marked: WorkbookIssue[] = [];
  readonly cleared: WorkbookIssue[][] = [];
  readonly settings = new Map<string, string>();
  selected: string | null = null;
  replaced: string[] = [];
  /** Every dropdown in place, per sheet, as the last addListValidations left it. */
  validations: ListValidation[] = [];

  constructor(public sheets: MemorySheet[]) {}

  async readGrid(): Promise<Grid> {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        rows: s.rows.map((r) => [...r]),
        ...(s.hidden ? { hidden: true } : {}),
      })),
    };
  }
  async replaceSheet(name: string, options?: { readonly hidden?: boolean }): Promise<void> {
    this.replaced.push(name);
    this.sheets = this.sheets.filter((s) => s.name !== name);
    this.validations = this.validations.filter((v) => v.sheet !== name);
    this.sheets.push({ name, rows: [], ...(options?.hidden ? { hidden: true } : {}) });
  }
  async deleteSheet(name: string): Promise<void> {
    this.sheets = this.sheets.filter((s) => s.name !== name);
    this.validations = this.validations.filter((v) => v.sheet !== name);
  }
  async addListValidations(validations: readonly ListValidation[]): Promise<void> {
    checkListValidations(
      validations,
      this.sheets.map((s) => s.name),
    );
    // Same sheet and range: the new dropdown replaces the old one, as Office's clear() + rule does.
    const key = (v: ListValidation) => `${v.sheet.toLowerCase()}!${v.range}`;
    const added = new Set(validations.map(key));
    this.validations = [...this.validations.filter((v) => !added.has(key(v))), ...validations];
  }
  async writeBlock(block: CellBlock): Promise<void> {
    this.blocks.push(block);
  }
  async renderSheet(spec: SheetSpec): Promise<void> {
    this.replaced.push(spec.name);
    this.rendered.push(spec);
  }
  async markIssues(issues: readonly WorkbookIssue[]): Promise<void> {
    this.marked = [...issues];
  }
  async clearMarks(): Promise<void> {
    this.cleared.push(this.marked);
    this.marked = [];
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected = `${sheet}!${address}`;
  }
  async insertWorkbook(): Promise<void> {
    throw new Error('not modelled');
  }
  async getSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }
  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }
  /** The value of a rendered result sheet's cell, e.g. ('AWS Estimate', 'J5'). */
  cell(sheet: string, address: string): unknown {
    return this.rendered.find((r) => r.name === sheet)?.cells.find((c) => c.address === address)
      ?.value;
  }
  /** Address of the first rendered cell holding `value` in a sheet. */
  find(sheet: string, value: unknown): string | undefined {
    return this.rendered.find((r) => r.name === sheet)?.cells.find((c) => c.value === value)
      ?.address;
  }
}
