import type { Grid, GridValue, SheetSpec } from '../../../core';
import type { CellBlock, WorkbookIssue, WorkbookPort } from '../../../addin/excel/workbook-port';

/** An in-memory WorkbookPort for workflow and component tests: sheets of rows, writes recorded. */
export class MemoryWorkbook implements WorkbookPort {
  readonly blocks: CellBlock[] = [];
  readonly rendered: SheetSpec[] = [];
  marked: WorkbookIssue[] = [];
  readonly cleared: WorkbookIssue[][] = [];
  readonly settings = new Map<string, string>();
  selected: string | null = null;
  replaced: string[] = [];

  constructor(public sheets: { name: string; rows: GridValue[][] }[]) {}

  async readGrid(): Promise<Grid> {
    return { sheets: this.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })) };
  }
  async replaceSheet(name: string): Promise<void> {
    this.replaced.push(name);
    this.sheets = this.sheets.filter((s) => s.name !== name);
    this.sheets.push({ name, rows: [] });
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
