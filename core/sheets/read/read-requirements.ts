import type { RequirementItem } from '../../requirements/requirement-items';
import type { Requirements } from '../../requirements/requirements';
import { ON_DEMAND_MODEL } from '../../requirements/pricing-model';
import { DEFAULT_REGION } from '../../requirements/default-region';
import { isDefaultSizingPolicy, overlaySizingPolicy } from '../../requirements/sizing-policy';
import type { Grid } from '../grid/grid';
import { findSheet } from '../grid/grid';
import { IssueCollector } from './issues';
import type { SheetIssue } from './issues';
import { detectFormat, detectMisplacedHeader, FORMAT_LABELS } from './detect-format';
import type { WorkbookFormat } from './detect-format';
import { LISTS_SHEET } from '../formats/template-lists';
import { readTemplateWorkbook } from '../template/template-reader';
import { readBulkEc2Sheet } from '../bulk/bulk-ec2-reader';
import { readBulkEbsSheet } from '../bulk/bulk-ebs-reader';
import { readBulkHostsSheet } from '../bulk/bulk-hosts-reader';
import { readRvtools } from '../inventory/rvtools-reader';
import type { InventoryCounts, InventoryOptions } from '../inventory/rvtools-reader';
import { readServerInventory } from '../inventory/server-inventory-reader';
import { offeringFindings, reportItemFindings } from './item-issues';

export interface ReadOptions extends InventoryOptions {
  /** Region for lines that name none when the workbook has no Settings (default `DEFAULT_REGION`). */
  readonly defaultRegion?: string;
}

export interface ReadResult {
  /** The detected format, or null when the workbook matched none. */
  readonly format: WorkbookFormat | null;
  readonly formatLabel: string | null;
  /** The requirements, or null when there is any error: a workbook is imported whole or not at all. */
  readonly requirements: Requirements | null;
  readonly errors: readonly SheetIssue[];
  readonly warnings: readonly SheetIssue[];
  /** Data rows that produced requirement items. */
  readonly rows: number;
  /** RVTools only: VMs read and excluded. */
  readonly inventory?: InventoryCounts;
}

/**
 * Reads any supported workbook into the requirements model: detects the format by its headers,
 * validates every cell, and returns errors and warnings apart. Never throws on bad input.
 */
export function readRequirements(grid: Grid, options: ReadOptions = {}): ReadResult {
  const issues = new IssueCollector();
  const defaultRegion = options.defaultRegion ?? DEFAULT_REGION;
  for (const note of grid.notes ?? [])
    issues.warning('Workbook', null, null, 'workbook.note', note);
  const detected = detectFormat(grid);
  if (!detected) {
    const misplaced = detectMisplacedHeader(grid);
    if (misplaced) {
      issues.error(
        misplaced.sheet,
        misplaced.row,
        null,
        'header.misplaced',
        `looks like ${FORMAT_LABELS[misplaced.format]}, but its header row is row ${misplaced.row}; the header must be within the first 15 rows, with only titles above it`,
      );
    } else {
      issues.error(
        'Workbook',
        null,
        null,
        'format.unknown',
        'not a recognised requirements workbook: expected our template (sheets Compute, Storage, Database, Network, Settings), an AWS Pricing Calculator bulk-import workbook (EC2 instances, EBS volumes or Dedicated Hosts), an RVTools export (vInfo), an Application Discovery Service import CSV or an Azure Migrate CSV, with its header row within the first 15 rows',
      );
    }
    return finish(null, null, issues);
  }
  for (const s of grid.sheets) {
    if (s.hidden && !(detected.format === 'template' && s.name === LISTS_SHEET)) {
      issues.warning(
        s.name,
        null,
        null,
        'sheet.hidden',
        'is a hidden sheet and was not read; unhide it and move its rows to a visible sheet if they are requirements',
      );
    }
  }
  const sheet = findSheet(grid, detected.sheet)!;
  let items: RequirementItem[] = [];
  let inventory: InventoryCounts | undefined;
  let base: Omit<Requirements, 'items'> = {
    settings: { region: defaultRegion, pricingModel: ON_DEMAND_MODEL },
  };
  switch (detected.format) {
    case 'template': {
      const { items: read, ...rest } = readTemplateWorkbook(grid, issues, defaultRegion);
      items = [...read];
      base = rest;
      break;
    }
    case 'aws-bulk-ec2':
      items = readBulkEc2Sheet(sheet, issues);
      break;
    case 'aws-bulk-ebs':
      items = readBulkEbsSheet(sheet, issues);
      break;
    case 'aws-bulk-dedicated-hosts':
      items = readBulkHostsSheet(sheet, issues);
      break;
    case 'rvtools':
      ({ items, counts: inventory } = readRvtools(grid, sheet, issues, options));
      break;
    case 'ads-import':
    case 'azure-migrate':
      items = readServerInventory(sheet, detected.format, issues, options.sizingPolicy);
      break;
  }
  // What AWS cannot sell (unknown types, Windows on Graviton…) is an error of its cell, never $0.
  reportItemFindings(offeringFindings(items), items, issues);
  if (items.length === 0 && !issues.hasErrors) {
    issues.error(
      detected.sheet,
      null,
      null,
      'workbook.no-rows',
      `no requirement rows found in ${FORMAT_LABELS[detected.format]}`,
    );
  }
  const read =
    detected.format === 'template'
      ? base.settings
      : { ...base.settings, region: mostCommonRegion(items) ?? defaultRegion };
  // The caller's policy (CLI flags, the pane's Settings) fills what the Settings sheet leaves blank.
  const sizingPolicy = overlaySizingPolicy(options.sizingPolicy, read.sizingPolicy);
  const { sizingPolicy: _asRead, ...rest } = read;
  const settings = isDefaultSizingPolicy(sizingPolicy) ? rest : { ...rest, sizingPolicy };
  return finish(detected.format, { ...base, settings, items }, issues, inventory);
}

function finish(
  format: WorkbookFormat | null,
  requirements: Requirements | null,
  issues: IssueCollector,
  inventory?: InventoryCounts,
): ReadResult {
  const rows = new Set(
    (requirements?.items ?? []).map((i) => `${i.source?.sheet}!${i.source?.row}`),
  ).size;
  return {
    format,
    formatLabel: format ? FORMAT_LABELS[format] : null,
    requirements: issues.hasErrors ? null : requirements,
    errors: issues.errors,
    warnings: issues.warnings,
    rows,
    ...(inventory ? { inventory } : {}),
  };
}

function mostCommonRegion(items: readonly RequirementItem[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of items) if (i.region) counts.set(i.region, (counts.get(i.region) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
