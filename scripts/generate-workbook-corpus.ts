/**
 * Generates the workbook fixtures of test/fixtures/workbooks: one sample per supported format and
 * the bad-input corpus (corrupt zip, zip bombs, encrypted and legacy containers, macros, hidden
 * sheets, merged cells, dates where numbers belong, a misplaced header...). `corpus.json` (from
 * test/fixtures/workbooks/corpus-manifest.ts) says what each file must give; test/backend/excel/workbook-corpus.test.ts checks it.
 *
 *   npm run workbooks:corpus               # writes test-artifacts/workbook-corpus/ and compares
 *   npm run workbooks:corpus -- --record   # writes test/fixtures/workbooks/ (tracked)
 *
 * Every zip entry carries a fixed timestamp, so a second run gives byte-identical files.
 * Files over a few hundred KB are never written here (the >10 MB case is built in its test).
 */
import ExcelJS from 'exceljs';
import { buildTemplateWorkbook } from '../backend/excel/build-template';
import {
  readZipParts as unzip,
  withFixedTimestamps,
  writeZipParts as zip,
} from '../backend/excel/zip-package';
import { CORPUS, CSV_SAMPLES } from '../test/fixtures/workbooks/corpus-manifest';
import {
  BULK_EBS_COLUMNS,
  BULK_EC2_COLUMNS,
  BULK_HOST_COLUMNS,
  COMPUTE_SHEET,
} from '../core/sheets';
import { VINFO_SIZING_COLUMNS, rvtoolsWorkbook } from './rvtools-workbook';
import { bulkEc2EstateWorkbook } from './bulk-ec2-estate';
import type { GeneratedTarget } from './generated-files';
import { runGenerator } from './generated-files';
import type { Rows } from './simple-workbook';
import { FIXED_DATE, simpleWorkbook } from './simple-workbook';

const TARGET: GeneratedTarget = {
  tracked: 'test/fixtures/workbooks',
  scratch: 'test-artifacts/workbook-corpus',
  keep: ['corpus-manifest.ts'],
};
const xlsx = simpleWorkbook;

/** An OLE compound file header followed by the UTF-16 names of the streams it would hold. */
function cfb(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return Buffer.concat([
    header,
    ...streams.map((s) => Buffer.from(s, 'utf16le')),
    Buffer.alloc(512),
  ]);
}

// ---- sample workbooks, one per format ----------------------------------------------------------
const bulk = (columns: readonly { header: string }[], title: string, rows: Rows): Rows => [
  [],
  [undefined, title],
  [undefined, ...columns.map((c) => c.header)],
  ...rows.map((r, i) => [i + 1, ...r]),
];

const WIN2019 = 'Microsoft Windows Server 2019 (64-bit)';
const WIN2022 = 'Microsoft Windows Server 2022 (64-bit)';
const RHEL8 = 'Red Hat Enterprise Linux 8 (64-bit)';
const CENTOS7 = 'CentOS 7 (64-bit)';

const samples = {
  'aws-bulk-ec2.xlsx': () =>
    xlsx([
      {
        name: 'Inputs',
        rows: bulk(BULK_EC2_COLUMNS, 'Elastic Cloud Compute (EC2) Specifications', [
          [
            'Production',
            'web tier',
            'us-east-1',
            'Linux',
            'm5.large',
            'Shared Instances',
            { formula: '5*2', result: 10 },
            undefined,
            'Always On',
            '1 Yr No Upfront Compute Savings Plan',
            'General Purpose SSD (gp3)',
            100,
            3000,
            125,
            'Daily',
            5,
          ],
          [
            'Beta',
            'windows estimate',
            'sa-east-1',
            'Windows Server',
            't3.medium',
            'Shared Instances',
            2,
            40,
            'Hours/Week',
            'On-Demand',
          ],
        ]),
        merges: ['B2:K2'],
      },
    ]),
  'aws-bulk-ec2-estate.xlsx': bulkEc2EstateWorkbook,
  'aws-bulk-ebs.xlsx': () =>
    xlsx([
      {
        name: 'Inputs',
        rows: bulk(BULK_EBS_COLUMNS, 'Elastic Block Storage (EBS) Specifications', [
          [
            'Prod',
            'data volumes',
            'eu-west-1',
            'General Purpose SSD (gp3)',
            730,
            6,
            250,
            4000,
            250,
            'Weekly',
            20,
          ],
        ]),
      },
    ]),
  'aws-bulk-dedicated-hosts.xlsx': () =>
    xlsx([
      {
        name: 'Inputs',
        rows: bulk(BULK_HOST_COLUMNS, 'EC2 Dedicated Hosts', [
          [
            'SQL hosts',
            'licensing',
            'us-east-2',
            'r6i',
            2,
            '3 Yr All Upfront EC2 Instance Savings Plan',
          ],
        ]),
      },
    ]),
  'rvtools.xlsx': () =>
    rvtoolsWorkbook({
      vInfo: {
        columns: VINFO_SIZING_COLUMNS,
        rows: [
          ['web01', 'poweredOn', false, 2, 8192, 51200, 20000, WIN2019, WIN2019, 'Prod'],
          ['db01', 'poweredOn', false, 8, 65536, 512000.5, 400000, RHEL8, '', 'Prod'],
          ['app01', 'poweredOn', false, 4, 12288, 102400, 50000, CENTOS7, CENTOS7, 'Dev'],
          ['old01', 'poweredOff', false, 2, 4096, 40960, 1000, 'Ubuntu Linux (64-bit)', '', 'Dev'],
          ['tpl-win', 'poweredOff', true, 2, 4096, 40960, 1000, WIN2022, '', 'Dev'],
        ],
      },
      vDisk: { columns: ['VM', 'Disk', 'Capacity MiB'], rows: [['web01', 'Hard disk 1', 51200]] },
    }),
};

// ---- the bad-input corpus ----------------------------------------------------------------------
const computeHeader = COMPUTE_SHEET.columns.map((c) => c.aliases[0]!);

async function badInputs(): Promise<Record<string, Buffer>> {
  const good = await buildTemplateWorkbook();
  const parts = unzip(good);
  const withMacros = zip([
    ...parts.map((p) =>
      p.name === '[Content_Types].xml'
        ? {
            name: p.name,
            data: Buffer.from(
              p.data
                .toString('utf8')
                .replace(
                  '</Types>',
                  '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                ),
            ),
          }
        : p,
    ),
    { name: 'xl/vbaProject.bin', data: cfb(['VBA', 'Module1', 'Sub Auto_Open()']) },
  ]);
  const bombPart = {
    name: 'xl/worksheets/sheet9.xml',
    data: Buffer.alloc(120 * 1024 * 1024, 0x20),
  };
  return {
    'macros.xlsm': withMacros,
    'zip-bomb.xlsx': zip([...parts, bombPart]),
    'zip-bomb-lying-sizes.xlsx': zip([...parts, bombPart], (p) =>
      p === bombPart ? 1024 : p.data.length,
    ),
    'corrupt-truncated.xlsx': good.subarray(0, Math.floor(good.length / 2)),
    'corrupt-bad-part.xlsx': (() => {
      const z = Buffer.from(zip(parts));
      const at = z.indexOf(Buffer.from('xl/workbook.xml')) + 'xl/workbook.xml'.length + 4;
      z.fill(0xff, at, at + 40);
      return z;
    })(),
    'zip-not-a-workbook.xlsx': zip([{ name: 'readme.txt', data: Buffer.from('just a zip') }]),
    'not-a-workbook.xlsx': Buffer.from('%PDF-1.7\n% not a workbook at all\n'),
    'password-protected.xlsx': cfb(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']),
    'legacy.xls': cfb(['Workbook', 'SummaryInformation']),
    'hidden-sheet.xlsx': await xlsx([
      {
        name: 'Compute',
        rows: [computeHeader, ['Web', null, 'm7g.large', null, null, 'Linux', 2]],
      },
      {
        name: 'Old rows',
        rows: [computeHeader, ['Forgotten', null, 'm5.large', null, null, 'Linux', 9]],
        state: 'hidden',
      },
    ]),
    'merged-cells.xlsx': await xlsx([
      {
        name: 'Compute',
        rows: [
          computeHeader,
          ['Web', null, 'm7g.large', null, null, 'Linux', 2],
          ['Web and app', null, 'm7g.large', null, null, 'Linux', 3],
        ],
        merges: ['A3:B3'],
      },
    ]),
    'date-for-number.xlsx': await xlsx([
      {
        name: 'Compute',
        rows: [
          computeHeader,
          ['Web', null, 'm7g.large', null, null, 'Linux', new Date(Date.UTC(2024, 0, 5))],
        ],
        numFmt: { G2: 'yyyy-mm-dd' },
      },
    ]),
    'formula-errors.xlsx': await xlsx([
      {
        name: 'Compute',
        rows: [
          computeHeader,
          [
            'Web',
            null,
            'm7g.large',
            null,
            null,
            'Linux',
            { formula: 'VLOOKUP(A2,Sizes!A:B,2,FALSE)', result: { error: '#N/A' } },
          ],
          ['App', null, null, 4, { formula: 'Sizes!Z99', result: { error: '#REF!' } }, 'Linux', 1],
          ['Db', null, 'r7g.large', null, null, 'Linux', { formula: '1+1', result: 2 }],
        ],
      },
    ]),
    'header-misplaced.xlsx': await xlsx([
      {
        name: 'Inputs',
        rows: [
          ...Array.from({ length: 29 }, (_, i) => [
            i === 0 ? 'Notes from the customer' : undefined,
          ]),
          [undefined, ...BULK_EC2_COLUMNS.map((c) => c.header)],
          [
            1,
            null,
            null,
            'us-east-1',
            'Linux',
            'm5.large',
            'Shared Instances',
            1,
            null,
            'Always On',
            'On-Demand',
          ],
        ],
      },
    ]),
    'formatted-empty-rows.xlsx': await (async () => {
      const wb = new ExcelJS.Workbook();
      wb.created = FIXED_DATE;
      wb.modified = FIXED_DATE;
      const ws = wb.addWorksheet('Compute');
      ws.addRow(computeHeader);
      ws.addRow(['Web', null, 'm7g.large', null, null, 'Linux', 2]);
      for (let r = 3; r <= 500; r++)
        ws.getCell(r, 1).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFFFFF00' },
        };
      return withFixedTimestamps(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    })(),
    'unknown-format.xlsx': await xlsx([
      {
        name: 'Budget',
        rows: [
          ['Quarter', 'Amount'],
          ['Q1', 100],
        ],
      },
    ]),
  };
}

/** Every file of the corpus by name, corpus.json included. Deterministic: same bytes every run. */
export async function generateCorpus(): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = { 'template.xlsx': await buildTemplateWorkbook() };
  for (const [name, make] of Object.entries(samples)) files[name] = await make();
  for (const [name, text] of Object.entries(CSV_SAMPLES)) files[name] = Buffer.from(text, 'utf8');
  Object.assign(files, await badInputs());
  files['corpus.json'] = Buffer.from(`${JSON.stringify(CORPUS, null, 2)}\n`, 'utf8');
  const missing = CORPUS.filter((c) => !files[c.file]).map((c) => c.file);
  if (missing.length) throw new Error(`corpus entries without a file: ${missing.join(', ')}`);
  return files;
}

if (require.main === module) runGenerator(TARGET, generateCorpus, process.argv.slice(2));
