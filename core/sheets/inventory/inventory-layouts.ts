import type { ColumnDef } from '../read/header-match';

/** Fields a server inventory row gives, whatever tool exported it. */
export type ServerField =
  | 'serverName'
  | 'hostName'
  | 'externalId'
  | 'ip'
  | 'cpus'
  | 'cores'
  | 'logicalCores'
  | 'memoryMb'
  | 'ramMb'
  | 'osName'
  | 'osVersion';

/**
 * AWS Application Discovery Service import CSV (docs: discovery-import.html): one matching key
 * per row (ExternalId, IPAddress, HostName or VMware ids); no disk sizes.
 */
export const ADS_COLUMNS: readonly ColumnDef<ServerField>[] = [
  { field: 'externalId', aliases: ['ExternalId'] },
  { field: 'hostName', aliases: ['HostName'] },
  { field: 'serverName', aliases: ['VMware.VMName'] },
  { field: 'ip', aliases: ['IPAddress'] },
  { field: 'cpus', aliases: ['CPU.NumberOfProcessors'] },
  { field: 'cores', aliases: ['CPU.NumberOfCores'] },
  { field: 'logicalCores', aliases: ['CPU.NumberOfLogicalCores'] },
  { field: 'ramMb', aliases: ['RAM.TotalSizeInMB'] },
  { field: 'osName', aliases: ['OS.Name'] },
  { field: 'osVersion', aliases: ['OS.Version'] },
];

/** Azure Migrate import CSV: `*Server name, IP addresses, *Cores, *Memory (In MB), *OS name, ...`. */
export const AZURE_MIGRATE_COLUMNS: readonly ColumnDef<ServerField>[] = [
  { field: 'serverName', aliases: ['*Server name', 'Server name'], required: true },
  { field: 'ip', aliases: ['IP addresses'] },
  { field: 'cores', aliases: ['*Cores', 'Cores'], required: true },
  { field: 'memoryMb', aliases: ['*Memory (In MB)', 'Memory (In MB)'], required: true },
  { field: 'osName', aliases: ['*OS name', 'OS name'], required: true },
  { field: 'osVersion', aliases: ['OS version'] },
];

/** Azure Migrate disk columns: `Disk 1 size (In GB)`, `Disk 2 size (In GB)`, ... */
export const AZURE_DISK_SIZE_HEADER = /^disk(\d+)sizeingb$/;
