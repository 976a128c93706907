import {
  BULK_EBS_COLUMNS,
  BULK_EC2_COLUMNS,
  BULK_HOST_COLUMNS,
  readRequirements,
} from '../../../core/sheets';
import type { GridValue } from '../../../core/sheets';
import type { EbsItem, Ec2Item } from '../../../core/requirements';
import { grid, sheet } from './grid-helpers';

/** The calculator's layout: row 2 section titles, row 3 exact headers from column B, data from row 4. */
function inputs(headers: readonly { header: string }[], rows: GridValue[][]) {
  return sheet('Inputs', [
    [],
    [null, 'Elastic Cloud Compute (EC2) Specifications'],
    [null, ...headers.map((h) => h.header)],
    ...rows.map((r, i) => [i + 1, ...r]),
  ]);
}

describe('AWS Pricing Calculator bulk import: EC2 instances', () => {
  it('reads exact template headers (with line breaks), usage types and purchasing options', () => {
    const res = readRequirements(
      grid(
        inputs(BULK_EC2_COLUMNS, [
          [
            'Production',
            'web',
            'us-east-1',
            'Linux',
            'm5.large',
            'Shared Instances',
            10,
            null,
            'Always On',
            'On-Demand',
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
            'Windows Server with SQL Server Standard',
            't3.medium',
            'Shared Instances',
            2,
            40,
            'Hours/Week',
            '3 Yr Partial Upfront EC2 Instance Savings Plan',
          ],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    expect(res.format).toBe('aws-bulk-ec2');
    const [ec2, ebs, ec2b] = res.requirements!.items as [Ec2Item, EbsItem, Ec2Item];
    expect(ec2).toMatchObject({
      instanceType: 'm5.large',
      os: 'Linux',
      quantity: 10,
      region: 'us-east-1',
      tenancy: 'shared',
      pricingModel: { kind: 'on-demand' },
      group: ['Production'],
    });
    expect(ec2.hoursPerMonth).toBeUndefined();
    expect(ebs).toMatchObject({
      service: 'ebs',
      volumeType: 'gp3',
      storageGb: 100,
      quantity: 10,
      iops: 3000,
      throughputMbps: 125,
      snapshotGb: 150,
    });
    expect(ec2b).toMatchObject({
      os: 'Windows with SQL Server Standard',
      quantity: 2,
      pricingModel: {
        kind: 'savings-plan',
        plan: 'ec2-instance',
        term: '3yr',
        purchaseOption: 'Partial Upfront',
      },
    });
    // 40 h/week × 730 ÷ 168 = 173.809523…, kept at 4 places (half-even).
    expect(ec2b.hoursPerMonth).toBe(173.8095);
    expect(ec2.source).toMatchObject({
      sheet: 'Inputs',
      row: 4,
      cells: { instanceType: 'F4', quantity: 'H4', purchasingOption: 'K4' },
    });
    expect(res.requirements!.settings.region).toBe('us-east-1');
  });

  it('requires assumed usage for Hours/Week and checks every required column', () => {
    const res = readRequirements(
      grid(
        inputs(BULK_EC2_COLUMNS, [
          [
            null,
            null,
            'us-east-1',
            'Linux',
            'm5.large',
            'Shared Instances',
            'ten',
            null,
            'Hours/Week',
            '2 Yr No Upfront Compute Savings Plan',
          ],
        ]),
      ),
    );
    expect(res.requirements).toBeNull();
    expect(res.errors.map((e) => `${e.cell} ${e.rule}`)).toEqual([
      'Inputs!H4 number.not-a-number',
      'Inputs!I4 value.required',
      'Inputs!K4 value.not-allowed',
    ]);
  });

  it('accepts the older plural "Purchasing Options" header and warns about characters the calculator refuses', () => {
    const headers = BULK_EC2_COLUMNS.map((c) =>
      c.field === 'purchasingOption' ? { header: 'Purchasing Options' } : c,
    );
    const res = readRequirements(
      grid(
        inputs(headers, [
          [
            'R&D',
            null,
            'eu-west-1',
            'RHEL',
            'c7i.xlarge',
            'Dedicated Instances',
            1,
            null,
            'Always On',
            '1 Yr All Upfront Reserved',
          ],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    expect(res.requirements!.items[0]).toMatchObject({
      os: 'RHEL',
      tenancy: 'dedicated',
      pricingModel: {
        kind: 'reserved',
        term: '1yr',
        offeringClass: 'standard',
        purchaseOption: 'All Upfront',
      },
    });
    expect(res.warnings.map((w) => `${w.cell} ${w.rule}`)).toEqual([
      'Inputs!B4 bulk.forbidden-character',
    ]);
  });
});

describe('AWS Pricing Calculator bulk import: EBS volumes and Dedicated Hosts', () => {
  it('reads EBS volumes with hours per month and snapshot frequency', () => {
    const res = readRequirements(
      grid(
        inputs(BULK_EBS_COLUMNS, [
          [
            'Prod',
            'data',
            'ap-south-1',
            'Provisioned IOPS SSD (io2)',
            730,
            4,
            500,
            16000,
            null,
            '2x Daily',
            10,
          ],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    expect(res.format).toBe('aws-bulk-ebs');
    expect(res.requirements!.items).toEqual([
      expect.objectContaining({
        id: 'Inputs-4',
        service: 'ebs',
        volumeType: 'io2',
        storageGb: 500,
        quantity: 4,
        iops: 16000,
        hoursPerMonth: 730,
        snapshotGb: 600,
        region: 'ap-south-1',
      }),
    ]);
  });

  it('reads Dedicated Hosts as host-family EC2 items', () => {
    const res = readRequirements(
      grid(inputs(BULK_HOST_COLUMNS, [['Hosts', null, 'us-west-2', 'r8i', 3, 'On-Demand']])),
    );
    expect(res.errors).toEqual([]);
    expect(res.format).toBe('aws-bulk-dedicated-hosts');
    expect(res.requirements!.items[0]).toMatchObject({
      service: 'ec2',
      dedicatedHostFamily: 'r8i',
      quantity: 3,
      tenancy: 'dedicated',
    });
  });

  it('refuses an instance type where the family belongs', () => {
    const res = readRequirements(
      grid(inputs(BULK_HOST_COLUMNS, [['Hosts', null, 'us-west-2', 'r8i.large', 3, 'On-Demand']])),
    );
    expect(res.errors.map((e) => `${e.cell} ${e.rule}`)).toEqual(['Inputs!E4 host.family-format']);
  });
});
