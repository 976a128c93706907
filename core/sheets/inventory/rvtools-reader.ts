import type { RequirementItem } from '../../requirements/requirement-items';
import type { Grid, GridSheet } from '../grid/grid';
import { findSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows } from '../read/data-rows';
import { findHeaderRow } from '../read/header-match';
import type { ColumnDef } from '../read/header-match';
import { mapGuestOs } from '../../vocabulary/operating-systems';
import { isWindowsOs } from '../../offerings/offering-rules';
import {
  RVTOOLS_VDISK_COLUMNS,
  RVTOOLS_VINFO_COLUMNS,
  RVTOOLS_VPARTITION_COLUMNS,
} from './rvtools-layout';
import type { VDiskField, VInfoField } from './rvtools-layout';
import { mibToGib, mibToWholeGb, serverToItems, sizingRule } from './vm-sizing';
import type { SizingPolicy } from '../../requirements/sizing-policy';

export interface InventoryOptions {
  /** Price powered-off and suspended VMs too (default false: they are excluded and counted). */
  readonly includePoweredOff?: boolean;
  /** Price VM templates too (default false). */
  readonly includeTemplates?: boolean;
  /** The sizing policy the servers will be priced under, stated in the reader's sizing sentence. */
  readonly sizingPolicy?: SizingPolicy;
}

export interface InventoryCounts {
  readonly servers: number;
  readonly poweredOff: number;
  readonly templates: number;
}

const truthy = (v: string | undefined): boolean =>
  v !== undefined && ['true', 'yes', '1'].includes(v.toLowerCase());

/**
 * An RVTools export: one EC2 item (sized by vCPU and memory) and one gp3 EBS item per VM of vInfo.
 * Storage is vInfo `Provisioned MiB` (what the VM may grow to — the bulk template asks what to
 * provision); when vInfo lacks it, the sum of the VM's vDisk capacities, then vPartition's.
 */
export function readRvtools(
  grid: Grid,
  vinfo: GridSheet,
  issues: IssueCollector,
  options: InventoryOptions,
): { items: RequirementItem[]; counts: InventoryCounts } {
  const header = findHeaderRow(vinfo, RVTOOLS_VINFO_COLUMNS, { minMatches: 4 });
  if (!header || header.missing.length) {
    issues.error(
      vinfo.name,
      null,
      null,
      'header.missing',
      'vInfo needs the columns VM, Powerstate, CPUs and Memory',
    );
    return { items: [], counts: { servers: 0, poweredOff: 0, templates: 0 } };
  }
  const disks = header.columns.has('provisionedMib') ? undefined : diskTotals(grid, issues);
  const items: RequirementItem[] = [];
  let poweredOff = 0;
  let templates = 0;
  let servers = 0;
  for (const row of dataRows(vinfo, header.headerRow, issues)) {
    const r = new RowReader<VInfoField>(vinfo, row, header.columns, issues);
    if (truthy(r.text('template', 'template')) && !options.includeTemplates) {
      templates++;
      continue;
    }
    const power = r.text('powerstate', 'power state')?.toLowerCase();
    if (power !== 'poweredon' && !options.includePoweredOff) {
      poweredOff++;
      continue;
    }
    const name = r.text('vm', 'VM name', true);
    const vcpu = r.number('cpus', 'CPUs', { integer: true, min: 1 }, true);
    const memoryMib = r.number(
      'memoryMib',
      'memory',
      { unit: 'MiB', min: 0, exclusiveMin: true },
      true,
    );
    const provisioned = r.number('provisionedMib', 'provisioned storage', { unit: 'MiB', min: 0 });
    const osText = r.text('osTools', 'guest OS') ?? r.text('osConfig', 'guest OS');
    const os = mapGuestOs(osText);
    if (!os.recognised)
      r.warn(
        header.columns.has('osTools') ? 'osTools' : 'osConfig',
        'os.assumed-linux',
        `guest OS ${JSON.stringify(osText ?? '')} is not recognised; priced as Linux`,
      );
    if (os.arm && isWindowsOs(os.os))
      r.warn(
        header.columns.has('osTools') ? 'osTools' : 'osConfig',
        'inventory.windows-arm',
        'the guest is Windows on Arm; AWS offers Windows on x86_64 only, so it is sized as x86_64',
      );
    if (name === undefined || vcpu === undefined || memoryMib === undefined) continue;
    const storageMib = provisioned ?? disks?.get(name);
    const cluster = r.text('cluster', 'cluster');
    servers++;
    items.push(
      ...serverToItems({
        id: `${vinfo.name}-${row}`,
        name,
        vcpu,
        memoryGib: mibToGib(memoryMib),
        os: os.os,
        arm: os.arm,
        storageGb: storageMib === undefined ? undefined : mibToWholeGb(storageMib),
        group: cluster ? [cluster] : undefined,
        source: r.source(),
      }),
    );
  }
  if (servers)
    issues.warning(
      vinfo.name,
      null,
      null,
      'inventory.sizing-rule',
      `${servers} VMs read: ${sizingRule(options.sizingPolicy)}`,
    );
  if (poweredOff)
    issues.warning(
      vinfo.name,
      null,
      null,
      'rvtools.powered-off-excluded',
      `${poweredOff} powered-off or suspended VMs excluded (include them with the "include powered-off VMs" option)`,
    );
  if (templates)
    issues.warning(
      vinfo.name,
      null,
      null,
      'rvtools.templates-excluded',
      `${templates} VM templates excluded`,
    );
  return { items, counts: { servers, poweredOff, templates } };
}

/** VM name -> total disk MiB from vDisk, else vPartition; undefined when neither tab is usable. */
function diskTotals(grid: Grid, issues: IssueCollector): Map<string, number> | undefined {
  const tabs: [string, readonly ColumnDef<VDiskField>[]][] = [
    ['vDisk', RVTOOLS_VDISK_COLUMNS],
    ['vPartition', RVTOOLS_VPARTITION_COLUMNS],
  ];
  for (const [name, columns] of tabs) {
    const sheet = findSheet(grid, name);
    const header = sheet && findHeaderRow(sheet, columns);
    if (!sheet || !header || header.missing.length) continue;
    const totals = new Map<string, number>();
    for (const row of dataRows(sheet, header.headerRow, issues)) {
      const r = new RowReader<VDiskField>(sheet, row, header.columns, issues);
      const vm = r.text('vm', 'VM name');
      const mib = r.number('capacityMib', 'capacity', { unit: 'MiB', min: 0 });
      if (vm !== undefined && mib !== undefined) totals.set(vm, (totals.get(vm) ?? 0) + mib);
    }
    return totals;
  }
  return undefined;
}
