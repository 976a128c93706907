import type { SourceRef } from '../../requirements/requirement-items';
import { cellAddress } from '../grid/cell-address';
import type { GridSheet, GridValue } from '../grid/grid';
import { describeValue, isBlank, isGridDate, isGridError, valueAt } from '../grid/grid';
import type { IssueCollector } from './issues';
import { parseCount } from '../../specs/spec-text';

export interface NumberRule {
  /** Unit named in the message: `a number of GiB`. */
  readonly unit?: string;
  readonly integer?: boolean;
  /** Inclusive lower bound, or exclusive when `exclusiveMin`. */
  readonly min?: number;
  readonly exclusiveMin?: boolean;
  readonly max?: number;
}

/** `a whole number of GiB greater than 0 and at most 100` — the rule as the message states it. */
export function describeNumberRule(rule: NumberRule): string {
  let s = rule.integer ? 'a whole number' : 'a number';
  if (rule.unit) s += ` of ${rule.unit}`;
  const bounds: string[] = [];
  if (rule.min !== undefined)
    bounds.push(`${rule.exclusiveMin ? 'greater than' : 'at least'} ${rule.min}`);
  if (rule.max !== undefined) bounds.push(`at most ${rule.max}`);
  return bounds.length ? `${s} ${bounds.join(' and ')}` : s;
}

/** Numbers typed as text are accepted (`"1,024"`, `" 16 "`); anything else is not a number. */
export function parseNumeric(v: GridValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * Reads the typed fields of one data row. Each read records the cell it came from (for the
 * requirement's SourceRef) and reports a bad value as an error naming sheet, cell and rule.
 */
export class RowReader<F extends string> {
  private readonly cells: Record<string, string> = {};
  private ref: SourceRef | undefined;

  constructor(
    readonly sheet: GridSheet,
    readonly row: number,
    private readonly columns: ReadonlyMap<F, number>,
    private readonly issues: IssueCollector,
  ) {}

  has(field: F): boolean {
    return this.columns.has(field);
  }

  raw(field: F): GridValue {
    const col = this.columns.get(field);
    return col === undefined ? null : valueAt(this.sheet, this.row, col);
  }

  isBlank(field: F): boolean {
    return isBlank(this.raw(field));
  }

  /** Reports an error against the field's cell (or the row when the column is absent). */
  fail(field: F, rule: string, text: string): void {
    this.issues.error(this.sheet.name, this.row, this.columns.get(field) ?? null, rule, text);
  }

  warn(field: F, rule: string, text: string): void {
    this.issues.warning(this.sheet.name, this.row, this.columns.get(field) ?? null, rule, text);
  }

  /** Returns the value when usable, or reports blank-required / Excel-error cells. */
  private present(field: F, label: string, required: boolean): GridValue | undefined {
    const v = this.raw(field);
    if (isGridError(v)) {
      this.fail(
        field,
        'cell.error-value',
        `${label} is the Excel error ${v.error}; fix the formula or type a value`,
      );
      return undefined;
    }
    if (isBlank(v)) {
      if (required) this.fail(field, 'value.required', `${label} is required, got an empty cell`);
      return undefined;
    }
    const col = this.columns.get(field);
    if (col !== undefined) this.cells[field] = cellAddress(this.row, col);
    return v;
  }

  text(field: F, label: string, required = false): string | undefined {
    const v = this.present(field, label, required);
    if (v === undefined) return undefined;
    if (isGridDate(v)) return v.date;
    return String(v).trim();
  }

  number(field: F, label: string, rule: NumberRule, required = false): number | undefined {
    const v = this.present(field, label, required);
    if (v === undefined) return undefined;
    if (isGridDate(v)) {
      this.fail(
        field,
        'number.is-date',
        `${label} must be ${describeNumberRule(rule)}, got ${describeValue(v)} (the cell is formatted as a date)`,
      );
      return undefined;
    }
    const n = parseNumeric(v);
    const outOfRange =
      n === null ||
      (rule.integer && !Number.isInteger(n)) ||
      (rule.min !== undefined && (rule.exclusiveMin ? n <= rule.min : n < rule.min)) ||
      (rule.max !== undefined && n > rule.max);
    if (outOfRange) {
      const id = n === null ? 'number.not-a-number' : 'number.out-of-range';
      this.fail(field, id, `${label} must be ${describeNumberRule(rule)}, got ${describeValue(v)}`);
      return undefined;
    }
    return n;
  }

  /**
   * A count per month (requests, request units): a number, or the words `=AWS.COST` specs accept
   * (`10m`, `400k`, `1.5b`), so a value that works in a formula works in the sheet.
   */
  count(field: F, label: string, required = false): number | undefined {
    const v = this.present(field, label, required);
    if (v === undefined) return undefined;
    const n = typeof v === 'string' ? (parseNumeric(v) ?? parseCount(v)) : parseNumeric(v);
    if (n === null || n === undefined || n < 0) {
      const rule = n === null || n === undefined ? 'number.not-a-number' : 'number.out-of-range';
      this.fail(
        field,
        rule,
        `${label} must be a count of at least 0 (a number, or e.g. 10m or 400k), got ${describeValue(v)}`,
      );
      return undefined;
    }
    return n;
  }

  /** A value from a closed list; `parse` returns undefined for text it does not know. */
  choice<T>(
    field: F,
    label: string,
    parse: (text: string) => T | undefined,
    allowed: string,
    required = false,
  ): T | undefined {
    const t = this.text(field, label, required);
    if (t === undefined) return undefined;
    const parsed = parse(t);
    if (parsed === undefined)
      this.fail(
        field,
        'value.not-allowed',
        `${label} must be one of ${allowed}, got ${describeValue(t)}`,
      );
    return parsed;
  }

  /** The row's SourceRef; items made from one row share it (their cells all come from that row). */
  source(): SourceRef {
    this.ref ??= { sheet: this.sheet.name, row: this.row, cells: this.cells };
    return this.ref;
  }
}
