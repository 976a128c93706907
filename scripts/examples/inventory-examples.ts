import type { Rows, SimpleSheet } from '../simple-workbook';
import type { VDiskColumn, VInfoColumn } from '../rvtools-workbook';
import { rvtoolsSheets } from '../rvtools-workbook';
import { BULK_EC2_COLUMNS, BULK_EC2_SECTIONS } from '../../core/sheets';

/**
 * examples/rvtools-export.xlsx: a small RVTools export of a fictitious VMware estate (vInfo with
 * the columns RVTools 4 writes that matter here, and vDisk), eight VMs: six powered on, one
 * powered off, one template.
 */
const VINFO_HEADER: readonly VInfoColumn[] = [
  'VM',
  'Powerstate',
  'Template',
  'DNS Name',
  'CPUs',
  'Memory',
  'NICs',
  'Disks',
  'Provisioned MiB',
  'In Use MiB',
  'Datacenter',
  'Cluster',
  'Host',
  'OS according to the configuration file',
  'OS according to the VMware Tools',
  'VI SDK Server',
];

const WIN19 = 'Microsoft Windows Server 2019 (64-bit)';
const WIN22 = 'Microsoft Windows Server 2022 (64-bit)';
const UBUNTU = 'Ubuntu Linux (64-bit)';
const CENTOS = 'CentOS 7 (64-bit)';

// prettier-ignore
const VMS: Rows = [
  // VM, Powerstate, Template, DNS name, CPUs, Memory MiB, NICs, Disks, Provisioned MiB, In Use MiB,
  // Datacenter, Cluster, Host, OS (config), OS (Tools), vCenter
  ['fab-dc01', 'poweredOn', false, 'fab-dc01.fabrikam.local', 2, 8192, 1, 1, 81920, 40210, 'DC-Leeds', 'Prod', 'esx01.fabrikam.local', WIN19, WIN19, 'vc01.fabrikam.local'],
  ['fab-files01', 'poweredOn', false, 'fab-files01.fabrikam.local', 4, 16384, 1, 2, 1126400, 803112, 'DC-Leeds', 'Prod', 'esx02.fabrikam.local', WIN22, WIN22, 'vc01.fabrikam.local'],
  ['fab-web01', 'poweredOn', false, 'fab-web01.fabrikam.local', 2, 4096, 1, 1, 40960, 12877, 'DC-Leeds', 'Prod', 'esx01.fabrikam.local', UBUNTU, UBUNTU, 'vc01.fabrikam.local'],
  ['fab-web02', 'poweredOn', false, 'fab-web02.fabrikam.local', 2, 4096, 1, 1, 40960, 12903, 'DC-Leeds', 'Prod', 'esx02.fabrikam.local', UBUNTU, UBUNTU, 'vc01.fabrikam.local'],
  ['fab-app01', 'poweredOn', false, 'fab-app01.fabrikam.local', 4, 12288, 1, 2, 153600, 61230, 'DC-Leeds', 'Prod', 'esx03.fabrikam.local', CENTOS, CENTOS, 'vc01.fabrikam.local'],
  ['fab-build01', 'poweredOn', false, 'fab-build01.fabrikam.local', 8, 32768, 1, 1, 204800, 98345, 'DC-Leeds', 'Dev', 'esx04.fabrikam.local', UBUNTU, UBUNTU, 'vc01.fabrikam.local'],
  ['fab-erp-old', 'poweredOff', false, '', 4, 8192, 1, 1, 102400, 70011, 'DC-Leeds', 'Dev', 'esx04.fabrikam.local', WIN19, '', 'vc01.fabrikam.local'],
  ['tpl-win2022', 'poweredOff', true, '', 2, 4096, 1, 1, 61440, 15360, 'DC-Leeds', 'Dev', 'esx04.fabrikam.local', WIN22, '', 'vc01.fabrikam.local'],
];

const DISK_HEADER: readonly VDiskColumn[] = [
  'VM',
  'Powerstate',
  'Template',
  'Disk',
  'Capacity MiB',
  'Thin',
  'Path',
];

// prettier-ignore
const DISKS: Rows = [
  ['fab-dc01', 'poweredOn', false, 'Hard disk 1', 81920, true, '[ds-prod-01] fab-dc01/fab-dc01.vmdk'],
  ['fab-files01', 'poweredOn', false, 'Hard disk 1', 102400, true, '[ds-prod-01] fab-files01/fab-files01.vmdk'],
  ['fab-files01', 'poweredOn', false, 'Hard disk 2', 1024000, true, '[ds-prod-02] fab-files01/fab-files01_1.vmdk'],
  ['fab-web01', 'poweredOn', false, 'Hard disk 1', 40960, true, '[ds-prod-01] fab-web01/fab-web01.vmdk'],
  ['fab-web02', 'poweredOn', false, 'Hard disk 1', 40960, true, '[ds-prod-02] fab-web02/fab-web02.vmdk'],
  ['fab-app01', 'poweredOn', false, 'Hard disk 1', 51200, true, '[ds-prod-01] fab-app01/fab-app01.vmdk'],
  ['fab-app01', 'poweredOn', false, 'Hard disk 2', 102400, true, '[ds-prod-01] fab-app01/fab-app01_1.vmdk'],
  ['fab-build01', 'poweredOn', false, 'Hard disk 1', 204800, true, '[ds-dev-01] fab-build01/fab-build01.vmdk'],
  ['fab-erp-old', 'poweredOff', false, 'Hard disk 1', 102400, true, '[ds-dev-01] fab-erp-old/fab-erp-old.vmdk'],
  ['tpl-win2022', 'poweredOff', true, 'Hard disk 1', 61440, true, '[ds-dev-01] tpl-win2022/tpl-win2022.vmdk'],
];

export const RVTOOLS_SHEETS: readonly SimpleSheet[] = rvtoolsSheets({
  vInfo: { columns: VINFO_HEADER, rows: VMS },
  vDisk: { columns: DISK_HEADER, rows: DISKS },
  boldHeaders: true,
});

/**
 * examples/calculator-bulk-ec2.xlsx: the AWS Pricing Calculator's EC2 bulk-import workbook
 * (calculator.aws → Bulk import → the EC2 template), filled in: sheet `Inputs`, section titles in
 * row 2, the template's exact headers in row 3 from column B, one estimate line per row.
 */
// prettier-ignore
const BULK_ROWS: Rows = [
  // Group, Description, Region, OS, Instance type, Tenancy, Number, Assumed usage, Usage type,
  // Purchasing option, Storage type, GB, IOPS, Throughput, Snapshot frequency, Snapshot GB
  ['Production', 'Storefront web tier', 'us-east-1', 'Linux', 'm6i.large', 'Shared Instances', 4, undefined, 'Always On', 'On-Demand', 'General Purpose SSD (gp3)', 50, 3000, 125, undefined, undefined],
  ['Production', 'Checkout API', 'us-east-1', 'Linux', 'c6g.xlarge', 'Shared Instances', 2, undefined, 'Always On', '1 Yr No Upfront Standard Reserved', 'General Purpose SSD (gp3)', 30, 3000, 125, undefined, undefined],
  ['Production', 'Back office', 'us-east-1', 'Windows Server', 'm6i.xlarge', 'Shared Instances', 1, undefined, 'Always On', 'On-Demand', 'General Purpose SSD (gp3)', 200, 3000, 125, 'Daily', 20],
  ['Staging', 'Storefront staging', 'us-east-1', 'Linux', 'm6i.large', 'Shared Instances', 1, 50, 'Hours/Week', 'On-Demand', 'General Purpose SSD (gp3)', 50, 3000, 125, undefined, undefined],
];

function sectionTitles(): Rows[number] {
  const row: Rows[number] = [];
  for (const [title, first] of BULK_EC2_SECTIONS)
    row[1 + BULK_EC2_COLUMNS.findIndex((c) => c.field === first)] = title;
  return row;
}

export const BULK_EC2_SHEETS: readonly SimpleSheet[] = [
  {
    name: 'Inputs',
    rows: [
      [],
      sectionTitles(),
      [undefined, ...BULK_EC2_COLUMNS.map((c) => c.header)],
      ...BULK_ROWS.map((r, i) => [i + 1, ...r]),
    ],
    widths: [6, ...BULK_EC2_COLUMNS.map((c) => c.width)],
    boldRows: [2, 3],
  },
];
