/**
 * Generates the two workbooks the catalog's coverage is measured with (core/catalog/data/README.md,
 * "Estimates priced"): a 40-row AWS Pricing Calculator bulk-import EC2 workbook (common instance
 * types of every generation, Linux and Windows, On-Demand, Reserved and Savings Plans, gp3/gp2
 * volumes) and an RVTools export of 1,000 VMs (seeded, so the same every run: about half Linux, a
 * third Windows, the rest RHEL and SUSE; common on-premises shapes; 8 % powered off). Run them through `npm run estimate`:
 *
 *   node --import tsx scripts/coverage-workbooks.ts --out .local/coverage
 *   npm run estimate -- .local/coverage/bulk-import-40.xlsx --region ap-southeast-1 --format json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { BULK_EC2_COLUMNS } from '../core/sheets/formats/bulk-import-layout';
import { VINFO_SIZING_COLUMNS, rvtoolsWorkbook } from './rvtools-workbook';
import { seededRandom } from './seeded-random';
import { FIXED_DATE } from './simple-workbook';

/** [instance type, OS, purchasing option, quantity, storage type, GB] — 40 rows. */
const BULK_ROWS: readonly (readonly [string, string, string, number, string, number])[] = [
  ['m5.large', 'Linux', 'On-Demand', 4, 'General Purpose SSD (gp3)', 100],
  ['m5.xlarge', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 200],
  ['m6i.large', 'Linux', 'On-Demand', 6, 'General Purpose SSD (gp3)', 80],
  ['m6i.2xlarge', 'Linux', '1 Yr No Upfront Reserved', 2, 'General Purpose SSD (gp3)', 500],
  ['m7g.large', 'Linux', 'On-Demand', 3, 'General Purpose SSD (gp3)', 50],
  ['m7i.xlarge', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 100],
  ['c5.large', 'Linux', 'On-Demand', 4, 'General Purpose SSD (gp2)', 30],
  ['c5.2xlarge', 'Linux', '3 Yr No Upfront Reserved', 2, 'General Purpose SSD (gp3)', 60],
  ['c6g.xlarge', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 40],
  ['c6i.4xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 100],
  ['c7g.2xlarge', 'Linux', '1 Yr No Upfront Reserved', 2, 'General Purpose SSD (gp3)', 40],
  ['r5.large', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 250],
  ['r5.2xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 1000],
  ['r6g.xlarge', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 300],
  ['r6i.4xlarge', 'Linux', '1 Yr No Upfront Reserved', 1, 'General Purpose SSD (gp3)', 2000],
  ['r7g.large', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 100],
  ['t3.micro', 'Linux', 'On-Demand', 5, 'General Purpose SSD (gp3)', 20],
  ['t3.medium', 'Linux', 'On-Demand', 4, 'General Purpose SSD (gp3)', 30],
  ['t3a.large', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 50],
  ['t4g.small', 'Linux', 'On-Demand', 3, 'General Purpose SSD (gp3)', 20],
  ['m4.large', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp2)', 100],
  ['c4.xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp2)', 50],
  ['r4.large', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp2)', 100],
  ['t2.medium', 'Linux', 'On-Demand', 3, 'General Purpose SSD (gp2)', 30],
  ['i3.xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 50],
  ['i4i.large', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 50],
  ['x2idn.16xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 500],
  ['g4dn.xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 200],
  ['m5a.large', 'Linux', '3 Yr No Upfront Reserved', 2, 'General Purpose SSD (gp3)', 80],
  ['c5n.xlarge', 'Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 40],
  ['m6g.medium', 'Linux', 'On-Demand', 4, 'General Purpose SSD (gp3)', 20],
  ['r5d.xlarge', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 100],
  ['z1d.large', 'Linux', 'On-Demand', 1, 'General Purpose SSD (gp3)', 50],
  [
    'm5.large',
    'Linux',
    '1 Yr No Upfront Compute Savings Plan',
    4,
    'General Purpose SSD (gp3)',
    100,
  ],
  [
    'c6i.xlarge',
    'Linux',
    '3 Yr No Upfront EC2 Instance Savings Plan',
    2,
    'General Purpose SSD (gp3)',
    50,
  ],
  ['m5.xlarge', 'Windows Server', 'On-Demand', 2, 'General Purpose SSD (gp3)', 150],
  ['t3.large', 'Windows Server', 'On-Demand', 2, 'General Purpose SSD (gp3)', 100],
  ['r5.xlarge', 'Windows Server', 'On-Demand', 1, 'General Purpose SSD (gp3)', 300],
  ['c5.xlarge', 'Windows Server', '1 Yr No Upfront Reserved', 1, 'General Purpose SSD (gp3)', 100],
  ['m6i.large', 'Red Hat Enterprise Linux', 'On-Demand', 2, 'General Purpose SSD (gp3)', 80],
];

async function bulkImport40(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('Inputs');
  ws.getRow(2).values = [null, 'Elastic Cloud Compute (EC2) Specifications'];
  ws.getRow(3).values = [null, ...BULK_EC2_COLUMNS.map((c) => c.header)];
  BULK_ROWS.forEach(([type, os, option, quantity, storage, gb], i) => {
    ws.getRow(4 + i).values = [
      i + 1,
      i < 20 ? 'Production' : 'Non-production',
      `server group ${i + 1}`,
      'us-east-1',
      os,
      type,
      'Shared Instances',
      quantity,
      null,
      'Always On',
      option,
      storage,
      gb,
    ];
  });
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Guest OS texts as RVTools prints them, weighted: about half Linux, a third Windows. */
const GUESTS: readonly (readonly [string, number])[] = [
  ['Ubuntu Linux (64-bit)', 14],
  ['CentOS 7 (64-bit)', 12],
  ['Debian GNU/Linux 11 (64-bit)', 6],
  ['Oracle Linux 8 (64-bit)', 5],
  ['Other 4.x or later Linux (64-bit)', 6],
  ['Amazon Linux 2 (64-bit)', 5],
  ['Microsoft Windows Server 2019 (64-bit)', 18],
  ['Microsoft Windows Server 2016 (64-bit)', 12],
  ['Microsoft Windows Server 2022 (64-bit)', 5],
  ['Red Hat Enterprise Linux 8 (64-bit)', 12],
  ['SUSE Linux Enterprise 15 (64-bit)', 5],
];
/** [vCPU, GiB] shapes of on-premises VMs, weighted by how often they occur. */
const SHAPES: readonly (readonly [number, number, number])[] = [
  [1, 1, 3],
  [1, 2, 6],
  [2, 2, 6],
  [2, 4, 14],
  [2, 8, 12],
  [3, 6, 2],
  [4, 4, 4],
  [4, 8, 14],
  [4, 16, 12],
  [6, 12, 3],
  [6, 24, 2],
  [8, 16, 8],
  [8, 32, 8],
  [8, 64, 3],
  [12, 48, 2],
  [16, 32, 3],
  [16, 64, 4],
  [16, 128, 2],
  [24, 96, 1],
  [32, 128, 2],
  [32, 256, 1],
  [48, 384, 1],
  [64, 512, 1],
];

function weighted<T extends readonly unknown[]>(
  next: () => number,
  list: readonly T[],
  weight: (t: T) => number,
): T {
  let pick = next() * list.reduce((n, t) => n + weight(t), 0);
  for (const t of list) if ((pick -= weight(t)) < 0) return t;
  return list[0]!;
}

/** The guest OS only as VMware Tools reports it (no configuration-file column), as some exports have it. */
const RVTOOLS_COLUMNS = VINFO_SIZING_COLUMNS.filter(
  (c) => c !== 'OS according to the configuration file',
);

function rvtools1000(): Promise<Buffer> {
  const next = seededRandom(12);
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const [vcpu, gib] = weighted(next, SHAPES, (s) => s[2]);
    const [guest] = weighted(next, GUESTS, (g) => g[1]);
    const diskGb = [40, 60, 80, 100, 200, 500, 1000][Math.floor(next() * 7)] ?? 100;
    return [
      `vm-${String(i + 1).padStart(4, '0')}`,
      next() < 0.08 ? 'poweredOff' : 'poweredOn',
      false,
      vcpu,
      gib * 1024,
      diskGb * 1024,
      Math.round(diskGb * 1024 * 0.6),
      guest,
      `Cluster ${1 + (i % 5)}`,
    ];
  });
  return rvtoolsWorkbook({ vInfo: { columns: RVTOOLS_COLUMNS, rows } });
}

export const COVERAGE_WORKBOOKS = {
  'bulk-import-40.xlsx': bulkImport40,
  'rvtools-1000.xlsx': rvtools1000,
} as const;

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { out: { type: 'string', default: '.local/coverage' } },
  });
  const out = path.resolve(values.out ?? '.local/coverage');
  mkdirSync(out, { recursive: true });
  for (const [name, make] of Object.entries(COVERAGE_WORKBOOKS)) {
    writeFileSync(path.join(out, name), await make());
    console.log(path.join(out, name));
  }
}

if (require.main === module) void main(process.argv.slice(2));
