import type { ColumnDef } from '../read/header-match';

/**
 * RVTools (VMware inventory) columns the reader uses (domain-notes §4.3). xlsx exports name them
 * plainly (`VM`, `CPUs`, `Memory` in MiB, `Provisioned MiB`); older versions say `Provisioned MB`;
 * CSV exports prefix the tab (`vInfoVMName`, `vInfoCPUs`...).
 */
export type VInfoField =
  | 'vm'
  | 'powerstate'
  | 'template'
  | 'cpus'
  | 'memoryMib'
  | 'provisionedMib'
  | 'inUseMib'
  | 'osConfig'
  | 'osTools'
  | 'cluster'
  | 'datacenter';

export const RVTOOLS_VINFO_COLUMNS: readonly ColumnDef<VInfoField>[] = [
  { field: 'vm', aliases: ['VM', 'vInfoVMName', 'VM Name'], required: true },
  {
    field: 'powerstate',
    aliases: ['Powerstate', 'vInfoPowerstate', 'Power state'],
    required: true,
  },
  { field: 'template', aliases: ['Template', 'vInfoTemplate'] },
  { field: 'cpus', aliases: ['CPUs', 'vInfoCPUs', 'Num CPUs'], required: true },
  {
    field: 'memoryMib',
    aliases: ['Memory', 'vInfoMemory', 'Memory MiB', 'Memory MB'],
    required: true,
  },
  { field: 'provisionedMib', aliases: ['Provisioned MiB', 'Provisioned MB', 'vInfoProvisioned'] },
  { field: 'inUseMib', aliases: ['In Use MiB', 'In Use MB', 'vInfoInUse'] },
  { field: 'osConfig', aliases: ['OS according to the configuration file', 'vInfoOS', 'OS'] },
  { field: 'osTools', aliases: ['OS according to the VMware Tools', 'vInfoOSTools'] },
  { field: 'cluster', aliases: ['Cluster', 'vInfoCluster'] },
  { field: 'datacenter', aliases: ['Datacenter', 'vInfoDataCenter'] },
];

export type VDiskField = 'vm' | 'capacityMib';

export const RVTOOLS_VDISK_COLUMNS: readonly ColumnDef<VDiskField>[] = [
  { field: 'vm', aliases: ['VM', 'vDiskVMName'], required: true },
  {
    field: 'capacityMib',
    aliases: ['Capacity MiB', 'Capacity MB', 'vDiskCapacity'],
    required: true,
  },
];

export const RVTOOLS_VPARTITION_COLUMNS: readonly ColumnDef<VDiskField>[] = [
  { field: 'vm', aliases: ['VM', 'vPartitionVMName'], required: true },
  {
    field: 'capacityMib',
    aliases: ['Capacity MiB', 'Capacity MB', 'vPartitionCapacity'],
    required: true,
  },
];
