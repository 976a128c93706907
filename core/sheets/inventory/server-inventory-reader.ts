import type { RequirementItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import { lastColumn, valueAt } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows } from '../read/data-rows';
import { findHeaderRow, normalizeHeader } from '../read/header-match';
import type { ColumnDef } from '../read/header-match';
import { mapGuestOs } from '../../vocabulary/operating-systems';
import { isWindowsOs } from '../../offerings/offering-rules';
import { ADS_COLUMNS, AZURE_DISK_SIZE_HEADER, AZURE_MIGRATE_COLUMNS } from './inventory-layouts';
import type { ServerField } from './inventory-layouts';
import { mibToGib, serverToItems, sizingRule } from './vm-sizing';
import type { SizingPolicy } from '../../requirements/sizing-policy';

type Flavour = 'ads-import' | 'azure-migrate';

/**
 * AWS Application Discovery Service import CSV or Azure Migrate CSV: one sized EC2 item per
 * server (vCPU = logical cores, else cores, else processors), plus a gp3 volume of the summed
 * disk sizes where the file has them (Azure Migrate `Disk N size (In GB)`; ADS has none).
 */
export function readServerInventory(
  sheet: GridSheet,
  flavour: Flavour,
  issues: IssueCollector,
  sizingPolicy?: SizingPolicy,
): RequirementItem[] {
  const columns: readonly ColumnDef<ServerField>[] =
    flavour === 'ads-import' ? ADS_COLUMNS : AZURE_MIGRATE_COLUMNS;
  const header = findHeaderRow(sheet, columns, { minMatches: 2 });
  if (!header || header.missing.length) {
    const need = columns
      .filter((c) => c.required)
      .map((c) => `"${c.aliases[0]}"`)
      .join(', ');
    issues.error(
      sheet.name,
      header?.headerRow ?? null,
      null,
      'header.missing',
      `the header row needs the columns ${need || 'RAM.TotalSizeInMB and a CPU count'}`,
    );
    return [];
  }
  const diskColumns: number[] = [];
  for (let col = 1; col <= lastColumn(sheet); col++) {
    const h = valueAt(sheet, header.headerRow, col);
    if (typeof h === 'string' && AZURE_DISK_SIZE_HEADER.test(normalizeHeader(h)))
      diskColumns.push(col);
  }
  const items: RequirementItem[] = [];
  let servers = 0;
  for (const row of dataRows(sheet, header.headerRow, issues)) {
    const r = new RowReader<ServerField | `disk${number}`>(
      sheet,
      row,
      new Map([...header.columns, ...diskColumns.map((c, i) => [`disk${i}` as const, c] as const)]),
      issues,
    );
    const name =
      r.text('serverName', 'server name', flavour === 'azure-migrate') ??
      r.text('hostName', 'host name') ??
      r.text('externalId', 'external id') ??
      r.text('ip', 'IP address');
    const cpuField = (['logicalCores', 'cores', 'cpus'] as const).find(
      (f) => header.columns.has(f) && !r.isBlank(f),
    );
    if (cpuField === undefined)
      r.fail(
        header.columns.has('cores') ? 'cores' : 'logicalCores',
        'inventory.cpu-required',
        'a CPU count is required (logical cores, cores or processors)',
      );
    const vcpu = cpuField && r.number(cpuField, 'CPU count', { integer: true, min: 1 }, true);
    const memoryField = flavour === 'ads-import' ? 'ramMb' : 'memoryMb';
    const memoryMb = r.number(
      memoryField,
      'memory',
      { unit: 'MB', min: 0, exclusiveMin: true },
      true,
    );
    const osText = [
      r.text('osName', 'OS name', flavour === 'azure-migrate'),
      r.text('osVersion', 'OS version'),
    ]
      .filter(Boolean)
      .join(' ');
    const os = mapGuestOs(osText);
    if (!os.recognised)
      r.warn(
        'osName',
        'os.assumed-linux',
        `OS ${JSON.stringify(osText)} is not recognised; priced as Linux`,
      );
    if (os.arm && isWindowsOs(os.os))
      r.warn(
        'osName',
        'inventory.windows-arm',
        'the guest is Windows on Arm; AWS offers Windows on x86_64 only, so it is sized as x86_64',
      );
    let diskGb = 0;
    diskColumns.forEach(
      (_, i) => (diskGb += r.number(`disk${i}`, `disk ${i + 1} size`, { unit: 'GB', min: 0 }) ?? 0),
    );
    if (name === undefined)
      r.fail(
        'serverName',
        'inventory.name-required',
        'each row needs a server name, host name, external id or IP address',
      );
    if (name === undefined || vcpu === undefined || memoryMb === undefined) continue;
    servers++;
    items.push(
      ...serverToItems({
        id: `${sheet.name}-${row}`,
        name,
        vcpu,
        // Both tools write MB meaning MiB (binary megabytes), as RVTools does.
        memoryGib: mibToGib(memoryMb),
        os: os.os,
        arm: os.arm,
        storageGb: diskGb > 0 ? Math.ceil(diskGb) : undefined,
        source: r.source(),
      }),
    );
  }
  if (servers)
    issues.warning(
      sheet.name,
      null,
      null,
      'inventory.sizing-rule',
      `${servers} servers read: ${sizingRule(sizingPolicy)}`,
    );
  if (servers && flavour === 'ads-import')
    issues.warning(
      sheet.name,
      null,
      null,
      'ads.no-disks',
      'the Application Discovery Service import format has no disk sizes: add storage on a Storage sheet',
    );
  return items;
}
