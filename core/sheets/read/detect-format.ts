import type { Grid, GridSheet } from '../grid/grid';
import { findHeaderRow } from '../read/header-match';
import type { ColumnDef } from '../read/header-match';
import {
  BULK_EBS_COLUMNS,
  BULK_EC2_COLUMNS,
  BULK_HOST_COLUMNS,
} from '../formats/bulk-import-layout';
import { TEMPLATE_DATA_SHEETS } from '../formats/template-layout';
import type { TemplateColumn } from '../formats/template-columns';
import { SETTINGS_SHEET } from '../formats/template-lists';
import { RVTOOLS_VINFO_COLUMNS } from '../inventory/rvtools-layout';
import { ADS_COLUMNS, AZURE_MIGRATE_COLUMNS } from '../inventory/inventory-layouts';

export type WorkbookFormat =
  | 'template'
  | 'aws-bulk-ec2'
  | 'aws-bulk-ebs'
  | 'aws-bulk-dedicated-hosts'
  | 'rvtools'
  | 'ads-import'
  | 'azure-migrate';

export const FORMAT_LABELS: Record<WorkbookFormat, string> = {
  template: 'our requirements template',
  'aws-bulk-ec2': 'AWS Pricing Calculator bulk import (EC2 instances)',
  'aws-bulk-ebs': 'AWS Pricing Calculator bulk import (EBS volumes)',
  'aws-bulk-dedicated-hosts': 'AWS Pricing Calculator bulk import (EC2 Dedicated Hosts)',
  rvtools: 'RVTools export',
  'ads-import': 'AWS Application Discovery Service import CSV',
  'azure-migrate': 'Azure Migrate CSV',
};

export interface DetectedFormat {
  readonly format: WorkbookFormat;
  /** The sheet the format's data is on (our template spans several sheets: Compute is named). */
  readonly sheet: string;
}

/** Columns whose header must all be present for a sheet to count as that format. */
const SIGNATURES: readonly {
  format: WorkbookFormat;
  columns: readonly ColumnDef[];
  keys: readonly string[];
}[] = [
  {
    format: 'aws-bulk-ec2',
    columns: BULK_EC2_COLUMNS,
    keys: ['instanceType', 'quantity', 'usageType', 'purchasingOption'],
  },
  {
    format: 'aws-bulk-dedicated-hosts',
    columns: BULK_HOST_COLUMNS,
    keys: ['instanceFamily', 'quantity'],
  },
  {
    format: 'aws-bulk-ebs',
    columns: BULK_EBS_COLUMNS,
    keys: ['quantity', 'storageGb', 'hoursPerMonth'],
  },
  {
    format: 'rvtools',
    columns: RVTOOLS_VINFO_COLUMNS,
    keys: ['vm', 'powerstate', 'cpus', 'memoryMib'],
  },
  { format: 'ads-import', columns: ADS_COLUMNS, keys: ['ramMb'] },
  {
    format: 'azure-migrate',
    columns: AZURE_MIGRATE_COLUMNS,
    keys: ['serverName', 'cores', 'memoryMb'],
  },
];

function matches(
  sheet: GridSheet,
  columns: readonly ColumnDef[],
  keys: readonly string[],
): boolean {
  const m = findHeaderRow(sheet, columns, { minMatches: keys.length });
  return m !== null && keys.every((k) => m.columns.has(k));
}

/**
 * Detects the workbook's format from its headers (sheet names only break ties): our template
 * first (a data sheet whose headers match), then each external format. Hidden sheets are ignored.
 */
export function detectFormat(grid: Grid): DetectedFormat | null {
  const visible = grid.sheets.filter((s) => !s.hidden);
  for (const layout of TEMPLATE_DATA_SHEETS) {
    const sheet = visible.find((s) => s.name.trim().toLowerCase() === layout.name.toLowerCase());
    // Named like a template sheet with a few template headers: the reader reports what is missing.
    if (sheet && findHeaderRow(sheet, layout.columns, { minMatches: 3 }))
      return { format: 'template', sheet: sheet.name };
  }
  const ordered = [...visible].sort((a, b) => rank(a) - rank(b));
  for (const sig of SIGNATURES) {
    const sheet = ordered.find((s) => matches(s, sig.columns, sig.keys));
    if (sheet) return { format: sig.format, sheet: sheet.name };
  }
  if (visible.some((s) => s.name.trim().toLowerCase() === SETTINGS_SHEET.toLowerCase())) {
    return { format: 'template', sheet: SETTINGS_SHEET };
  }
  return null;
}

/** Sheets whose names are the formats' usual ones are tried first. */
function rank(sheet: GridSheet): number {
  const n = sheet.name.trim().toLowerCase();
  return n === 'inputs' || n === 'vinfo' ? 0 : 1;
}

/** A format whose header row sits below the searched rows: reported instead of "unknown". */
export function detectMisplacedHeader(
  grid: Grid,
): { format: WorkbookFormat; sheet: string; row: number } | null {
  const all = [
    ...TEMPLATE_DATA_SHEETS.map((l) => ({
      format: 'template' as const,
      columns: l.columns,
      keys: signatureKeys(l.columns),
    })),
    ...SIGNATURES,
  ];
  for (const sheet of grid.sheets.filter((s) => !s.hidden)) {
    for (const sig of all) {
      const m = findHeaderRow(sheet, sig.columns, { minMatches: sig.keys.length, searchRows: 500 });
      if (m && sig.keys.every((k) => m.columns.has(k)))
        return { format: sig.format, sheet: sheet.name, row: m.headerRow };
    }
  }
  return null;
}

const SHARED_FIELDS = new Set(['description', 'group', 'region', 'quantity']);

/**
 * The columns that identify a template sheet's header: its required ones, or (a sheet with fewer
 * than two, such as EKS or CloudWatch) its first two columns no other sheet has too.
 */
function signatureKeys(columns: readonly TemplateColumn[]): string[] {
  const required = columns.filter((c) => c.required).map((c) => c.field);
  if (required.length >= 2) return required;
  return columns
    .filter((c) => !SHARED_FIELDS.has(c.field))
    .slice(0, 2)
    .map((c) => c.field);
}
