import type { TemplateSheet } from '../../../core';
import { DROPDOWN_VALUES, TEMPLATE_DATA_SHEETS } from '../../../core';

/** What each template sheet holds, as the Add line form's service picker names it. */
const SERVICES_BY_SHEET: Readonly<Record<string, string>> = {
  Compute: 'EC2 instances',
  Storage: 'EBS volumes, S3 buckets, EFS',
  Database: 'RDS, Aurora, ElastiCache',
  Network: 'NAT, load balancers, IPv4, Route 53',
  DynamoDB: 'DynamoDB tables',
  Lambda: 'Lambda functions',
  Fargate: 'Fargate tasks',
  EKS: 'EKS clusters',
  CloudFront: 'CloudFront distributions',
  CloudWatch: 'CloudWatch monitoring',
  'Data Transfer': 'Data transfer',
};

export interface EntrySheet {
  readonly layout: TemplateSheet;
  /** `Lambda functions (Lambda sheet)`. */
  readonly label: string;
}

/** One Add line form per template sheet, in template order; every priced service is on one. */
export const ENTRY_SHEETS: readonly EntrySheet[] = TEMPLATE_DATA_SHEETS.map((layout) => ({
  layout: layout as TemplateSheet,
  label: `${SERVICES_BY_SHEET[layout.name] ?? layout.name} (${layout.name} sheet)`,
}));

/** A blank entry for a sheet: required dropdowns on their first word, required quantity 1. */
export function blankEntry(layout: TemplateSheet): Record<string, string> {
  const entry: Record<string, string> = {};
  for (const c of layout.columns) {
    if (c.required && c.list) entry[c.field] = DROPDOWN_VALUES[c.list][0] ?? '';
    else if (c.required && c.field === 'quantity') entry[c.field] = '1';
    else entry[c.field] = '';
  }
  return entry;
}
