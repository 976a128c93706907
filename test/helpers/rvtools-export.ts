import ExcelJS from 'exceljs';

/**
 * A generated RVTools export (vInfo sheet, RVTools 4.x column names): `count` powered-on VMs that
 * cycle through guest OSes (Linux distributions, Windows, Windows with SQL Server, RHEL) and sizes,
 * including a few larger than any current instance type, as a customer's estate has them. Written
 * with exceljs and read back through the same reader as uploads.
 */
const GUESTS = [
  'Ubuntu Linux (64-bit)',
  'Microsoft Windows Server 2019 (64-bit)',
  'Red Hat Enterprise Linux 8 (64-bit)',
  'CentOS 7 (64-bit)',
  'Microsoft Windows Server 2022 (64-bit)',
];
const SIZES: readonly [number, number][] = [
  [2, 4096],
  [2, 8192],
  [4, 16384],
  [8, 32768],
  [16, 65536],
  // Larger than any current-generation type in the catalog: nothing fits, so it stays unpriced.
  [512, 33_554_432],
];

export async function rvtoolsExport(count: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date('2026-11-26T00:00:00Z');
  const ws = wb.addWorksheet('vInfo');
  ws.addRow([
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
  ]);
  for (let i = 0; i < count; i++) {
    const [cpus, memory] = SIZES[i % SIZES.length]!;
    const guest = GUESTS[i % GUESTS.length]!;
    ws.addRow([
      `vm${String(i).padStart(4, '0')}`,
      'poweredOn',
      false,
      cpus,
      memory,
      51_200 + i * 1024,
      20_000,
      guest,
      guest,
      i % 2 ? 'Prod' : 'Dev',
    ]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
