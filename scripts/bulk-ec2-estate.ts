import { BULK_EC2_COLUMNS, BULK_EC2_SECTIONS } from '../core/sheets/formats/bulk-import-layout';
import { EBS_TYPE_NAMES } from '../core/vocabulary/storage-types';
import type { EbsVolumeType } from '../core';
import type { Rows } from './simple-workbook';
import { simpleWorkbook } from './simple-workbook';

/**
 * The 40-row AWS Pricing Calculator "Amazon EC2 instances" bulk-import workbook the catalog's
 * coverage is measured with (issue 12's done-when; test/scripts/estate-coverage.test.ts).
 * Committed as test/fixtures/workbooks/aws-bulk-ec2-estate.xlsx by `npm run workbooks:corpus`.
 *
 * The estate of a mid-size retailer moving one data centre, as a presales engineer enters it: a
 * production tier (web, API, queue, search, databases on EC2, Kafka, SAP HANA, batch), a warm DR
 * copy, UAT/test/dev running office hours, shared services; current and previous generations
 * (m4/c4/t2 … m7i/c7i, Graviton c6g/m6g/t4g, i3, x2idn); 32 Linux rows, 5 Windows Server,
 * 1 Windows with SQL Server Standard, 2 RHEL; one PCI workload on Dedicated Instances; 26
 * On-Demand rows, 7 Reserved (1 and 3 yr, Standard and Convertible, No, Partial and All Upfront),
 * 7 Savings Plans (Compute and EC2 Instance, 1 and 3 yr, No and Partial Upfront); 26 rows of
 * more than one instance (up to 12), 8 running part of the week (Hours/Week); every row with an
 * EBS volume (27 gp3, some with IOPS and throughput above the baseline; 6 gp2, 3 io2, 1 io1,
 * 2 st1, 1 sc1), snapshots on most production rows.
 * The mix is what such an estate looks like, not what the catalog happens to price.
 *
 * Columns of ROWS: group | description | OS | type | instances | hours per week (- = Always On) |
 * purchasing option | volume type, GB, IOPS, MB/s | snapshot frequency, GB per snapshot.
 * A type ending in ` dedicated` runs on Dedicated Instances.
 */
const ROWS = `
Production | web frontend            | Linux   | m5.large       | 6  | -  | 1 Yr No Upfront Compute Savings Plan      | gp3 50 3000 125     | Daily 2
Production | web frontend, new build | Linux   | m7i.large      | 4  | -  | On-Demand                                 | gp3 50              |
Production | API services            | Linux   | m6i.xlarge     | 8  | -  | 3 Yr No Upfront Compute Savings Plan      | gp3 100             | Daily 5
Production | order processing        | Linux   | c5.2xlarge     | 4  | -  | 1 Yr No Upfront Reserved                  | gp2 100             |
Production | search nodes            | Linux   | r6i.2xlarge    | 3  | -  | 1 Yr No Upfront Reserved                  | gp3 500 6000 250    | Daily 20
Production | session cache           | Linux   | r5.xlarge      | 2  | -  | On-Demand                                 | gp2 50              |
Production | message queue           | Linux   | m5.xlarge      | 3  | -  | 3 Yr No Upfront Reserved                  | gp3 200 3000 125    | Daily 10
Production | PostgreSQL primary      | Linux   | r6i.4xlarge    | 1  | -  | 3 Yr No Upfront Reserved                  | io2 2000 20000      | 6x Daily 40
Production | PostgreSQL replica      | Linux   | r6i.4xlarge    | 1  | -  | On-Demand                                 | io2 2000 20000      |
Production | legacy database host    | Linux   | r5.4xlarge     | 1  | -  | 3 Yr All Upfront Reserved                 | io1 1500 10000      | Daily 50
Production | Kafka brokers           | Linux   | i3.2xlarge     | 3  | -  | On-Demand                                 | gp3 100             |
Production | SAP HANA                | Linux   | x2idn.16xlarge | 1  | -  | 1 Yr No Upfront Convertible Reserved      | gp3 2000 9000 500   | Daily 100
Production | batch workers           | Linux   | c6g.4xlarge    | 6  | 60 | On-Demand                                 | gp3 50              |
Production | app tier on Graviton    | Linux   | m6g.2xlarge    | 4  | -  | 1 Yr No Upfront EC2 Instance Savings Plan | gp3 80              |
Production | bastion hosts           | Linux   | t3.small       | 2  | -  | On-Demand                                 | gp3 20              |
Production | monitoring              | Linux   | t3a.xlarge     | 1  | -  | On-Demand                                 | gp3 200             |
Production | log archive             | Linux   | m5.large       | 1  | -  | On-Demand                                 | sc1 4000            |
Production | data lake ingest        | Linux   | c5.4xlarge     | 2  | -  | On-Demand                                 | st1 2000            | Weekly 200
Production | domain controllers      | Windows | m5.large       | 2  | -  | On-Demand                                 | gp3 100             | Daily 2
Production | file server             | Windows | m5.xlarge      | 1  | -  | 1 Yr No Upfront Compute Savings Plan      | gp3 1000 3000 125   | Daily 20
Production | IIS web applications    | Windows | t3.large       | 4  | -  | On-Demand                                 | gp3 100             |
Production | SQL Server              | SQL Std | r5.2xlarge     | 2  | -  | On-Demand                                 | io2 1000 16000      | Daily 30
Production | ERP application servers | RHEL    | m6i.large      | 4  | -  | On-Demand                                 | gp3 80              |
Production | payment gateway (PCI)   | Linux   | c5.xlarge dedicated | 2 | - | On-Demand                              | gp3 50              |
DR         | web standby             | Linux   | m5.large       | 2  | -  | On-Demand                                 | gp3 50              |
DR         | database standby        | Linux   | r6i.2xlarge    | 1  | -  | 3 Yr No Upfront Compute Savings Plan      | gp3 2000            |
DR         | file server replica     | Windows | m5.xlarge      | 1  | -  | On-Demand                                 | st1 1000            |
UAT        | full stack              | Linux   | m5.xlarge      | 4  | 60 | On-Demand                                 | gp3 100             |
UAT        | database                | Linux   | r5.large       | 1  | 60 | On-Demand                                 | gp2 500             |
Test       | CI runners              | Linux   | c7i.2xlarge    | 4  | 50 | On-Demand                                 | gp3 100             |
Test       | load-test agents        | Linux   | c6i.xlarge     | 6  | 20 | On-Demand                                 | gp3 30              |
Dev        | developer machines      | Linux   | t3.medium      | 12 | 50 | On-Demand                                 | gp3 40              |
Dev        | developer machines, Arm | Linux   | t4g.large      | 6  | 50 | On-Demand                                 | gp3 40              |
Dev        | legacy build server     | Linux   | m4.xlarge      | 1  | -  | On-Demand                                 | gp2 200             |
Dev        | legacy tools            | Linux   | c4.large       | 2  | -  | On-Demand                                 | gp2 50              |
Dev        | Windows build agents    | Windows | c5.2xlarge     | 2  | 50 | On-Demand                                 | gp3 150             |
Shared     | Jenkins                 | Linux   | t2.large       | 1  | -  | On-Demand                                 | gp2 100             |
Shared     | analytics warehouse     | Linux   | r5.8xlarge     | 1  | -  | 3 Yr Partial Upfront Compute Savings Plan | gp3 1000 4000 250   |
Shared     | GitLab                  | Linux   | m7i.xlarge     | 1  | -  | 1 Yr Partial Upfront Reserved             | gp3 500             | Daily 10
Shared     | RHEL reporting          | RHEL    | r6i.xlarge     | 2  | -  | 1 Yr No Upfront EC2 Instance Savings Plan | gp3 300             |
`;

/** The template's wording of each OS short name of ROWS. */
const OS: Readonly<Record<string, string>> = {
  Linux: 'Linux',
  Windows: 'Windows Server',
  'SQL Std': 'Windows Server with SQL Server Standard',
  RHEL: 'Red Hat Enterprise Linux',
};
const GROUPS: Readonly<Record<string, string>> = { Shared: 'Shared services' };

const num = (text: string | undefined): number | undefined =>
  text === undefined || text === '' ? undefined : Number(text);

/** One line of ROWS as the template's 16 columns (from column B). */
function cells(line: string): Rows[number] {
  const [group, description, os, typeText, count, hours, option, ebs, snapshot] = line
    .split('|')
    .map((c) => c.trim());
  const [type, dedicated] = typeText!.split(' ');
  const [volume, gb, iops, throughput] = ebs!.split(' ');
  const [frequency, snapshotGb] = snapshot
    ? [snapshot.replace(/ \d+$/, ''), /\d+$/.exec(snapshot)![0]]
    : [];
  const weekly = hours === '-' ? undefined : num(hours);
  return [
    GROUPS[group!] ?? group,
    description,
    'us-east-1',
    OS[os!],
    type,
    dedicated ? 'Dedicated Instances' : 'Shared Instances',
    num(count),
    weekly,
    weekly === undefined ? 'Always On' : 'Hours/Week',
    option,
    EBS_TYPE_NAMES[volume as EbsVolumeType],
    num(gb),
    num(iops),
    num(throughput),
    frequency ?? 'No snapshot storage',
    num(snapshotGb),
  ];
}

export const BULK_ESTATE_ROWS: readonly Rows[number][] = ROWS.trim().split('\n').map(cells);

/** The workbook: sheet `Inputs`, section titles in row 2, the template's exact headers in row 3. */
export function bulkEc2EstateWorkbook(): Promise<Buffer> {
  const start = (field: string): number => 1 + BULK_EC2_COLUMNS.findIndex((c) => c.field === field);
  const sections: Rows[number] = [];
  for (const [title, first] of BULK_EC2_SECTIONS) sections[start(first)] = title;
  return simpleWorkbook([
    {
      name: 'Inputs',
      rows: [
        [],
        sections,
        [undefined, ...BULK_EC2_COLUMNS.map((c) => c.header)],
        ...BULK_ESTATE_ROWS.map((r, i) => [i + 1, ...r]),
      ],
    },
  ]);
}
