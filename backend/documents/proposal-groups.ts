import type { CostLine, Estimate, RequirementItem } from '../../core';
import { amountAt, sumText } from './amounts';
import type { Formatter } from './number-format';
import { LINE_CURRENCY, lineAmountText } from './proposal-costs';
import type { TableData, TableRow } from './table-data';

/**
 * Proposals for large estates: above DETAILED_PROPOSAL_MAX_LINES a line-by-line proposal stops
 * being readable (10,000 VMs would print some 2,500 pages), so the requirements and the costs are
 * summarised by group (the workbook's environment / application / cluster path) and service, the
 * largest lines are listed in an appendix, and the line-by-line detail — every line with its
 * calculation — is the accompanying Excel workbook (document format `xlsx`).
 */
export const DETAILED_PROPOSAL_MAX_LINES = 300;
export const LARGEST_LINES_LISTED = 50;

/** A proposal summarises by group when the estimate has more lines than a detailed one can show. */
export function summarised(estimate: Pick<Estimate, 'lines'>): boolean {
  return estimate.lines.length > DETAILED_PROPOSAL_MAX_LINES;
}

/** What the summary leaves out and where it is: printed under "Cost details". */
export function detailNote(estimate: Pick<Estimate, 'lines'>): string | null {
  if (!summarised(estimate)) return null;
  return (
    `This estimate has ${estimate.lines.length.toLocaleString('en-US')} lines, so this proposal ` +
    'summarises them by group and service and lists the largest ones. The line-by-line detail — ' +
    'every line with its components and the calculation of each (quantity × unit price of the ' +
    'AWS price record) — is in the accompanying Excel workbook (document format xlsx).'
  );
}

const NO_GROUP = '(no group)';

function groupName(group: readonly string[] | undefined): string {
  return group && group.length ? group.join(' › ') : NO_GROUP;
}

interface Bucket {
  lines: CostLine[];
  services: Map<string, CostLine[]>;
}

function byGroup(lines: readonly CostLine[]): Map<string, Bucket> {
  const groups = new Map<string, Bucket>();
  for (const line of lines) {
    const name = line.service === 'support' ? 'AWS Support' : groupName(line.group);
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { lines: [], services: new Map() }));
    g.lines.push(line);
    push(g.services, line.service, line);
  }
  return groups;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Entries with their monthly sums, largest first (each sum computed once). */
function largestFirst<T>(entries: readonly [string, T][], lines: (t: T) => readonly CostLine[]) {
  return entries
    .map(([name, t]) => ({ name, t, monthly: monthly(lines(t)) }))
    .sort((a, b) => amountAt(b.monthly, 'group monthly').compare(a.monthly));
}

function monthly(lines: readonly CostLine[]): string {
  return sumText(
    lines.map((l) => l.monthly),
    'line monthly',
  );
}

function upfront(lines: readonly CostLine[]): string {
  return sumText(
    lines.map((l) => l.upfront),
    'line upfront',
  );
}

/** `12 of 340 lines not fully priced` when some are: a gap is never hidden in a group total. */
function gapNote(lines: readonly CostLine[]): string {
  const gaps = lines.filter((l) => l.incomplete).length;
  return gaps ? ` (${gaps.toLocaleString('en-US')} not fully priced)` : '';
}

const COST_COLUMNS = [
  { title: 'Group / service', align: 'left', width: 0.46 },
  { title: 'Lines', align: 'right', width: 0.2 },
  { title: 'Monthly', align: 'right', width: 0.17 },
  { title: 'Upfront', align: 'right', width: 0.17 },
] as const;

/** Each group's total (shaded), then its services; groups by monthly cost, largest first. */
export function costByGroupTable(estimate: Estimate, f: Formatter): TableData {
  const money = (v: string) => f.money(v, LINE_CURRENCY);
  const groups = largestFirst([...byGroup(estimate.lines)], (g) => g.lines);
  const rows: TableRow[] = groups.flatMap(({ name, t: g, monthly: total }) => [
    {
      kind: 'total',
      cells: [
        name,
        `${g.lines.length.toLocaleString('en-US')}${gapNote(g.lines)}`,
        money(total),
        money(upfront(g.lines)),
      ],
    },
    ...[...g.services].map(([service, lines]): TableRow => ({
      kind: 'plain',
      cells: [
        `   ${service}`,
        `${lines.length.toLocaleString('en-US')}${gapNote(lines)}`,
        money(monthly(lines)),
        money(upfront(lines)),
      ],
    })),
  ]);
  return { columns: COST_COLUMNS, rows };
}

/** Every service's total over the whole estate. */
export function costByServiceTable(estimate: Estimate, f: Formatter): TableData {
  const money = (v: string) => f.money(v, LINE_CURRENCY);
  const services = new Map<string, CostLine[]>();
  for (const l of estimate.lines) push(services, l.service, l);
  return {
    columns: [{ ...COST_COLUMNS[0], title: 'Service' }, ...COST_COLUMNS.slice(1)],
    rows: largestFirst([...services], (lines) => lines).map(({ name, t: lines, monthly: m }) => ({
      kind: 'plain',
      cells: [
        name,
        `${lines.length.toLocaleString('en-US')}${gapNote(lines)}`,
        money(m),
        money(upfront(lines)),
      ],
    })),
  };
}

/** Appendix: the most expensive lines by monthly cost, one row each (no components). */
export function largestLinesTable(estimate: Estimate, f: Formatter): TableData {
  const largest = [...estimate.lines]
    .sort((a, b) => amountAt(b.monthly, 'group monthly').compare(a.monthly))
    .slice(0, LARGEST_LINES_LISTED);
  return {
    columns: [
      { title: 'Line', align: 'left', width: 0.5 },
      { title: 'Service', align: 'left', width: 0.16 },
      { title: 'Monthly', align: 'right', width: 0.17 },
      { title: 'Upfront', align: 'right', width: 0.17 },
    ],
    rows: largest.map((line) => ({
      kind: 'plain',
      cells: [
        [...line.group, line.description].join(' › '),
        line.service,
        lineAmountText(line, 'monthly', f),
        lineAmountText(line, 'upfront', f),
      ],
    })),
  };
}

export const GROUP_REQUIREMENT_COLUMNS = [
  'Group',
  'Service',
  'Items',
  'Quantity',
  'What they are',
] as const;

/** Requirements by group and service: counts, total quantity and the mix of their main choice. */
export function requirementGroupRows(items: readonly RequirementItem[]): string[][] {
  const rows = new Map<string, { group: string; service: string; items: RequirementItem[] }>();
  for (const item of items) {
    const group = groupName(item.group);
    const key = `${group}\u0000${item.service}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { group, service: item.service, items: [] }));
    r.items.push(item);
  }
  const sorted = [...rows.values()].sort((a, b) =>
    a.group === b.group ? a.service.localeCompare(b.service) : a.group.localeCompare(b.group),
  );
  return sorted.map((r) => [
    r.group,
    r.service,
    r.items.length.toLocaleString('en-US'),
    r.items.reduce((s, i) => s + i.quantity, 0).toLocaleString('en-US'),
    mix(r.items),
  ]);
}

/**
 * `197 Windows, 108 Linux, 55 RHEL (sized by vCPU and memory)` for instances; `380 gp3;
 * 475,156 GB in all` for volumes; the four most common kinds, then how many more.
 */
function mix(items: readonly RequirementItem[]): string {
  const counts = new Map<string, number>();
  let storageGb = 0;
  let sized = 0;
  for (const item of items) {
    let label: string | null = null;
    if (item.service === 'ec2') {
      label = item.instanceType ? `${item.os} ${item.instanceType}` : item.os;
      if (!item.instanceType) sized++;
    } else if (item.service === 'ebs') {
      label = item.volumeType;
      storageGb += item.storageGb * item.quantity;
    }
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = top.slice(0, 4).map(([k, n]) => `${n.toLocaleString('en-US')} ${k}`);
  const rest = top.length > 4 ? `, ${top.length - 4} more kinds` : '';
  const how =
    sized === items.length && sized > 0
      ? ' (sized by vCPU and memory)'
      : sized
        ? ` (${sized.toLocaleString('en-US')} sized by vCPU and memory)`
        : '';
  const storage = storageGb ? `; ${storageGb.toLocaleString('en-US')} GB in all` : '';
  return `${shown.join(', ')}${rest}${how}${storage}` || '—';
}
