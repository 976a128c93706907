import { VINFO_SIZING_COLUMNS, rvtoolsWorkbook } from '../../scripts/rvtools-workbook';

/**
 * A generated RVTools export (vInfo sheet, RVTools 4.x column names): `count` powered-on VMs that
 * cycle through guest OSes (Linux distributions, Windows, Windows with SQL Server, RHEL) and sizes,
 * including a few larger than any current instance type, as a customer's estate has them. Written
 * by scripts/rvtools-workbook.ts and read back through the same reader as uploads.
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

export function rvtoolsExport(count: number): Promise<Uint8Array> {
  const rows = Array.from({ length: count }, (_, i) => {
    const [cpus, memory] = SIZES[i % SIZES.length]!;
    const guest = GUESTS[i % GUESTS.length]!;
    const name = `vm${String(i).padStart(4, '0')}`;
    const cluster = i % 2 ? 'Prod' : 'Dev';
    return [
      name,
      'poweredOn',
      false,
      cpus,
      memory,
      51_200 + i * 1024,
      20_000,
      guest,
      guest,
      cluster,
    ];
  });
  return rvtoolsWorkbook({ vInfo: { columns: VINFO_SIZING_COLUMNS, rows } });
}
