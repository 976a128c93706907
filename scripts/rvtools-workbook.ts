import type { Rows, SimpleSheet } from './simple-workbook';
import { simpleWorkbook } from './simple-workbook';

/**
 * The one writer of generated RVTools exports (the workbook corpus, examples/, the coverage
 * workbooks, the test and benchmark estates): a vInfo tab (one row per VM) and an optional vDisk
 * tab (one row per disk), headed with the column names RVTools 4.x writes. Each caller picks the
 * columns it needs, in its order; rows are the cells in that order. Fixed document date and zip
 * timestamps (scripts/simple-workbook.ts), so a regenerated workbook is byte-identical.
 */
export type VInfoColumn =
  | 'VM'
  | 'Powerstate'
  | 'Template'
  | 'DNS Name'
  | 'CPUs'
  | 'Memory'
  | 'NICs'
  | 'Disks'
  | 'Provisioned MiB'
  | 'In Use MiB'
  | 'Datacenter'
  | 'Cluster'
  | 'Host'
  | 'OS according to the configuration file'
  | 'OS according to the VMware Tools'
  | 'VI SDK Server';

export type VDiskColumn =
  'VM' | 'Powerstate' | 'Template' | 'Disk' | 'Capacity MiB' | 'Thin' | 'Path';

/** The vInfo columns the reader uses for sizing (core/sheets/inventory/rvtools-layout.ts). */
export const VINFO_SIZING_COLUMNS: readonly VInfoColumn[] = [
  'VM',
  'Powerstate',
  'Template',
  'CPUs',
  'Memory',
  'Provisioned MiB',
  'In Use MiB',
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'Cluster',
];

export interface RvtoolsTab<C extends string> {
  readonly columns: readonly C[];
  /** One array of cells per VM (vInfo) or disk (vDisk), in the order of `columns`. */
  readonly rows: Rows;
}

export interface RvtoolsExport {
  readonly vInfo: RvtoolsTab<VInfoColumn>;
  readonly vDisk?: RvtoolsTab<VDiskColumn>;
  /** Header rows in bold (files people open, such as examples/). */
  readonly boldHeaders?: boolean;
}

/** The export's tabs as sheets of scripts/simple-workbook.ts. */
export function rvtoolsSheets(rvtools: RvtoolsExport): SimpleSheet[] {
  const tab = (name: string, t: RvtoolsTab<string>): SimpleSheet => ({
    name,
    rows: [[...t.columns], ...t.rows],
    ...(rvtools.boldHeaders ? { boldRows: [1] } : {}),
  });
  return [tab('vInfo', rvtools.vInfo), ...(rvtools.vDisk ? [tab('vDisk', rvtools.vDisk)] : [])];
}

/** The export as an .xlsx file. */
export function rvtoolsWorkbook(rvtools: RvtoolsExport): Promise<Buffer> {
  return simpleWorkbook(rvtoolsSheets(rvtools));
}
